/**
 * Every change of the publisher's settings, as periods' publications and withdrawals are recorded:
 * when, made by an import (its files) or the settings command (who, given `--by`), and the settings
 * as they were and as they became. The links and the publisher's name are what every answer shows,
 * so a webmaster can tell who changed one and when.
 */
import { defaultPeriodOf, type Settings } from './settings.ts';
import type { Store } from './store.ts';

export const SETTINGS_HISTORY_SCHEMA = /* sql */ `
CREATE TABLE IF NOT EXISTS settings_events (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  source    TEXT NOT NULL CHECK (source IN ('import', 'settings')),
  actor     TEXT,
  file      TEXT,
  old_value TEXT,
  new_value TEXT NOT NULL
);
`;

/** The settings a change can touch, as a history row holds them (JSON); null before the first import. */
export type Recorded = Pick<Settings, 'publisher' | 'licence' | 'links'> & Required<Pick<Settings, 'defaultPeriod'>>;
export function recorded(settings: Partial<Settings>): Recorded | null {
  const { publisher, licence, links } = settings;
  if (!publisher || !licence || !links) return null;
  return { publisher, licence, links, defaultPeriod: defaultPeriodOf(settings) };
}

export interface SettingsEvent {
  at: string;
  source: 'import' | 'settings';
  actor?: string | null;
  /** The import's files. */
  file?: string | null;
  before: Partial<Settings>;
  after: Partial<Settings>;
}

/**
 * The event's row when the change changed anything, else null: the parameters of
 * `INSERT_SETTINGS_EVENT`, which both engines run.
 */
export function eventRow({ at, source, actor, file, before, after }: SettingsEvent): Record<string, string | null> | null {
  const [old, now] = [recorded(before), recorded(after)];
  if (!now || JSON.stringify(old) === JSON.stringify(now)) return null;
  return { at, source, actor: actor?.trim() || null, file: file ?? null, old: old && JSON.stringify(old), now: JSON.stringify(now) };
}

export const INSERT_SETTINGS_EVENT =
  'INSERT INTO settings_events (at, source, actor, file, old_value, new_value) VALUES (@at, @source, @actor, @file, @old, @now)';

export interface SettingsChangeRecord {
  at: string;
  source: 'import' | 'settings';
  actor: string | null;
  file: string | null;
  /** Null for the first import, which set them. */
  before: Recorded | null;
  after: Recorded;
}

/** The history, oldest first. */
export async function readSettingsHistory(store: Store): Promise<SettingsChangeRecord[]> {
  const rows = await store.all<{
    at: string;
    source: 'import' | 'settings';
    actor: string | null;
    file: string | null;
    old_value: string | null;
    new_value: string;
  }>('SELECT at, source, actor, file, old_value, new_value FROM settings_events ORDER BY id');
  return rows.map(({ old_value, new_value, ...row }) => ({
    ...row,
    before: old_value === null ? null : (JSON.parse(old_value) as Recorded),
    after: JSON.parse(new_value) as Recorded,
  }));
}
