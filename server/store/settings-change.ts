/**
 * Changing the publisher's settings after the first import, on either engine: its web address, the
 * licence, the links every operator's card offers, the default period. An import sets the name (and,
 * given `--default-period`, the period); nothing else sets the rest.
 */
import { type DefaultPeriod, NothingImported, parseSettings, type Settings, type SettingsRow, UPSERT_SETTING } from './settings.ts';
import { eventRow, INSERT_SETTINGS_EVENT, recorded } from './settings-history.ts';
import type { Store } from './store.ts';
import { inTransaction } from './transaction.ts';

/** What a change gives: each value given replaces the stored one; a URL given as null clears it. */
export interface SettingsChange {
  publisher?: Partial<Settings['publisher']>;
  licence?: Partial<Settings['licence']>;
  links?: Partial<Settings['links']>;
  defaultPeriod?: DefaultPeriod;
}

/**
 * A web address as a setting holds it (its scheme in lower case, as the elements and the contract's
 * patterns expect), or why it cannot be one. The elements follow `https:` links only; a template must
 * say where the operator's code goes, and only a template has it filled in; a user name or password
 * in a link would be shown to everyone; full-width punctuation is what comes along when an address
 * is copied from a notice's text (`…/gs，`), and the link would fail only for the public.
 */
export function readUrl(text: string, template: boolean): { url: string } | { problem: string } {
  const url = text.trim().replace(/^https:\/\//i, 'https://');
  if (!/^https:\/\/[^/\s]/.test(url)) return { problem: 'must be an https:// address' };
  if (/\s/.test(url)) return { problem: 'must not hold a space (write it %20)' };
  if (/[\u3000-\u303f\uff00-\uffef]/.test(url))
    return { problem: 'holds full-width punctuation (，。） …), copied with the text around it?' };
  if (!URL.canParse(url.replaceAll('{uscc}', '0'))) return { problem: 'is not a web address' };
  const parsed = new URL(url.replaceAll('{uscc}', '0'));
  if (parsed.username || parsed.password) return { problem: 'must not hold a user name or password: everyone would see it' };
  if (template && !url.includes('{uscc}'))
    return { problem: /\{uscc\}/i.test(url) ? 'must write {uscc} in lower case' : 'must hold {uscc} where the operator’s code goes' };
  if (!template && /\{uscc\}/i.test(url)) return { problem: 'holds {uscc}, which only --record-url and --report-error-url fill in' };
  return { url };
}

/** Why a name cannot be the publisher's or the licence's, or null: `none` clears a web address only. */
export const nameProblem = (name: string) => (name.trim() === '' || name.trim().toLowerCase() === 'none' ? 'needs a name' : null);

/** A change the database refuses: the sample's settings, which are fictional. */
export class SettingsRefused extends Error {}

/** The change as it is stored: names trimmed, addresses as `readUrl` writes them, what was not given left out; a RangeError for a value no setting may hold. */
function checked(change: SettingsChange): SettingsChange {
  const url = (field: string, value: string | null | undefined, template: boolean) => {
    if (value === null || value === undefined) return value;
    const read = readUrl(value, template);
    if ('problem' in read) throw new RangeError(`${field} ${read.problem}: "${value}"`);
    return read.url;
  };
  const name = (field: string, value: string | undefined) => {
    if (value !== undefined && nameProblem(value)) throw new RangeError(`${field} ${nameProblem(value)}: "${value}"`);
    return value?.trim();
  };
  const given = <T extends object>(object: T | undefined) =>
    object && (Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>);
  return {
    publisher: given({ name: name('publisher.name', change.publisher?.name), url: url('publisher.url', change.publisher?.url, false) }),
    licence: given({ name: name('licence.name', change.licence?.name), url: url('licence.url', change.licence?.url, false) }),
    links: given({
      record: url('links.record', change.links?.record, true),
      reportError: url('links.reportError', change.links?.reportError, true),
      disclosure: url('links.disclosure', change.links?.disclosure, false),
    }),
    defaultPeriod: change.defaultPeriod,
  };
}

/**
 * Applies the change in one transaction (after another writer, `waiting` told first), and moves the
 * data's update time when anything changed (a cache, a read replica and `/v1/meta` then tell newer
 * answers), recording the change in the settings' history with who made it (`by`). Resolves to the
 * settings before and after.
 */
export async function changeSettings(
  store: Store,
  change: SettingsChange,
  { now = new Date(), waiting, by }: { now?: Date; waiting?: () => void; by?: string } = {},
): Promise<{ before: Settings; after: Settings }> {
  const wanted = checked(change);
  return inTransaction(
    store,
    async (run) => {
      // On PostgreSQL, a change at the same moment waits for this one and then reads what it wrote,
      // rather than writing back a publisher or links object this one changed (SQLite's BEGIN IMMEDIATE does so already).
      const rows = await run<SettingsRow>(`SELECT key, value FROM settings${store.engine === 'postgres' ? ' FOR UPDATE' : ''}`);
      const before = parseSettings(rows);
      if (before.sample === true) throw new SettingsRefused('这是虚构的示例数据库，它的设置不能改：请用 --db 指定导入了真实数据的数据库。');
      if (!before.publisher || !before.updatedAt) throw new NothingImported();
      const stored = before as Settings;
      const after: Settings = {
        ...stored,
        publisher: { ...stored.publisher, ...wanted.publisher },
        licence: { ...stored.licence, ...wanted.licence },
        links: { ...stored.links, ...wanted.links },
        ...(wanted.defaultPeriod ? { defaultPeriod: wanted.defaultPeriod } : {}),
      };
      // As the history records them: a database that never chose a default period shows quarters.
      const [was, is] = [recorded(stored), recorded(after)];
      const changed = (['publisher', 'licence', 'links', 'defaultPeriod'] as const).filter(
        (key) => JSON.stringify(was?.[key]) !== JSON.stringify(is?.[key]),
      );
      if (changed.length === 0) return { before: stored, after: stored };
      after.updatedAt = now.toISOString();
      for (const key of [...changed, 'updatedAt'] as const) await run(UPSERT_SETTING, { key, value: JSON.stringify(after[key]) });
      const event = eventRow({ at: after.updatedAt, source: 'settings', actor: by, before: stored, after });
      if (event) await run(INSERT_SETTINGS_EVENT, event);
      return { before: stored, after };
    },
    waiting,
  );
}
