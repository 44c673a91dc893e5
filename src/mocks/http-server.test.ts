import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { http, passthrough } from 'msw';
import { createHttpClient } from '../api/http-client';
import { getReferral, getReferrals, updateReferral, type ReferralApi } from '../api/referrals';
import { referralSchema, type Referral } from '../domain/referral-schema';
import { apiErrorOf } from '../test/contract-helpers';
import { API_PATH, createSimFetchHandler } from './http-server';
import { server } from './node';
import { parseSimEnv, startSimServer, type RunningSim } from './sim-server';
import { createSimulator, type RecordedRequest } from './simulator';
import { createMemoryStorage } from './storage';

/** `npm run sim`: the same handlers over HTTP, with CORS, the token check and control routes. */

const APP = 'http://127.0.0.1:4177';
const HOST = 'http://127.0.0.1:8787';
const ID = '61c65491-2f2c-461a-84b4-3654499bc1d9';

function setup() {
  const simulator = createSimulator({ storage: createMemoryStorage(), defaultSize: 20 });
  const handle = createSimFetchHandler({ simulator, allowedOrigins: [APP] });
  const call = (
    method: string,
    pathAndQuery: string,
    options: { headers?: Record<string, string>; body?: unknown } = {},
  ) =>
    handle(
      new Request(`${HOST}${pathAndQuery}`, {
        method,
        headers: options.headers,
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
    expect(log[1]).toMatchObject({ body: patch, headers: { authorization: 'Bearer admin' } });
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
