// The built loader as hosts put it on a CDN: under a name of its own, as a module script, on another
// origin with and without CORS headers. Each case is a page of its own (an iframe), so that what one
// defines does not hide another's failure.
import { expect, waitUntil } from '@open-wc/testing';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { byBackend, faultRoute, firstRequests, watchWindowErrors } from './helpers.ts';

const page = watchWindowErrors();

interface Frame {
  doc: Document;
  warnings: string[];
}

/** A page of its own, holding `body`; its console warnings are kept. */
async function frame(body: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  document.body.append(iframe);
  const win = iframe.contentWindow as Window & typeof globalThis;
  const warnings: string[] = [];
  const warn = win.console.warn.bind(win.console);
  win.console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    warn(...args);
  };
  const doc = iframe.contentDocument as Document;
  doc.open();
  doc.write(`<!doctype html><html><head><base href="${location.origin}/"></head><body>${body}</body></html>`);
  doc.close();
  return { doc, warnings };
}

const otherOrigin = `http://127.0.0.1:${location.port}`;

describe('the loader on a CDN', () => {
  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  it('renamed (tsgs-0.1.0.min.js) and loaded as a module, fetches its chunks from beside itself', async () => {
    const route = await faultRoute();
    const { doc } = await frame(`<script type="module" src="/cdn/tsgs-0.1.0.min.js" data-api="${route.api}"></script>
      <tsgs-merchant-card uscc="${SHOWCASE.clean}"></tsgs-merchant-card>`);
    const card = doc.querySelector('tsgs-merchant-card') as HTMLElement;
    await waitUntil(() => card.matches(':state(ready)'), 'the card shows its data, with data-api read from the renamed tag', {
      timeout: 10000,
    });
    const loaded = (doc.defaultView as Window).performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(loaded).to.include('/cdn/elements/tsgs-merchant-card.js');
    expect(await route.requests(), 'data-api read from the renamed script tag').to.have.length.greaterThan(0);
  });

  it('on another origin that sends CORS headers, works as a module script', async () => {
    const route = await faultRoute();
    const { doc } =
      await frame(`<script type="module" src="${otherOrigin}/cors-cdn/tsgs.min.js" data-api="${location.origin}${route.api}"></script>
      <tsgs-merchant-card uscc="${SHOWCASE.clean}"></tsgs-merchant-card>`);
    const card = doc.querySelector('tsgs-merchant-card') as HTMLElement;
    await waitUntil(() => card.matches(':state(ready)'), 'the card shows its data', { timeout: 10000 });
  });

  it('on another origin without CORS headers, each element says it could not load, and the console says why, once', async function () {
    this.timeout(30000);
    const { doc, warnings } = await frame(`<script src="${otherOrigin}/cdn/tsgs.js"></script>
      <tsgs-merchant-card uscc="${SHOWCASE.clean}"></tsgs-merchant-card>
      <tsgs-alerts region="310000" lang="en"></tsgs-alerts>`);
    // The classic script blocks the parser until it has loaded: the elements come after.
    await waitUntil(() => doc.querySelector('tsgs-alerts'), 'the page is parsed');
    const [card, alerts] = [...doc.querySelectorAll('tsgs-merchant-card, tsgs-alerts')] as HTMLElement[];
    await waitUntil(() => card?.shadowRoot?.textContent?.includes('无法加载'), 'the card says its code could not load', { timeout: 10000 });
    await waitUntil(() => alerts?.shadowRoot?.textContent?.includes('could not be loaded'), 'in its own language', { timeout: 10000 });
    expect(card?.shadowRoot?.querySelector('[role="alert"]')).to.exist;
    const about = warnings.filter((w) => w.includes('Access-Control-Allow-Origin'));
    expect(about).to.have.length(1);
  });
});

describe('the loader asks for code and data at once', () => {
  /** A CDN path of the test's own (nothing cached), whose elements' own files take 600 ms. */
  let cdn = '';
  beforeEach(() => {
    cdn = `/slow-cdn/v${crypto.randomUUID()}`;
  });

  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  /** The files the build says an element's code imports, at any depth (dist/manifest.json). */
  async function chunksOf(source: string): Promise<string[]> {
    const manifest = (await (await fetch('/dist/manifest.json')).json()) as Record<string, { file: string; imports?: string[] }>;
    const files = new Set<string>();
    const walk = (key: string) => {
      const entry = manifest[key];
      if (!entry || files.has(entry.file)) return;
      files.add(entry.file);
      for (const imported of entry.imports ?? []) walk(imported);
    };
    walk(source);
    return [...files].filter((file) => file.startsWith('chunks/'));
  }

  /** When each request of the page started and ended, by path. */
  function timings(doc: Document): Map<string, PerformanceResourceTiming[]> {
    const all = new Map<string, PerformanceResourceTiming[]>();
    for (const entry of (doc.defaultView as Window).performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      const path = new URL(entry.name).pathname;
      all.set(path, [...(all.get(path) ?? []), entry]);
    }
    return all;
  }

  it('asks for every chunk of an element’s code while the element’s own file downloads', async () => {
    const route = await faultRoute();
    const { doc } = await frame(`<script src="${cdn}/tsgs.js" data-api="${route.api}"></script>
      <tsgs-merchant-card uscc="${SHOWCASE.clean}"></tsgs-merchant-card>`);
    // The classic script holds the parser until it has run: the elements come after it.
    await waitUntil(() => doc.querySelector('tsgs-merchant-card')?.matches(':state(ready)'), 'the card shows its data', { timeout: 10000 });
    const requests = timings(doc);
    const own = requests.get(`${cdn}/elements/tsgs-merchant-card.js`)?.[0] as PerformanceResourceTiming;
    const chunks = await chunksOf('src/elements/merchant-card/define.ts');
    expect(chunks.length).to.be.greaterThan(1);
    for (const chunk of chunks) {
      const [request, ...again] = requests.get(`${cdn}/${chunk}`) ?? [];
      expect(request, `${chunk} was asked for`).to.exist;
      expect(again, `${chunk} was asked for once`).to.deep.equal([]);
      expect((request as PerformanceResourceTiming).startTime, `${chunk} started before the card's own file arrived`).to.be.below(
        own.responseEnd,
      );
    }
    const links = [...doc.head.querySelectorAll('link[rel="modulepreload"]')].map(
      (link) => new URL((link as HTMLLinkElement).href).pathname,
    );
    expect(links.sort()).to.deep.equal(chunks.map((chunk) => `${cdn}/${chunk}`).sort());
  });

  it('starts the data the elements in the HTML ask for while their code downloads, and asks for each once', async () => {
    const route = await faultRoute();
    const { doc } = await frame(`<script src="${cdn}/tsgs.js" data-api="${route.api}"></script>
      <tsgs-merchant-card uscc="${SHOWCASE.clean}"></tsgs-merchant-card>
      <tsgs-city-ranking region="310000" page-size="5" page="2" industry-select></tsgs-city-ranking>
      <tsgs-alerts region="310000" limit="3"></tsgs-alerts>`);
    const elements = () => [...doc.querySelectorAll('tsgs-merchant-card, tsgs-city-ranking, tsgs-alerts')];
    await waitUntil(
      () => elements().length === 3 && elements().every((element) => element.matches(':state(ready)')),
      'every element shows its data',
      {
        timeout: 10000,
      },
    );
    const requests = timings(doc);
    const [code] = requests.get(`${cdn}/elements/tsgs-merchant-card.js`) ?? [];
    const codeArrived = (code as PerformanceResourceTiming).responseEnd;
    const asked = [
      `/v1/merchants/${SHOWCASE.clean}`,
      '/v1/meta',
      '/v1/rankings?limit=5&list=all&metric=accepted&offset=5&order=desc&region=310000',
      '/v1/industries?level=division&region=310000',
      '/v1/alerts?limit=3&region=310000',
    ];
    // On an export what the loader starts are the API's paths; their 404s lead the client to meta's templates and the files.
    const files = [
      `/v1/merchants/${SHOWCASE.clean.slice(2, 8)}/${SHOWCASE.clean}.json`,
      '/v1/rankings/310000/2026Q3/accepted-desc-all/0.json',
      '/v1/industries/310000/division.json',
      '/v1/alerts/310000.json',
    ];
    expect([...(await route.requests())].sort(), 'each resource asked for once').to.deep.equal(
      byBackend(route, asked, [...asked, ...files]).sort(),
    );
    for (const path of asked) {
      const [request] = requests.get(`${route.api}${path.split('?')[0]}`) ?? [];
      expect(request?.startTime, `${path} started before the code arrived`).to.be.below(codeArrived);
    }
  });

  it('asks for the chart’s pieces with the chart’s code when it is in view from the start, and not for one far below', async () => {
    const route = await faultRoute();
    const { doc } = await frame(`<script src="${cdn}/tsgs.js" data-api="${route.api}"></script>
      <tsgs-trend-chart region="310000"></tsgs-trend-chart>`);
    const manifest = (await (await fetch('/dist/manifest.json')).json()) as Record<string, { file: string }>;
    const chart = `${cdn}/${manifest['src/elements/trend-chart/chart.ts']?.file}`;
    await waitUntil(
      () => doc.querySelector('tsgs-trend-chart')?.matches(':state(ready)') && timings(doc).get(chart),
      'the chart is drawn',
      {
        timeout: 10000,
      },
    );
    const [code] = timings(doc).get(`${cdn}/elements/tsgs-trend-chart.js`) ?? [];
    const [piecesAsked] = timings(doc).get(chart) ?? [];
    expect(piecesAsked?.startTime, 'with the chart’s code').to.be.below((code as PerformanceResourceTiming).responseEnd);

    const below = await frame(`<script src="${cdn}/tsgs.js" data-api="${route.api}"></script>
      <div style="height: 5000px"></div><tsgs-trend-chart region="310000"></tsgs-trend-chart>`);
    await waitUntil(() => below.doc.querySelector('tsgs-trend-chart')?.matches(':state(ready)'), 'the chart has its data', {
      timeout: 10000,
    });
    expect(timings(below.doc).get(chart), 'a chart out of view waits until it nears it').to.equal(undefined);
  });

  it('loads the IndexedDB copy after the first answer, and with a kiosk at once', async () => {
    const route = await faultRoute();
    const { doc } = await frame(`<script src="${cdn}/tsgs.js" data-api="${route.api}"></script>
      <tsgs-merchant-card uscc="${SHOWCASE.clean}"></tsgs-merchant-card>`);
    const idb = () => [...timings(doc).entries()].find(([path]) => path.includes('/chunks/persistent-cache-'))?.[1][0];
    await waitUntil(() => idb(), 'the card keeps its answer for offline use', { timeout: 10000 });
    const [answer] = timings(doc).get(`${route.api}/v1/merchants/${SHOWCASE.clean}`) ?? [];
    expect(idb()?.startTime, 'asked for after the answer arrived').to.be.above((answer as PerformanceResourceTiming).responseEnd);
    expect(doc.head.querySelector('link[rel="modulepreload"][href*="persistent-cache"]'), 'not preloaded for a card').to.equal(null);

    const kiosk = await frame(`<script src="${cdn}/tsgs.js" data-api="${route.api}"></script><tsgs-kiosk region="310000"></tsgs-kiosk>`);
    await waitUntil(
      () => [...timings(kiosk.doc).keys()].some((path) => path.includes('/chunks/persistent-cache-')),
      'a kiosk loads it with its code',
      { timeout: 10000 },
    );
  });

  it('asks again when what it started fails, and the element shows the data', async () => {
    const route = await faultRoute('500-once');
    const { doc } = await frame(`<script src="${cdn}/tsgs.js" data-api="${route.api}"></script>
      <tsgs-alerts region="310000"></tsgs-alerts>`);
    await waitUntil(() => doc.querySelector('tsgs-alerts')?.matches(':state(ready)'), 'the alerts show their data', { timeout: 10000 });
    const again = ['/v1/alerts?region=310000', '/v1/alerts?region=310000'];
    expect(await route.requests()).to.deep.equal(byBackend(route, again, [...again, '/v1/meta', '/v1/alerts/310000.json']));
  });

  it('builds the page’s first number format while the code downloads, where data is coming, and not where none is', async () => {
    const route = await faultRoute();
    // Notes, at each Intl.NumberFormat built, whether the element's code had run yet.
    const watch = (tag: string) => `<script>
      const Built = Intl.NumberFormat;
      window.built = [];
      Intl.NumberFormat = function (...args) { window.built.push(customElements.get('${tag}') !== undefined); return new Built(...args); };
    </script>`;
    const card = await frame(`${watch('tsgs-merchant-card')}<script src="${cdn}/tsgs.js" data-api="${route.api}"></script>
      <tsgs-merchant-card uscc="${SHOWCASE.clean}"></tsgs-merchant-card>`);
    const search = await frame(`${watch('tsgs-merchant-search')}<script src="${cdn}/tsgs.js" data-api="${route.api}"></script>
      <tsgs-merchant-search></tsgs-merchant-search>`);
    const built = ({ doc }: Frame) => (doc.defaultView as unknown as { built: boolean[] }).built;
    await waitUntil(() => card.doc.querySelector('tsgs-merchant-card')?.matches(':state(ready)'), 'the card shows its data', {
      timeout: 10000,
    });
    expect(built(card)[0], 'the first one built before the card’s code ran').to.equal(false);
    expect(built(card), 'and the card built its own after').to.include(true);
    await waitUntil(() => search.doc.querySelector('tsgs-merchant-search')?.matches(':state(idle)'), 'the search waits for a query');
    expect(built(search), 'a search with no query yet shows no figure: the loader built none').to.deep.equal([]);
  });

  it('starts nothing for an element whose attributes it would refuse, nor for one given an API of its own elsewhere', async () => {
    const [route, own] = [await faultRoute(), await faultRoute()];
    const { doc } = await frame(`<script src="${cdn}/tsgs.js" data-api="${route.api}"></script>
      <tsgs-merchant-card uscc="not a code"></tsgs-merchant-card>
      <tsgs-hot-issues region="310000" api="${own.api}"></tsgs-hot-issues>`);
    await waitUntil(
      () =>
        doc.querySelector('tsgs-merchant-card')?.matches(':state(error)') && doc.querySelector('tsgs-hot-issues')?.matches(':state(ready)'),
      'both elements settle',
      { timeout: 10000 },
    );
    expect(await route.requests()).to.deep.equal([]);
    expect(await own.requests()).to.deep.equal(firstRequests(own, '/v1/hot-issues?region=310000', '/v1/hot-issues/310000.json'));
  });
});
