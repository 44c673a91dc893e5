import { referralApi } from '../../api/api-registry';
import { getReferral, getReferrals } from '../../api/referrals';
import { updateReferral } from '../../api/referral-write-requests';
import {
  referralListPageSchema,
  referralSchema,
  type Referral,
} from '../../domain/referral-schema';
import { apiErrorOf, findReferral, inStage, send } from '../../test/contract-helpers';
import { FAULTS_KEY } from '../rules/faults';
import { referralHandlers } from '../handlers/handlers';
import { TEST_NOW, server, testSimulator as sim } from '../node';
import { STATE_KEY } from '../store/sim-store';
import { createSimulator } from '../store/simulator';
import { createMemoryStorage } from '../store/storage';

/** Expiry, storage, two tabs, create, headers and faults (spec section 4). */

const DAY = 86_400_000;

async function save(lastRead: Referral, changes: Record<string, unknown>) {
  return updateReferral(referralApi(), { lastRead, changes, eTag: lastRead.eTag ?? '' });
}

/** A simulator with its own storage and a clock the test moves, serving instead of the default one. */
function simulatorWithClock() {
  const clock = { now: new Date(TEST_NOW) };
  const storage = createMemoryStorage();
  const own = createSimulator({ storage, now: () => clock.now });
  server.use(...referralHandlers(own));
  return { sim: own, clock, storage };
}

describe('lazy expiry (B12)', () => {
  test('an incoming New referral reads as Closed·Expired once its expiration passes', async () => {
    const { sim: own, clock } = simulatorWithClock();
    const lead = findReferral(own, (r) => r.status === 'New' && r.direction === 'Incoming');
    const before = await getReferral(referralApi(), lead.id);
    expect(before.status).toBe('New');

    clock.now = new Date(Date.parse(lead.expirationDateTime ?? '') + 1);
    const after = await getReferral(referralApi(), lead.id);
    expect(after).toMatchObject({ status: 'Closed', substatus: 'Expired' });
    expect(after.eTag).not.toBe(before.eTag);
    expect(after.closedDateTime).toBe(lead.expirationDateTime?.replace('Z', '.0000000Z'));
    expect(after.updatedDateTime).toBe(after.closedDateTime);
    // Every reader sees the same new version.
    expect(await getReferral(referralApi(), lead.id)).toEqual(after);
    const newOnes = await getReferrals(referralApi(), { status: 'New' });
    expect(newOnes.map((r) => r.id)).not.toContain(lead.id);

    expect(
      await apiErrorOf(save(before, { status: 'Active', substatus: 'Accepted' })),
    ).toMatchObject({
      status: 412,
    });
    expect(
      await apiErrorOf(save(after, { status: 'Active', substatus: 'Accepted' })),
    ).toMatchObject({
      status: 400,
      target: 'status',
    });
  });

  test('an expiration moved into the past by someone else expires the lead', () => {
    const lead = findReferral(sim, inStage('new-pending'));
    sim.modify(lead.id, { expirationDateTime: new Date(TEST_NOW.getTime() - DAY).toISOString() });
    expect(sim.get(lead.id)).toMatchObject({ status: 'Closed', substatus: 'Expired' });
  });

  test('outgoing and already answered referrals never expire', () => {
    const { sim: own, clock } = simulatorWithClock();
    const seeded = own.all(); // seeds at TEST_NOW
    expect(seeded.some((r) => r.status === 'New')).toBe(true);
    clock.now = new Date(TEST_NOW.getTime() + 400 * DAY);
    const stages = own.all().map((r) => `${r.status}/${r.substatus}`);
    expect(stages).not.toContain('New/Pending');
    expect(stages).toContain('Active/Accepted');
  });
});

describe('storage', () => {
  test('the stored state stays small: 20,000 referrals and one change fit in 10 KB', async () => {
    const { sim: own, storage } = simulatorWithClock();
    own.reset({ size: 20_000 });
    const page = await referralApi().http.request({
      url: '',
      query: { $skip: '12345', $top: '1' },
      schema: referralListPageSchema,
    });
    const target = page.data.value[0]!;
    await save(target, { name: 'The one change' });
    const raw = storage.getItem(STATE_KEY) ?? '';
    expect(raw.length).toBeLessThan(10_000);
    expect(JSON.parse(raw)).toMatchObject({
      size: 20_000,
      changed: { [target.id]: { name: 'The one change' } },
    });
  });

  test('reads never write, expiry included', async () => {
    const { sim: own, storage, clock } = simulatorWithClock();
    own.size(); // seeds at TEST_NOW
    const before = storage.getItem(STATE_KEY);
    clock.now = new Date(TEST_NOW.getTime() + 30 * DAY);
    await getReferrals(referralApi());
    expect(storage.getItem(STATE_KEY)).toBe(before);
  });

  test('two simulators over one storage are two tabs of one backend', async () => {
    const storage = createMemoryStorage();
    const tabA = createSimulator({ storage, now: () => TEST_NOW });
    const tabB = createSimulator({ storage, now: () => TEST_NOW });
    const id = tabA.all()[0]!.id;
    const readInB = tabB.get(id)!;

    server.use(...referralHandlers(tabA));
    const savedInA = await save(tabA.get(id)!, { name: 'Saved in tab A' });
    expect(tabB.get(id)).toEqual(savedInA);

    server.use(...referralHandlers(tabB));
    const conflict = await apiErrorOf(save(readInB, { name: 'Saved in tab B' }));
    expect(conflict).toMatchObject({ status: 412, code: 'preconditionFailed' });
    expect(tabA.get(id)?.name).toBe('Saved in tab A');

    tabB.reset({ size: 10 });
    expect(tabA.size()).toBe(10);
    tabA.faults.set({ latencyMs: 5 });
    expect(tabB.faults.get().latencyMs).toBe(5);
    expect(storage.getItem(FAULTS_KEY)).toContain('"latencyMs":5');
  });

  test('reset() drops changes and returns to the default size and seed', () => {
    const first = sim.all()[0]!;
    sim.modify(first.id, { name: 'Changed' });
    sim.reset({ size: 12, seed: 99 });
    expect(sim.size()).toBe(12);
    sim.reset();
    expect(sim.size()).toBe(60);
    expect(sim.get(first.id)).toEqual(first);
  });
});

describe('POST creates an outgoing referral (B14)', () => {
  const body = {
    name: 'Fabrikam - Azure landing zone',
    type: 'Independent',
    qualification: 'SalesQualified',
    status: 'New',
    substatus: 'Pending',
    customerProfile: { name: 'Fabrikam', address: { country: 'DE' }, ids: [] },
    consent: { consentToContact: true, consentToShareReferralWithMicrosoftSellers: false },
    details: { dealValue: '1200.50', currency: 'EUR', closingDateTime: '2027-03-01T00:00:00Z' },
    eTag: '"forged"',
  };

  test('answers 200 with the stored referral, Active·Accepted', async () => {
    const response = await send('POST', '', { body });
    expect(response.status).toBe(200);
    const created = referralSchema.parse(response.body);
    expect(created).toMatchObject({
      status: 'Active',
      substatus: 'Accepted',
      direction: 'Outgoing',
      expirationDateTime: null,
      organizationId: '7d23e5ca-19dc-4eaa-aac8-5e6b559f0d1d',
      details: { dealValue: 1200.5 },
    });
    expect(created.acceptedDateTime).toBe(created.createdDateTime);
    expect(created.engagementId).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.eTag).not.toBe('"forged"');
    expect(response.headers.get('ETag')).toBe(created.eTag);
    expect(created.links?.self?.uri).toMatch(new RegExp(`/referrals/${created.id}$`));
    expect(sim.get(created.id)).toEqual(created);
    const listed = await getReferrals(referralApi());
    expect(listed.at(-1)?.id).toBe(created.id);
  });

  test.each(['type', 'customerProfile', 'consent', 'details'])(
    'without %s it is a 400',
    async (key) => {
      const response = await send('POST', '', { body: { ...body, [key]: undefined } });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ error: { code: 'invalidRequest', target: key } });
    },
  );
});

describe('methods and headers', () => {
  test.each([
    ['DELETE', '/61c65491-2f2c-461a-84b4-3654499bc1d9'],
    ['PATCH', ''],
    ['DELETE', ''],
    ['PUT', ''],
  ])('%s %s is 405', async (method, path) => {
    const response = await send(method, path, { body: method === 'PATCH' ? [] : undefined });
    expect(response.status).toBe(405);
    expect(response.body).toMatchObject({ error: { code: 'invalidRequest' } });
  });

  test('every response has a Request-ID and echoes client-request-id and MS-CorrelationId (B18)', async () => {
    const { headers } = await referralApi().http.request({ url: '', clientRequestId: 'req-1' });
    expect(headers.get('Request-ID')).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers.get('client-request-id')).toBe('req-1');
    expect(headers.get('MS-CorrelationId')).toBe(referralApi().http.correlationId);
    const error = await send('GET', '/missing', { headers: { 'client-request-id': 'req-2' } });
    expect(error.status).toBe(404);
    expect(error.headers.get('Request-ID')).toBeTruthy();
    expect(error.headers.get('client-request-id')).toBe('req-2');
  });

  test('the simulator records each request it received', async () => {
    const lead = sim.get('61c65491-2f2c-461a-84b4-3654499bc1d9')!;
    await save(lead, { name: 'Recorded' });
    const put = sim.requests.find((r) => r.method === 'PUT');
    expect(put).toMatchObject({
      url: `https://api.partner.microsoft.com/v1.0/engagements/referrals/${lead.id}`,
      headers: { 'if-match': lead.eTag },
      body: { name: 'Recorded', id: lead.id },
    });
    expect(put?.body).not.toHaveProperty('links');
  });
});

describe('faults (B22)', () => {
  const lead = () => sim.get('61c65491-2f2c-461a-84b4-3654499bc1d9')!;

  test.each([
    [{ writeStatus: 500 as const }, 500, 'generalException'],
    [{ writeStatus: 503 as const }, 503, 'serviceNotAvailable'],
    [{ throttleRetryAfterSeconds: 5 }, 429, 'serviceNotAvailable'],
  ])('%o fails writes with %d %s and saves nothing', async (faults, status, code) => {
    const before = lead();
    sim.faults.set(faults);
    const error = await apiErrorOf(save(before, { name: 'Not saved' }));
    expect(error).toMatchObject({ kind: 'http', status, code });
    expect(sim.get(before.id)).toEqual(before);
    expect(await getReferral(referralApi(), before.id)).toMatchObject({ eTag: before.eTag });
  });

  test('429 carries Retry-After', async () => {
    sim.faults.set({ throttleRetryAfterSeconds: 7 });
    const response = await send('PUT', `/${lead().id}`, { headers: { 'If-Match': '*' }, body: {} });
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('7');
    const error = await apiErrorOf(save(lead(), {}));
    expect(error.retryAfterMs).toBe(7000);
  });

  test('network errors on writes fail only writes', async () => {
    sim.faults.set({ networkError: 'writes' });
    expect(await apiErrorOf(save(lead(), { name: 'x' }))).toMatchObject({ kind: 'network' });
    await expect(getReferrals(referralApi())).resolves.toHaveLength(60);
  });

  test('network errors on everything fail reads too', async () => {
    sim.faults.set({ networkError: 'all' });
    expect(await apiErrorOf(getReferrals(referralApi()))).toMatchObject({ kind: 'network' });
  });

  test('malformed bodies make list and detail reads invalid responses', async () => {
    sim.faults.set({ malformedList: true });
    expect(await apiErrorOf(getReferrals(referralApi()))).toMatchObject({
      kind: 'invalid-response',
    });
    expect(await apiErrorOf(getReferral(referralApi(), lead().id))).toMatchObject({
      kind: 'invalid-response',
    });
  });

  test('latency delays every response', async () => {
    sim.faults.set({ latencyMs: 60 });
    const started = performance.now();
    await getReferral(referralApi(), lead().id);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  test('a read is answered as it arrives and held for the latency; a write is applied after it', async () => {
    // The simulator's own work for a read runs within the latency, not after it (decision 061):
    // a change that lands while the read waits is not in its answer. A write still waits first.
    sim.faults.set({ latencyMs: 150 });
    const id = lead().id;
    const name = lead().name;
    const logged = sim.requests.length;
    const arrived = () => expect(sim.requests.length).toBe(logged + 1);
    const started = performance.now();
    const read = getReferral(referralApi(), id);
    await vi.waitFor(arrived, { interval: 1, timeout: 1000 });
    sim.modify(id, { name: 'Changed while the read waited' });
    await expect(read).resolves.toMatchObject({ id, name });
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);

    const write = save(sim.get(id)!, { name: 'Saved after the latency' });
    await vi.waitFor(() => expect(sim.requests.length).toBe(logged + 2), {
      interval: 1,
      timeout: 1000,
    });
    expect(sim.get(id)?.name).toBe('Changed while the read waited');
    await write;
    expect(sim.get(id)?.name).toBe('Saved after the latency');
  });

  test('faults.clear() returns to no faults', () => {
    sim.faults.set({ writeStatus: 500, latencyMs: 10 });
    sim.faults.clear();
    expect(sim.faults.get()).toEqual({
      latencyMs: 0,
      writeStatus: null,
      throttleRetryAfterSeconds: null,
      networkError: 'none',
      malformedList: false,
      writeLatencyMs: 0,
      writeMalformed: false,
      strictReason: false,
      closedFrozen: false,
    });
  });
});
