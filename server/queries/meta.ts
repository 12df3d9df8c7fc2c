/** /v1/meta: what the data holds, how its figures are defined, and which editions of the codes it uses. */
import type { Schemas } from '../../src/contract/index.ts';
import { REGION_EDITION } from '../domain/gbt2260.ts';
import { INDUSTRY_EDITION } from '../domain/gbt4754.ts';
import { THRESHOLDS } from '../domain/thresholds.ts';
import { defaultPeriodOf, readSettings } from '../store/settings.ts';
import type { Store } from '../store/store.ts';
import { regionsWithData } from './regions.ts';
import { envelope, latestPeriod, resolvePeriod, shown } from './shared.ts';

export async function meta(db: Store): Promise<Schemas['Meta']> {
  const settings = await readSettings(db);
  const ids = async (granularity: string) =>
    (
      await db.all<{ id: string }>(`SELECT id FROM periods WHERE granularity = @granularity AND ${shown(db)} ORDER BY id`, { granularity })
    ).map((r) => r.id);
  const period = (await resolvePeriod(db, undefined)).id;
  return {
    ...(await envelope(db, period)),
    defaultPeriod: defaultPeriodOf(settings),
    licence: settings.licence,
    periods: { months: await ids('month'), quarters: await ids('quarter'), years: await ids('year') },
    latest: {
      month: await latestPeriod(db, 'month'),
      quarter: await latestPeriod(db, 'quarter'),
      year: await latestPeriod(db, 'year'),
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
    categories: await db.all<Schemas['Category']>('SELECT id, name, grp AS "group" FROM categories ORDER BY sort'),
    natures: await db.all<Schemas['Nature']>('SELECT id, name FROM natures ORDER BY sort'),
    counts: {
      operators: (await db.get<{ n: number }>('SELECT count(*) AS n FROM operators'))?.n ?? 0,
      regions: (await regionsWithData(db)).length,
    },
    reference: { regions: REGION_EDITION, industries: INDUSTRY_EDITION },
  };
}
