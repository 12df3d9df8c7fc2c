/** /v1/alerts: consumer warnings (消费提示警示), newest first. */
import type { Schemas } from '../../src/contract/index.ts';
import { regionPrefix } from '../../src/core/region.ts';
import type { Store } from '../store/store.ts';
import { envelope, resolvePeriod, resolveRegion } from './shared.ts';

export async function alerts(db: Store, params: { region?: string; limit: number }): Promise<Schemas['AlertList']> {
  const region = params.region ? await resolveRegion(db, params.region) : null;
  // Warnings are issued for a city: a district shows its city's, a province those of its cities.
  const rows = await db.all<{
    id: number;
    region: string;
    region_name: string;
    published_on: string;
    title: string;
    summary: string;
    url: string | null;
    category_id: string | null;
    category_name: string | null;
  }>(
    `SELECT a.id, a.region, r.name AS region_name, a.published_on, a.title, a.summary, a.url, c.id AS category_id, c.name AS category_name
       FROM alerts a JOIN regions r ON r.code = a.region LEFT JOIN categories c ON c.id = a.category
       WHERE CAST(@region AS TEXT) IS NULL OR a.region LIKE CAST(@prefix AS TEXT) || '%'
          OR a.region IN (SELECT parent FROM regions WHERE code = @region)
       ORDER BY a.published_on DESC, a.id DESC LIMIT @limit`,
    { region: region?.code ?? null, prefix: region ? regionPrefix(region.code) : null, limit: params.limit },
  );
  return {
    ...(await envelope(db, (await resolvePeriod(db, undefined)).id)),
    region: region ? { code: region.code, name: region.name } : null,
    items: rows.map((r) => ({
      id: r.id,
      region: { code: r.region, name: r.region_name },
      publishedOn: r.published_on,
      title: r.title,
      summary: r.summary,
      // Only https links leave the server: anything else could run script or leak the reader.
      url: r.url?.startsWith('https://') ? r.url : null,
      category: r.category_id && r.category_name ? { id: r.category_id, name: r.category_name } : null,
    })),
  };
}
