// Size budgets, measured on the build (`npm run build` first): what a page downloads, brotli-compressed.
// The card's page loads the loader, the card's chunk and the chunks it imports statically; the other
// languages and elements are dynamic imports it never fetches.
const { readFileSync } = require('node:fs');

const manifest = JSON.parse(readFileSync(`${__dirname}/dist/manifest.json`, 'utf8'));

/** The files a manifest entry needs at once: itself and its static imports, transitively. */
function closure(key, files = new Set()) {
  const entry = manifest[key];
  if (!entry || files.has(`dist/${entry.file}`)) return files;
  files.add(`dist/${entry.file}`);
  for (const imported of entry.imports ?? []) closure(imported, files);
  return files;
}

// Each page carries only its own endpoints' schemas and requests (src/client/schemas/, src/client/resources/): 0.7–1.0 kB
// less than when every page carried all of them. A page with every element (the kiosk) pays 1.0 kB more for it: each element's
// file now imports the schema pieces it shares with the others by name.
//
// None of the pages below includes the IndexedDB copy (persistent-cache + idb-keyval, 0.7 kB): it loads after the first answer,
// or with a kiosk's code.
//
// Every page below includes the loader: 2.1 kB since it finds its own URL under any name, shows why when chunks cannot load,
// reserves each element's space before its code arrives (the reservation table, ≈ 0.4 kB), finds tags inside other
// components' shadow roots (≈ 0.3 kB) and names a foreign definition of a tsgs tag.
//
// Each element's page grew by about 1.5–2 kB with what older, low-vision, keyboard and screen-reader users need: English
// plurals (Intl.PluralRules) and data names marked zh-CN inside sentences, heading levels (lit/static-html, ≈ 0.5 kB),
// the loading space shared with the loader, layouts that stack in a narrow container (320 px), the text floor and paragraph
// gaps of size="large", and control borders and focus rings for every theme. About 1 kB more for a hostile world: answers parsed
// onto objects with no prototype and checked (rates, string lengths), own-only configuration, a busy server's countdown.
//
// Each data element's page grew by ≈ 0.35 kB with the publisher's side: the 未发布 · 预览 label a preview shows over a draft (the
// words, the view, the answer's draft flag, ≈ 0.2 kB) and a withdrawn period said with the publisher's reason (≈ 0.12 kB); the
// card's and the ranking's by ≈ 0.3 kB more with complaints per ¥100 million of sales (the ratio's checks, its figure, parts and
// definition, the ranking's column): card 32.93 → 33.57 kB, ranking 31.51 → 32.15 kB, trend chart 30.31 → 30.65 kB, alerts
// 29.09 → 29.45 kB, kiosk 56.83 → 57.73 kB, every element in one file 97.63 → 98.73 kB.
const loader = ['dist/tsgs.js'];
const element = (source) => [...new Set([...loader, ...closure(source)])];

module.exports = [
  // 4.3 kB: the loader also knows each element's chunks (≈ 0.2 kB), to ask for them at once, and starts the data the elements in
  // the HTML ask for with each element's own checks and defaults (≈ 1.7 kB): a page waits two round trips, not four.
  { name: 'dist/tsgs.js (the loader alone)', path: loader, limit: '4.5 kB', brotli: true },
  // 30.0 kB: the shared core carries the @lit/context root (≈ 0.6 kB) that lets a <tsgs-provider> loaded after its elements still
  // reach them, the coercion of what frameworks set on properties with the validation of a host's `.data` (≈ 0.5 kB), and
  // per-element languages (≈ 0.3 kB).
  { name: 'a page with only <tsgs-merchant-card>', path: element('src/elements/merchant-card/define.ts'), limit: '33.75 kB', brotli: true },
  // 28.1 kB: the shared core carries every failure in words (a bad or unknown USCC too), and per-element languages
  // (@shoelace-style/localize, each element's words as a term table).
  { name: 'a page with only <tsgs-city-ranking>', path: element('src/elements/city-ranking/define.ts'), limit: '32.25 kB', brotli: true },
  {
    name: 'a page with only <tsgs-trend-chart>, before the chart nears the viewport',
    path: element('src/elements/trend-chart/define.ts'),
    limit: '30.75 kB',
    brotli: true,
  },
  {
    name: 'a page with only <tsgs-trend-chart>, once the chart is drawn',
    path: [...new Set([...element('src/elements/trend-chart/define.ts'), ...closure('src/elements/trend-chart/chart.ts')])],
    limit: '81 kB',
    brotli: true,
  },
  {
    name: 'Chart.js pieces alone (loaded when a chart nears the viewport)',
    path: [...closure('src/elements/trend-chart/chart.ts')],
    limit: '52 kB',
    brotli: true,
  },
  { name: 'a page with only <tsgs-hot-issues>', path: element('src/elements/hot-issues/define.ts'), limit: '30.75 kB', brotli: true },
  {
    name: 'a page with only <tsgs-merchant-search>',
    path: element('src/elements/merchant-search/define.ts'),
    limit: '30 kB',
    brotli: true,
  },
  {
    name: 'a page with only <tsgs-provider> (no data element)',
    path: element('src/elements/provider/define.ts'),
    limit: '12.75 kB',
    brotli: true,
  },
  {
    name: 'a page with a <tsgs-kiosk> (every element but the chart pieces)',
    path: element('src/elements/kiosk/define.ts'),
    // With the kiosk's 还在看吗？ dialog and its presence timer.
    limit: '58 kB',
    brotli: true,
  },
  { name: 'a page with only <tsgs-alerts>', path: element('src/elements/alerts/define.ts'), limit: '29.75 kB', brotli: true },
  { name: 'dist/tsgs.all.js (every element, Chart.js included, one file)', path: 'dist/tsgs.all.js', limit: '99 kB', brotli: true },
];
