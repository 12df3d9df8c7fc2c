/**
 * Changing the publisher's settings after the first import, on either engine: its web address, the
 * licence, the links every operator's card offers, the default period. An import sets the name (and,
 * given `--default-period`, the period); nothing else sets the rest.
 */
import { type DefaultPeriod, NothingImported, type Settings } from './settings.ts';
import type { Store } from './store.ts';
import { inTransaction } from './transaction.ts';

/** What a change gives: each value given replaces the stored one; a URL given as null clears it. */
export interface SettingsChange {
  publisher?: Partial<Settings['publisher']>;
  licence?: Partial<Settings['licence']>;
  links?: Partial<Settings['links']>;
  defaultPeriod?: DefaultPeriod;
}

/** The links the API's contract holds to a template: the operator's code goes where `{uscc}` stands. */
export const TEMPLATE_LINKS: readonly (keyof Settings['links'])[] = ['record', 'reportError'];

/**
 * A web address as a setting holds it (its scheme in lower case, as the elements and the contract's
 * patterns expect), or why it cannot be one. The elements follow `https:` links only; a template must
 * say where the operator's code goes, and only a template has it filled in; a user name or password
 * in a link would be shown to everyone.
 */
export function readUrl(text: string, template: boolean): { url: string } | { problem: string } {
  const url = text.trim().replace(/^https:\/\//i, 'https://');
  if (!/^https:\/\/[^/\s]/.test(url)) return { problem: 'must be an https:// address' };
  if (/\s/.test(url)) return { problem: 'must not hold a space (write it %20)' };
  if (!URL.canParse(url.replaceAll('{uscc}', '0'))) return { problem: 'is not a web address' };
  const parsed = new URL(url.replaceAll('{uscc}', '0'));
  if (parsed.username || parsed.password) return { problem: 'must not hold a user name or password: everyone would see it' };
  if (template && !url.includes('{uscc}'))
    return { problem: /\{uscc\}/i.test(url) ? 'must write {uscc} in lower case' : 'must hold {uscc} where the operator’s code goes' };
  if (!template && /\{uscc\}/i.test(url)) return { problem: 'holds {uscc}, which only --record-url and --report-error-url fill in' };
  return { url };
}

/** A change the database refuses: the sample's settings, which are fictional. */
export class SettingsRefused extends Error {}

type Row = { key: string; value: string };

/** A setting as it acts: a database that never chose a default period shows quarters. */
const shown = (settings: Settings, key: 'publisher' | 'licence' | 'links' | 'defaultPeriod') =>
  key === 'defaultPeriod' ? (settings.defaultPeriod ?? 'quarter') : settings[key];

/**
 * Applies the change in one transaction (after another writer, `waiting` told first), and moves the
 * data's update time when anything changed (a cache, a read replica and `/v1/meta` then tell newer
 * answers). Resolves to the settings before and after.
 */
export async function changeSettings(
  store: Store,
  change: SettingsChange,
  { now = new Date(), waiting }: { now?: Date; waiting?: () => void } = {},
): Promise<{ before: Settings; after: Settings }> {
  for (const [field, value] of Object.entries({ ...change.links, publisherUrl: change.publisher?.url, licenceUrl: change.licence?.url })) {
    const read = value ? readUrl(value, TEMPLATE_LINKS.includes(field as keyof Settings['links'])) : null;
    if (read && 'problem' in read) throw new RangeError(`${field} ${read.problem}: ${value}`);
  }
  return inTransaction(
    store,
    async (run) => {
      const rows = await run<Row>('SELECT key, value FROM settings');
      const before = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown])) as Partial<Settings>;
      if (before.sample === true) throw new SettingsRefused('这是虚构的示例数据库，它的设置不能改：请用 --db 指定导入了真实数据的数据库。');
      if (!before.publisher || !before.updatedAt) throw new NothingImported();
      const stored = before as Settings;
      const after: Settings = {
        ...stored,
        publisher: { ...stored.publisher, ...change.publisher },
        licence: { ...stored.licence, ...change.licence },
        links: { ...stored.links, ...change.links },
        ...(change.defaultPeriod ? { defaultPeriod: change.defaultPeriod } : {}),
      };
      const changed = (['publisher', 'licence', 'links', 'defaultPeriod'] as const).filter(
        (key) => JSON.stringify(shown(after, key)) !== JSON.stringify(shown(stored, key)),
      );
      if (changed.length === 0) return { before: stored, after: stored };
      after.updatedAt = now.toISOString();
      for (const key of [...changed, 'updatedAt'] as const)
        await run('INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value', {
          key,
          value: JSON.stringify(after[key]),
        });
      return { before: stored, after };
    },
    waiting,
  );
}
