/** /v1/meta: what the data holds, how its figures are defined, and which editions of the codes it uses. */
import type { Database } from 'better-sqlite3';
import type { Schemas } from '../../src/contract/index.ts';
import { REGION_EDITION } from '../domain/gbt2260.ts';
import { INDUSTRY_EDITION } from '../domain/gbt4754.ts';
import { THRESHOLDS } from '../domain/thresholds.ts';
import { readSettings } from '../store/settings.ts';
import { regionsWithData } from './regions.ts';
import { envelope, latestPeriod, resolvePeriod } from './shared.ts';

export function meta(db: Database): Schemas['Meta'] {
  const settings = readSettings(db);
  const ids = (granularity: string) =>
    (db.prepare('SELECT id FROM periods WHERE granularity = ? ORDER BY id').all(granularity) as { id: string }[]).map((r) => r.id);
  const period = resolvePeriod(db, undefined).id;
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    ...envelope(db, period),
    licence: settings.licence,
    periods: { months: ids('month'), quarters: ids('quarter'), years: ids('year') },
    latest: {
      month: latestPeriod(db, 'month'),
      quarter: required(latestPeriod(db, 'quarter'), 'quarter'),
      year: latestPeriod(db, 'year'),
    },
    definitions: {
      mediationRate: {
        numerator: ['mediated', 'selfSettled'],
        denominator: ['concluded'],
        text: '调解成功率 =（调解成功 + 投诉后自行和解）÷ 已办结的受理投诉。尚在处理中的投诉不计入。',
      },
      concluded: {
        parts: ['mediated', 'selfSettled', 'failed', 'withdrawn'],
        text: '已办结 = 调解成功 + 自行和解 + 调解失败或终止 + 撤回。',
      },
    },
    thresholds: THRESHOLDS,
    links: settings.links,
    categories: db.prepare('SELECT id, name, grp AS "group" FROM categories ORDER BY sort').all() as Schemas['Category'][],
    natures: db.prepare('SELECT id, name FROM natures ORDER BY sort').all() as Schemas['Nature'][],
    counts: { operators: count('SELECT count(*) AS n FROM operators'), regions: regionsWithData(db).length },
    reference: { regions: REGION_EDITION, industries: INDUSTRY_EDITION },
  };
}

/** The data must hold at least one quarter to be published: the latest quarter is the default period. */
function required(period: string | null, granularity: string): string {
  if (period === null) throw new Error(`the database holds no ${granularity}ly period`);
  return period;
}
