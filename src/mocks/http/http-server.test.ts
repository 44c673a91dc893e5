import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { http, passthrough } from 'msw';
import { createHttpClient } from '../../api/http-client';
import { getReferral, getReferrals, type ReferralApi } from '../../api/referrals';
import { updateReferral } from '../../api/referral-write-requests';
import { referralSchema, type Referral } from '../../domain/referral-schema';
import { apiErrorOf } from '../../test/contract-helpers';
import { API_PATH, createSimFetchHandler } from './http-server';
import { server } from '../node';
import { parseSimEnv, startSimServer, type RunningSim } from './sim-server';
import { createSimulator, type RecordedRequest } from '../store/simulator';
import { createMemoryStorage } from '../store/storage';

/** `npm run sim`: the same handlers over HTTP, with CORS, the token check and control routes. */

const APP = 'http://127.0.0.1:4177';
const HOST = 'http://127.0.0.1:8787';
const ID = '61c65491-2f2c-461a-84b4-3654499bc1d9';
const CONTROL_TOKEN = 'control-token-for-tests';
const control = { 'X-Sim-Control': CONTROL_TOKEN };

function setup() {
  const simulator = createSimulator({ storage: createMemoryStorage(), defaultSize: 20 });
  const handle = createSimFetchHandler({
    simulator,
    allowedOrigins: [APP],
    controlToken: CONTROL_TOKEN,
  });
  /** Control routes get the control token unless the test passes its own headers. */
  const call = (
    method: string,
    pathAndQuery: string,
    options: { headers?: Record<string, string>; body?: unknown } = {},
  ) =>
    handle(
      new Request(`${HOST}${pathAndQuery}`, {
        method,
        headers: options.headers ?? (pathAndQuery.startsWith('/__sim/') ? control : undefined),
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      }),
    );
  return { simulator, call };
}

const admin = { Authorization: 'Bearer admin', Origin: APP };

describe('CORS', () => {
  test('a preflight from the app origin allows the API headers and methods', async () => {
    const { call } = setup();
    const response = await call('OPTIONS', `${API_PATH}/${ID}`, {
      headers: { Origin: APP, 'Access-Control-Request-Method': 'PATCH' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(APP);
    expect(response.headers.get('Access-Control-Allow-Methods')).toContain('PATCH');
    const allowed = response.headers.get('Access-Control-Allow-Headers')?.split(/,\s*/);
    expect(allowed).toEqual([
      'Authorization',
      'Content-Type',
      'If-Match',
      'Prefer',
      'client-request-id',
      'MS-CorrelationId',
      'MS-RequestId',
    ]);
  });

  test('another origin gets no CORS headers, so its browser cannot read the answer', async () => {
    const { call } = setup();
    const preflight = await call('OPTIONS', API_PATH, {
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(403);
    const response = await call('GET', API_PATH, {
      headers: { ...admin, Origin: 'https://evil.example' },
    });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  test('answers expose ETag and the request ids to the app', async () => {
    const { call } = setup();
    const response = await call('GET', `${API_PATH}/${ID}`, {
      headers: { ...admin, 'client-request-id': 'c-1' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(APP);
    expect(response.headers.get('Access-Control-Expose-Headers')?.split(/,\s*/)).toEqual([
      'ETag',
      'Request-ID',
      'request-id',
      'client-request-id',
      'MS-CorrelationId',
      'Retry-After',
    ]);
    const body = referralSchema.parse(await response.json());
    expect(response.headers.get('ETag')).toBe(body.eTag);
    expect(response.headers.get('client-request-id')).toBe('c-1');
  });
});

describe('the bearer token', () => {
  test('missing: 401 unauthenticated with WWW-Authenticate: Bearer, readable by the app', async () => {
    const { call, simulator } = setup();
    const response = await call('GET', API_PATH, { headers: { Origin: APP } });
    expect(response.status).toBe(401);
    expect(response.headers.get('WWW-Authenticate')).toBe('Bearer');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(APP);
    expect(await response.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    expect(simulator.requests).toHaveLength(0);
  });

  test('a Referrals User token lists only their referrals; nextLinks keep the host', async () => {
    const { call, simulator } = setup();
    const email = 'luke.johnson@contoso.com';
    const theirs = simulator
      .all()
      .filter((r) => r.team?.some((m) => m.email === email))
      .map((r) => r.id);
    const response = await call('GET', `${API_PATH}?$top=2`, {
      headers: { Authorization: `Bearer user:${email}` },
    });
    const page = (await response.json()) as { value: Referral[]; '@odata.nextLink'?: string };
    expect(page.value.map((r) => r.id)).toEqual(theirs.slice(0, 2));
    expect(page['@odata.nextLink']).toMatch(new RegExp(`^${HOST}${API_PATH}\\?\\$skiptoken=`));
  });
});

describe('control routes', () => {
  test('reset, faults, the stored copy, a change by someone else and the request log', async () => {
    const { call, simulator } = setup();
    expect(await (await call('POST', '/__sim/reset', { body: { size: 8 } })).json()).toEqual({
      size: 8,
    });
    expect(simulator.all()).toHaveLength(8);

    await call('POST', '/__sim/faults', { body: { writeStatus: 503 } });
    const patch = [{ op: 'replace', path: '/name', value: 'x' }];
    const headers = { ...admin, 'Content-Type': 'application/json' };
    const refused = await call('PATCH', `${API_PATH}/${ID}`, { headers, body: patch });
    expect(refused.status).toBe(503);
    await call('DELETE', '/__sim/faults');
    expect((await call('PATCH', `${API_PATH}/${ID}`, { headers, body: patch })).status).toBe(204);

    const stored = referralSchema.parse(await (await call('GET', `/__sim/referrals/${ID}`)).json());
    expect(stored.name).toBe('x');
    const changed = await call('POST', `/__sim/referrals/${ID}`, { body: { name: 'theirs' } });
    expect(referralSchema.parse(await changed.json()).eTag).not.toBe(stored.eTag);

    const log = (await (await call('GET', '/__sim/requests')).json()) as RecordedRequest[];
    expect(log.map((r) => r.method)).toEqual(['PATCH', 'PATCH']);
    expect(log[1]).toMatchObject({ body: patch });
    await call('DELETE', '/__sim/requests');
    expect(simulator.requests).toHaveLength(0);

    expect((await call('GET', '/__sim/referrals/missing')).status).toBe(404);
    expect((await call('POST', '/__sim/reset', { body: { size: -1 } })).status).toBe(400);
    expect((await call('GET', '/elsewhere')).status).toBe(404);
  });

  test('a network-error fault is an error response the server turns into a dropped connection', async () => {
    const { call } = setup();
    await call('POST', '/__sim/faults', { body: { networkError: 'all' } });
    expect((await call('GET', API_PATH, { headers: admin })).type).toBe('error');
  });
});

describe('control routes are for test tools only', () => {
  test('without the X-Sim-Control token (or with another one): 401, nothing changes', async () => {
    const { call, simulator } = setup();
    const attempts: Record<string, string>[] = [
      {},
      { 'X-Sim-Control': 'guess' },
      { 'X-Sim-Control': '' },
    ];
    for (const headers of attempts) {
      const reset = await call('POST', '/__sim/reset', { headers, body: { size: 3 } });
      expect(reset.status).toBe(401);
      expect(await reset.json()).toMatchObject({ error: { code: 'unauthenticated' } });
      expect((await call('GET', '/__sim/requests', { headers })).status).toBe(401);
      expect(
        (await call('POST', '/__sim/faults', { headers, body: { writeStatus: 500 } })).status,
      ).toBe(401);
    }
    expect(simulator.size()).toBe(20);
    expect(simulator.faults.get().writeStatus).toBeNull();
    // Health tells only that the server is up, so a start-up check needs no token.
    expect((await call('GET', '/__sim/health', { headers: {} })).status).toBe(200);
  });

  test.each([
    ['a cross-site page', { Origin: 'https://evil.example' }],
    ['an allowed app origin', { Origin: APP }],
    ['a browser without Origin', { 'Sec-Fetch-Site': 'cross-site' }],
    ['a same-site page', { 'Sec-Fetch-Site': 'same-site' }],
  ])('a browser request from %s is refused even with the token, without CORS', async (_, from) => {
    const { call, simulator } = setup();
    const headers = { ...control, ...from };
    const reset = await call('POST', '/__sim/reset', { headers, body: { size: 3 } });
    expect(reset.status).toBe(403);
    expect(reset.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const health = await call('GET', '/__sim/health', { headers });
    expect(health.status).toBe(403);
    expect(health.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(simulator.size()).toBe(20);
  });

  test('a preflight for a control route is refused without CORS headers', async () => {
    const { call } = setup();
    const preflight = await call('OPTIONS', '/__sim/reset', {
      headers: {
        Origin: APP,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'x-sim-control',
      },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toBeNull();
  });
});

describe('the request log', () => {
  test.each([
    ['Bearer admin-secret-e2e', 'Bearer [redacted: admin]'],
    ['Bearer user:ana@contoso.com', 'Bearer [redacted: user]'],
    ['bearer none', 'bearer [redacted: none]'],
    ['Bearer eyJhbGciOiJSUzI1NiJ9.payload.signature', 'Bearer [redacted]'],
  ])('keeps %s only as %s', async (authorization, logged) => {
    const { call, simulator } = setup();
    await call('GET', API_PATH, { headers: { Authorization: authorization } });
    const log = (await (await call('GET', '/__sim/requests')).json()) as RecordedRequest[];
    expect(log).toHaveLength(1);
    expect(log[0]?.headers.authorization).toBe(logged);
    expect(JSON.stringify(simulator.requests)).not.toContain(authorization);
  });
});

describe('npm run sim over a real socket', () => {
  let running: RunningSim | undefined;
  let dir: string | undefined;

  afterEach(async () => {
    await running?.close();
    running = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  async function start(env: Record<string, string>) {
    running = await startSimServer(parseSimEnv({ SIM_PORT: '0', ...env }));
    // The unit-test msw server must let these requests reach the real socket.
    server.use(http.all(`${new URL(running.url).origin}/*`, () => passthrough()));
    return running;
  }

  const apiFor = (url: string, writeMethod: 'put' | 'patch'): ReferralApi => ({
    http: createHttpClient({ baseUrl: url, getToken: () => Promise.resolve('admin-test') }),
    writeMethod,
  });

  test('the app client lists, saves with PATCH, and meets a real 412', async () => {
    const sim = await start({ SIM_SIZE: '30' });
    const api = apiFor(sim.url, 'patch');
    expect(await getReferrals(api, {}, { pageSize: 7 })).toHaveLength(30);

    const read = await getReferral(api, ID);
    const saved = await updateReferral(api, {
      lastRead: read,
      changes: { details: { notes: 'over HTTP' } },
      eTag: read.eTag ?? '',
    });
    expect(sim.simulator.get(ID)?.details?.notes).toBe('over HTTP');
    expect(sim.simulator.requests.at(-1)?.body).toEqual([
      { op: 'replace', path: '/details/notes', value: 'over HTTP' },
    ]);

    const stale = await apiErrorOf(
      updateReferral(api, { lastRead: read, changes: { name: 'late' }, eTag: read.eTag ?? '' }),
    );
    expect(stale).toMatchObject({ status: 412, code: 'preconditionFailed' });
    expect(sim.simulator.get(ID)?.eTag).toBe(saved.eTag);

    const noToken = await apiErrorOf(
      getReferrals({ ...api, http: createHttpClient({ baseUrl: sim.url }) }),
    );
    expect(noToken).toMatchObject({ status: 401, code: 'unauthenticated' });
  });

  type Raw = {
    status: number;
    headers: Record<string, string | string[] | undefined>;
    text: string;
  };

  /** node:http, which (unlike fetch) sends any Host header and can share one keep-alive socket. */
  function raw(
    url: string,
    options: {
      method?: string;
      host?: string;
      headers?: Record<string, string>;
      body?: Buffer;
      agent?: Agent;
    },
  ): Promise<Raw> {
    return new Promise((resolve, reject) => {
      const target = new URL(url);
      const req = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          path: `${target.pathname}${target.search}`,
          method: options.method ?? 'GET',
          agent: options.agent,
          headers: { ...options.headers, ...(options.host ? { Host: options.host } : {}) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(options.body);
    });
  }

  test('the Host header must name this server (127.0.0.1, localhost, [::1] with its port): DNS rebinding gets 421', async () => {
    const sim = await start({ SIM_CONTROL_TOKEN: CONTROL_TOKEN });
    const { origin, port } = new URL(sim.url);
    const api = `${origin}${API_PATH}/${ID}`;
    const auth = { Authorization: 'Bearer admin' };
    for (const host of [
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      `LOCALHOST:${port}`,
      `[::1]:${port}`,
    ]) {
      expect((await raw(api, { host, headers: auth })).status, host).toBe(200);
    }
    for (const host of [
      `rebind.evil.example:${port}`,
      `evil.example`,
      `127.0.0.1`,
      `localhost:${Number(port) + 1}`,
      `127.0.0.1.evil.example:${port}`,
    ]) {
      const refused = await raw(api, { host, headers: auth });
      expect(refused.status, host).toBe(421);
      expect(refused.text).not.toContain(ID);
      const reset = await raw(`${origin}/__sim/reset`, {
        method: 'POST',
        host,
        headers: { 'X-Sim-Control': CONTROL_TOKEN },
      });
      expect(reset.status, host).toBe(421);
    }
  });

  test('a 5 MB body is refused with 413 and Connection: close; the next request on the same keep-alive agent works', async () => {
    const sim = await start({ SIM_CONTROL_TOKEN: CONTROL_TOKEN });
    const { origin } = new URL(sim.url);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const big = await raw(`${origin}${API_PATH}/${ID}`, {
        method: 'PUT',
        agent,
        headers: {
          Authorization: 'Bearer admin',
          'Content-Type': 'application/json',
          'If-Match': '"x"',
        },
        body: Buffer.alloc(5 * 1024 * 1024, 0x20),
      });
      expect(big.status).toBe(413);
      expect(big.headers.connection).toBe('close');
      expect(JSON.parse(big.text)).toMatchObject({ error: { code: 'invalidRequest' } });
      for (let i = 0; i < 3; i += 1) {
        const next = await raw(`${origin}${API_PATH}/${ID}`, {
          agent,
          headers: { Authorization: 'Bearer admin' },
        });
        expect(next.status).toBe(200);
      }
    } finally {
      agent.destroy();
    }
  });

  test('SIM_CONTROL_TOKEN guards the control routes over HTTP', async () => {
    const sim = await start({ SIM_CONTROL_TOKEN: CONTROL_TOKEN });
    const { origin } = new URL(sim.url);
    expect((await raw(`${origin}/__sim/reset`, { method: 'POST' })).status).toBe(401);
    const reset = await raw(`${origin}/__sim/reset`, {
      method: 'POST',
      headers: { 'X-Sim-Control': CONTROL_TOKEN },
    });
    expect(reset.status).toBe(200);
  });

  test('a network-error fault drops the connection: the client sees a network failure', async () => {
    const sim = await start({});
    sim.simulator.faults.set({ networkError: 'all' });
    const error = await apiErrorOf(getReferral(apiFor(sim.url, 'put'), ID));
    expect(error.kind).toBe('network');
  });

  test('SIM_DATA_FILE keeps the changes across a restart; another SIM_SIZE reseeds', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'referral-desk-sim-'));
    const file = path.join(dir, 'data.json');
    let sim = await start({ SIM_DATA_FILE: file, SIM_SIZE: '12' });
    const api = apiFor(sim.url, 'put');
    const read = await getReferral(api, ID);
    await updateReferral(api, { lastRead: read, changes: { name: 'Kept' }, eTag: read.eTag ?? '' });
    sim.simulator.faults.set({ writeStatus: 500 });
    await sim.close();
    expect(readFileSync(file, 'utf8')).toContain('Kept');

    sim = await start({ SIM_DATA_FILE: file });
    expect(sim.simulator.size()).toBe(12);
    expect((await getReferral(apiFor(sim.url, 'put'), ID)).name).toBe('Kept');
    expect(sim.simulator.faults.get().writeStatus).toBeNull();
    await sim.close();

    sim = await start({ SIM_DATA_FILE: file, SIM_SIZE: '15' });
    expect(sim.simulator.size()).toBe(15);
    expect(sim.simulator.get(ID)?.name).not.toBe('Kept');
  });
});

describe('settings from the environment', () => {
  test('defaults: port 8787, the local dev and preview origins', () => {
    const settings = parseSimEnv({});
    expect(settings).toMatchObject({ port: 8787, size: undefined, dataFile: undefined });
    expect(settings.allowedOrigins).toContain('http://localhost:5173');
    expect(settings.allowedOrigins).toContain('http://127.0.0.1:4173');
    expect(parseSimEnv({ SIM_ALLOWED_ORIGINS: ' http://a.test:1 ,*' }).allowedOrigins).toEqual([
      'http://a.test:1',
      '*',
    ]);
  });

  test('the control token: SIM_CONTROL_TOKEN, else a new random one on every start', () => {
    expect(parseSimEnv({ SIM_CONTROL_TOKEN: CONTROL_TOKEN })).toMatchObject({
      controlToken: CONTROL_TOKEN,
      isControlTokenGenerated: false,
    });
    const first = parseSimEnv({});
    expect(first.isControlTokenGenerated).toBe(true);
    expect(first.controlToken).toMatch(/^[0-9a-f]{32}$/);
    expect(parseSimEnv({}).controlToken).not.toBe(first.controlToken);
    expect(() => parseSimEnv({ SIM_CONTROL_TOKEN: 'short' })).toThrow('SIM_CONTROL_TOKEN');
  });

  test('a data file that is not JSON stops the start with a message naming SIM_DATA_FILE', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'referral-desk-sim-'));
    const file = path.join(folder, 'broken.json');
    writeFileSync(file, 'not json');
    await expect(
      startSimServer(parseSimEnv({ SIM_PORT: '0', SIM_DATA_FILE: file })),
    ).rejects.toThrow(/^SIM_DATA_FILE .*broken\.json cannot be read/);
    rmSync(folder, { recursive: true, force: true });
  });

  test.each([
    ['SIM_PORT', 'eighty'],
    ['SIM_SIZE', '20001'],
    ['SIM_ALLOWED_ORIGINS', 'localhost:5173'],
  ])('a bad %s stops the start with a message naming it', (name, value) => {
    expect(() => parseSimEnv({ [name]: value })).toThrow(name);
  });
});
