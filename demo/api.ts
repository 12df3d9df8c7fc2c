/** The demo's index: every endpoint of the reference API with its live answer from the sample data. */

interface Endpoint {
  title: string;
  path: string;
}

const list = document.querySelector('#endpoints') as HTMLOListElement;

async function getJson(path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  return { status: response.status, body: await response.json() };
}

function show(endpoint: Endpoint, status: number | string, body: unknown): void {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  heading.textContent = endpoint.title;
  const link = document.createElement('a');
  link.href = endpoint.path;
  const code = document.createElement('code');
  code.textContent = `GET ${endpoint.path}`;
  link.append(code);
  const badge = document.createElement('span');
  badge.className = typeof status === 'number' && status < 400 ? 'status' : 'status error';
  badge.textContent = String(status);
  // The answer scrolls: a keyboard reaches it and a screen reader names it.
  const pre = document.createElement('pre');
  pre.tabIndex = 0;
  pre.setAttribute('aria-label', `${endpoint.title}: JSON`);
  pre.textContent = JSON.stringify(body, null, 2);
  item.append(heading, link, badge, pre);
  list.append(item);
}

async function main(): Promise<void> {
  const ranking = (await getJson('/v1/rankings?region=310000&limit=3')).body as { items?: { uscc: string }[] };
  const uscc = ranking.items?.[0]?.uscc ?? '91310101MA7C00019R';
  const endpoints: Endpoint[] = [
    { title: 'Publisher, periods, definitions', path: '/v1/meta' },
    { title: 'Regions with data', path: '/v1/regions' },
    { title: 'Search operators', path: '/v1/merchants?q=%E9%9D%92%E9%B8%BE&pageSize=5' },
    { title: "One operator's disclosure", path: `/v1/merchants/${uscc}` },
    { title: 'City ranking', path: '/v1/rankings?region=310000&limit=3' },
    { title: 'Trend by quarter', path: '/v1/trends?region=310000&granularity=quarter' },
    { title: 'Hot issues', path: '/v1/hot-issues?region=310000' },
    { title: 'Consumer warnings', path: '/v1/alerts?region=310000&limit=3' },
    { title: 'A bad request: how errors look', path: '/v1/merchants/NOT-A-CODE' },
  ];
  for (const endpoint of endpoints) {
    try {
      const { status, body } = await getJson(endpoint.path);
      show(endpoint, status, body);
    } catch (error) {
      show(endpoint, 'network error', String(error));
    }
  }
}

void main();
