/** Who publishes the data, under which licence, where records live: one row each in `settings`. */
import type { Database } from 'better-sqlite3';
import type { Store } from './store.ts';

export interface Settings {
  publisher: { name: string; url: string | null };
  licence: { name: string; url: string | null };
  /** URL templates with `{uscc}`, or null where the publisher has none. */
  links: { record: string | null; reportError: string | null; disclosure: string | null };
  /** When the data was last published (ISO 8601). */
  updatedAt: string;
  /** True for the fictional sample data, which must say so on screen. */
  sample: boolean;
  /** The generator's seed, for sample data. */
  seed?: number;
  /**
   * The length of the period shown when none is asked for: the latest quarter (absent: the
   * default), or for a publisher that publishes monthly, the latest month.
   */
  defaultPeriod?: DefaultPeriod;
}

export const DEFAULT_PERIODS = ['quarter', 'month'] as const;
export type DefaultPeriod = (typeof DEFAULT_PERIODS)[number];
/** The default periods as the commands name them to a publisher. */
export const DEFAULT_PERIOD_NAMES: Record<DefaultPeriod, string> = { quarter: '最新季度', month: '最新月份' };
/** The default period a database chose, or the latest quarter where it never chose. */
export const defaultPeriodOf = (settings: Partial<Settings>): DefaultPeriod => settings.defaultPeriod ?? 'quarter';
export const isDefaultPeriod = (value: string): value is DefaultPeriod => DEFAULT_PERIODS.includes(value as DefaultPeriod);

/** One setting written, its value JSON: the SQL both engines run. */
export const UPSERT_SETTING =
  'INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value';

export function writeSettings(db: Database, settings: Partial<Settings>): void {
  const upsert = db.prepare(UPSERT_SETTING);
  for (const [key, value] of Object.entries(settings)) upsert.run({ key, value: JSON.stringify(value) });
}

export type SettingsRow = { key: string; value: string };
const SELECT = 'SELECT key, value FROM settings';
/** The settings as their rows hold them, each value JSON. */
export const parseSettings = (rows: SettingsRow[]) =>
  Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown])) as Partial<Settings>;

/** What the database holds so far, for a writer: a new one, before its first import, holds nothing. */
export function readStoredSettings(db: Database): Partial<Settings> {
  return parseSettings(db.prepare(SELECT).all() as SettingsRow[]);
}

/** A database nothing has been imported into yet (its reference tables only): the API has nothing to answer with. */
export class NothingImported extends Error {
  constructor() {
    super('nothing has been imported yet: the data is public once its publisher imports a file and publishes a period');
    this.name = 'NothingImported';
  }
}

/** The settings every answer carries, which a published store holds. */
export async function readSettings(store: Store): Promise<Settings> {
  const raw = parseSettings(await store.all<SettingsRow>(SELECT));
  if (!raw.publisher || !raw.updatedAt) throw new NothingImported();
  return raw as Settings;
}

/** Whether anything has been imported into the store (or the sample seeded). */
export async function hasImported(store: Store): Promise<boolean> {
  return readSettings(store).then(
    () => true,
    (error) => {
      if (error instanceof NothingImported) return false;
      throw error;
    },
  );
}
