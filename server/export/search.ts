/**
 * The export's search index: each file holds every operator whose name has one two-character piece
 * (or who registered at one office), with the figures the API's search gives for the default period
 * and the province and city each lies in, so a client filters, orders and pages as the API does.
 */

import { nameKeys, officeKey } from '../../src/client/search-keys.ts';
import type { Schemas } from '../../src/contract/index.ts';
import { industryOf, periodEnvelope, rate, resolvePeriod, shownOperators } from '../queries/shared.ts';
import type { Store } from '../store/store.ts';

interface Row {
  uscc: string;
  name: string;
  kind: Schemas['MerchantKind'];
  district: string;
  district_name: string;
  city: string;
  city_name: string;
  province: string;
  province_name: string;
  industry: string;
  industry_section: string;
  industry_name: string;
  accepted: number | null;
  concluded: number | null;
  success: number | null;
}

/** Every file of the index, by key. */
export async function searchShards(db: Store): Promise<Map<string, Schemas['SearchShard']>> {
  const period = await resolvePeriod(db, undefined);
  const head = await periodEnvelope(db, period.id);
  const rows = await db.all<Row>(
    `SELECT o.uscc, o.name, o.kind, o.district, d.name AS district_name, o.city, c.name AS city_name, o.province, p.name AS province_name, o.industry,
              i.section AS industry_section, i.name AS industry_name, k.accepted, k.concluded, k.mediated + k.self_settled AS success
       FROM ${await shownOperators(db)} o JOIN industries i ON i.code = o.industry JOIN regions d ON d.code = o.district
       JOIN regions c ON c.code = o.city JOIN regions p ON p.code = o.province
       LEFT JOIN counts k ON k.operator_id = o.id AND k.period = @period
       ORDER BY o.uscc`,
    { period: period.id },
  );
  const shards = new Map<string, Schemas['SearchShard']>();
  for (const row of rows) {
    const item: Schemas['SearchShardItem'] = {
      uscc: row.uscc,
      name: row.name,
      kind: row.kind,
      region: { code: row.district, name: row.district_name },
      industry: industryOf(row),
      accepted: row.accepted ?? 0,
      mediationRate: rate(row.success ?? 0, row.concluded ?? 0),
      within: [
        { code: row.province, name: row.province_name },
        ...(row.city === row.province ? [] : [{ code: row.city, name: row.city_name }]),
      ],
    };
    for (const key of [...nameKeys(row.name), officeKey(row.uscc)]) {
      const shard = shards.get(key) ?? { ...head, items: [] };
      shard.items.push(item);
      shards.set(key, shard);
    }
  }
  return shards;
}
