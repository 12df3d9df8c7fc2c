// Fault injection for browser tests, per test and on purpose: an element pointed at
// api="/__fault/<id>" reaches the real reference API through this middleware, which counts its
// requests and, when the test asks, answers 500, hangs, sends malformed or emptied data or drops the
// connection. `GET /__fault-control/<id>?mode=…` sets the mode and returns the requests seen;
// `POST /__fault-control/<id>` with `{ status, headers, body }` makes every request of the route get
// that answer as it is (mode 'scripted': the hostile API of test/hostile/); with `{ paths: { '/v1/…':
// answer } }`, requests whose path starts so get that answer, the others the real one.
//
// The real answers come from `upstream`: the live API by default, or a static export of the same
// data served by nginx (TSGS_TEST_BACKEND=export); the control reply names which, as `backend`.

/** @typedef {'pass' | '500' | '500-once' | 'hang' | 'garbage' | 'negative-count' | 'empty' | 'offline' | 'scripted'} Mode */

/** The request body as text (Koa leaves it unread). */
function readBody(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      text += chunk;
    });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

/**
 * Where a route's real answers come from.
 * @typedef {{ name: 'live' | 'export', request: (path: string, headers: Record<string, string>) => Promise<Response> }} Upstream
 */

/** @returns {Upstream} The live reference API, in process. */
export function liveUpstream(api) {
  return { name: 'live', request: (path, headers) => api.app.request(path, { headers }) };
}

/** @returns {Upstream} A static export served at `origin` (nginx), asked for its files uncompressed. */
export function exportUpstream(origin) {
  return {
    name: 'export',
    // A redirect is passed on as nginx gives it, as the client (redirect: 'manual') would see it.
    request: (path, headers) => fetch(`${origin}${path}`, { headers: { ...headers, 'Accept-Encoding': 'identity' }, redirect: 'manual' }),
  };
}

/** The headers of an upstream answer that still hold for the body as this middleware sends it. */
const PASSED_ON = (name) => !['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(name);

/** @param {Upstream} upstream */
export function faultInjection(upstream) {
  /** @type {Map<string, { mode: Mode, requests: string[], held: (() => void)[], answer?: { status?: number, headers?: Record<string, string>, body?: string } }>} */
  const tests = new Map();
  const entry = (id) => {
    if (!tests.has(id)) tests.set(id, { mode: 'pass', requests: [], held: [] });
    return tests.get(id);
  };

  async function pass(ctx, path) {
    const condition = ctx.get('If-None-Match');
    return passOn(ctx, await upstream.request(path, condition ? { 'If-None-Match': condition } : {}));
  }

  /** Sends an upstream answer on as it is (a static host's 404 for an API path is HTML, not JSON). */
  async function passOn(ctx, response) {
    ctx.status = response.status;
    for (const [name, value] of response.headers) if (PASSED_ON(name)) ctx.set(name, value);
    ctx.body = response.status === 304 ? '' : await response.text();
  }

  return async function faults(ctx, next) {
    const control = /^\/__fault-control\/([\w-]+)/.exec(ctx.path);
    if (control) {
      const test = entry(control[1]);
      if (ctx.method === 'POST') {
        test.answer = JSON.parse(await readBody(ctx.req));
        test.mode = 'scripted';
      }
      const mode = ctx.query.mode;
      if (typeof mode === 'string') test.mode = mode;
      if (typeof mode === 'string' && mode !== 'hang') for (const release of test.held.splice(0)) release();
      ctx.body = { mode: test.mode, requests: test.requests, backend: upstream.name };
      return;
    }
    const match = /^\/__fault\/([\w-]+)(\/v1\/.*)$/.exec(ctx.path);
    if (!match) return next();
    const test = entry(match[1]);
    const path = match[2] + (ctx.querystring ? `?${ctx.querystring}` : '');
    test.requests.push(path);
    ctx.set('Access-Control-Allow-Origin', '*');
    switch (test.mode) {
      case 'hang':
        await new Promise((resolve) => test.held.push(resolve));
        return pass(ctx, path);
      case '500-once':
      case '500':
        if (test.mode === '500-once') test.mode = 'pass';
        ctx.status = 500;
        ctx.type = 'application/problem+json';
        ctx.body = JSON.stringify({
          type: 'https://tsgs.example/problems/internal',
          title: 'Internal server error',
          status: 500,
          detail: 'injected',
        });
        return;
      case 'garbage':
        ctx.type = 'application/json';
        ctx.body = '{"period": "2026Q3", "truncated';
        return;
      case 'negative-count': {
        const response = await upstream.request(path, {});
        if (!response.ok) return passOn(ctx, response);
        const body = await response.json();
        if (body.counts) body.counts.accepted = -3;
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(body);
        return;
      }
      case 'empty': {
        // The real answer with nothing in it, as for a period or a filter without complaints.
        const response = await upstream.request(path, {});
        if (!response.ok) return passOn(ctx, response);
        const body = await response.json();
        for (const list of ['items', 'points']) if (Array.isArray(body[list])) body[list] = [];
        if (typeof body.total === 'number') body.total = 0;
        ctx.status = response.status;
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(body);
        return;
      }
      case 'scripted': {
        const paths = test.answer?.paths;
        const scripted = paths ? Object.entries(paths).find(([prefix]) => path.startsWith(prefix))?.[1] : test.answer;
        if (!scripted) return pass(ctx, path);
        const { status = 200, headers = {}, body = '' } = scripted;
        ctx.status = status;
        for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
        ctx.body = body;
        return;
      }
      case 'offline':
        ctx.req.socket.destroy();
        ctx.respond = false;
        return;
      default:
        return pass(ctx, path);
    }
  };
}
