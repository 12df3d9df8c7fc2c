/**
 * The pages the latency benchmark opens: each tsgs page beside a hand-written one that makes the
 * same requests with no framework and writes what comes back, and the test each page's content is
 * there by (checked on every frame).
 */
import { SHOWCASE } from '../../server/sample/showcase.ts';

export interface BenchPage {
  name: string;
  /** The body of the tsgs page (after the one script tag). */
  tsgs: string;
  /** The hand-written page's script: fetches with `api(path)` and writes the answers into the page. */
  baseline: string;
  /** A JavaScript expression, true once the tsgs page shows its content. */
  shown: string;
}

/** True once every data element in the page (search and provider aside) shows its data (a chart below the fold draws later). */
const allReady = `(() => {
  const all = [...document.querySelectorAll('tsgs-merchant-card, tsgs-city-ranking, tsgs-hot-issues, tsgs-alerts, tsgs-trend-chart')];
  return all.length === 5 && all.every((e) => e.matches(':state(ready)'));
})()`;

/** A chart shows once its canvas has pixels that are not transparent, sampled along the middle row. */
export const DRAWN = `function drawn(element) {
  const canvas = element.shadowRoot?.querySelector('canvas');
  if (!canvas || !canvas.width || !canvas.height) return false;
  const row = canvas.getContext('2d').getImageData(0, canvas.height >> 1, canvas.width, 1).data;
  for (let i = 3; i < row.length; i += 4) if (row[i] !== 0) return true;
  return false;
}`;

/** A bare table of the rows, as a page without a framework would write it. */
const TABLE = `const table = (rows, cells) => {
  const t = document.body.appendChild(document.createElement('table'));
  for (const row of rows) { const tr = t.insertRow(); for (const cell of cells(row)) tr.insertCell().textContent = cell; }
  return t;
};`;

/** Bars on a canvas, drawn with the 2D context: the least a chart of the series is. */
const BARS = `const bars = (points) => {
  const canvas = document.body.appendChild(document.createElement('canvas'));
  canvas.width = 640; canvas.height = 240;
  const g = canvas.getContext('2d');
  const max = Math.max(1, ...points.map((p) => p.accepted));
  g.fillStyle = '#a4161a';
  points.forEach((p, i) => { const h = (p.accepted / max) * 220; g.fillRect(10 + i * (620 / points.length), 230 - h, 620 / points.length - 4, h); });
  canvas.dataset.drawn = '';
};`;

const card = SHOWCASE.busy;

export const PAGES: BenchPage[] = [
  {
    name: 'card',
    tsgs: `<tsgs-merchant-card uscc="${card}"></tsgs-merchant-card>`,
    baseline: `const m = await (await api('/v1/merchants/${card}')).json();
const div = document.body.appendChild(document.createElement('div'));
div.textContent = m.merchant.name + ' 受理 ' + m.counts.accepted + ' 件';
div.id = 'shown';`,
    shown: `document.querySelector('tsgs-merchant-card')?.matches(':state(ready)')`,
  },
  {
    name: 'ranking',
    tsgs: '<tsgs-city-ranking region="310000"></tsgs-city-ranking>',
    baseline: `${TABLE}
const r = await (await api('/v1/rankings?region=310000&limit=20')).json();
table(r.items, (row) => [row.rank, row.name, row.accepted]).id = 'shown';`,
    shown: `document.querySelector('tsgs-city-ranking')?.matches(':state(ready)')`,
  },
  {
    name: 'trend',
    tsgs: '<tsgs-trend-chart region="310000"></tsgs-trend-chart>',
    baseline: `${BARS}
const t = await (await api('/v1/trends?region=310000')).json();
bars(t.points);
document.querySelector('canvas').id = 'shown';`,
    shown: `(() => { const e = document.querySelector('tsgs-trend-chart'); return e?.matches(':state(ready)') && drawn(e); })()`,
  },
  {
    name: 'association',
    // The elements of demo/association.html, in a provider as there.
    tsgs: `<tsgs-provider lang="zh-CN">
  <tsgs-merchant-search region-select for="chosen"></tsgs-merchant-search>
  <tsgs-merchant-card id="chosen" uscc="${card}"></tsgs-merchant-card>
  <tsgs-city-ranking region="310000" page-size="10" industry-select></tsgs-city-ranking>
  <tsgs-hot-issues region="310000"></tsgs-hot-issues>
  <tsgs-trend-chart region="310000" metric="both"></tsgs-trend-chart>
  <tsgs-alerts region="310000"></tsgs-alerts>
</tsgs-provider>`,
    baseline: `${TABLE}
${BARS}
const json = (path) => api(path).then((r) => r.json());
const [m, r, i, h, t, a, g] = await Promise.all([
  json('/v1/merchants/${card}'), json('/v1/rankings?region=310000&limit=10'), json('/v1/industries?region=310000&level=division'),
  json('/v1/hot-issues?region=310000'), json('/v1/trends?region=310000'), json('/v1/alerts?region=310000'), json('/v1/regions'),
]);
document.body.appendChild(document.createElement('p')).textContent = m.merchant.name + ' 受理 ' + m.counts.accepted + ' 件';
table(r.items, (row) => [row.rank, row.name, row.accepted]);
table(i.industries, (row) => [row.code, row.name]);
table(h.items, (row) => [row.category.name, row.count]);
table(a.items, (row) => [row.publishedOn, row.title]);
table(g.regions, (row) => [row.code, row.name]);
bars(t.points);
document.querySelector('canvas').id = 'shown';`,
    shown: allReady,
  },
];
