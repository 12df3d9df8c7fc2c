/**
 * /v1/periods: every period the public may know of — published ones, and withdrawn ones with the
 * reason — with its history: when its figures were imported (with the file's checksum), published
 * and withdrawn. Drafts are not listed (a preview lists them). Who did it is not published.
 */
import type { Schemas } from '../../src/contract/index.ts';
import { readSettings } from '../store/settings.ts';
import type { Store } from '../store/store.ts';
import { shown } from './shared.ts';

type Status = Schemas['PeriodStatus'];

export async function periodList(db: Store): Promise<Schemas['PeriodList']> {
  const settings = await readSettings(db);
  const listed = (alias: string) => `(${shown(db, alias)} OR ${alias}.status = 'withdrawn')`;
  const periods = await db.all<{ id: string; granularity: Schemas['Granularity'] | 'year'; status: Status; reason: string | null }>(
    `SELECT p.id, p.granularity, p.status, p.reason FROM periods p WHERE ${listed('p')} ORDER BY p.id`,
  );
  const events = await db.all<{ period: string; action: Schemas['PeriodEvent']['action']; at: string; checksum: string | null }>(
    `SELECT e.period, e.action, e.at, e.checksum FROM period_events e JOIN periods p ON p.id = e.period WHERE ${listed('p')} ORDER BY e.id`,
  );
  const history = new Map<string, Schemas['PeriodEvent'][]>();
  for (const { period, ...event } of events) history.set(period, [...(history.get(period) ?? []), event]);
  return {
    updatedAt: settings.updatedAt,
    publisher: settings.publisher,
    sample: settings.sample,
    periods: periods.map((p) => ({ ...p, history: history.get(p.id) ?? [] })),
  };
}
