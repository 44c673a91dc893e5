import { referralApi, setReferralApi } from '../../api/api-registry';
import { createHttpClient } from '../../api/http-client';
import { getReferral } from '../../api/referrals';
import { updateReferral } from '../../api/referral-write-requests';
import { PARTNER_REFERRALS_URL } from '../../domain/api-contract';
import type { Referral } from '../../domain/referral-schema';
import { apiErrorOf, send } from '../../test/contract-helpers';
import { parseDemoFaults } from '../browser/demo-params';
import { testSimulator as sim } from '../node';

/**
 * The write faults the fault matrix needs beyond B22: a write answered with a body that is not
 * JSON (stored all the same), and a write slower than the client's time-out.
 */

const LEAD_ID = '61c65491-2f2c-461a-84b4-3654499bc1d9';
const lead = () => sim.get(LEAD_ID)!;

const save = (lastRead: Referral, changes: Record<string, unknown>) =>
  updateReferral(referralApi(), { lastRead, changes, eTag: lastRead.eTag ?? '' });

describe('writeMalformed', () => {
  test('the write is stored, but its answer is not JSON: the client reports invalid-response', async () => {
    const before = lead();
    sim.faults.set({ writeMalformed: true });
    const error = await apiErrorOf(save(before, { name: 'Stored anyway' }));
    expect(error).toMatchObject({ kind: 'invalid-response', status: 200 });
    const stored = sim.get(LEAD_ID)!;
    expect(stored.name).toBe('Stored anyway');
    expect(stored.eTag).not.toBe(before.eTag);
  });

  test('reads and failed writes are not touched', async () => {
    sim.faults.set({ writeMalformed: true });
    await expect(getReferral(referralApi(), LEAD_ID)).resolves.toMatchObject({ id: LEAD_ID });
    const stale = await send('PUT', `/${LEAD_ID}`, {
      headers: { 'If-Match': '"not-the-etag"' },
      body: { ...lead(), links: undefined },
    });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ error: { code: expect.any(String) as string } });
  });
});

describe('writeLatencyMs', () => {
  test('a write slower than the client time-out fails as a time-out; reads stay fast', async () => {
    setReferralApi({
      http: createHttpClient({ baseUrl: PARTNER_REFERRALS_URL, timeoutMs: 50 }),
      writeMethod: 'put',
    });
    sim.faults.set({ writeLatencyMs: 400 });
    const started = performance.now();
    await getReferral(referralApi(), LEAD_ID);
    expect(performance.now() - started).toBeLessThan(300);
    const error = await apiErrorOf(save(lead(), { name: 'Too slow' }));
    expect(error.kind).toBe('timeout');
    expect(sim.get(LEAD_ID)?.name).not.toBe('Too slow');
    // The server was not told the client gave up: the write lands later (and, awaited here, it
    // cannot land in the next test's fresh state).
    await vi.waitFor(() => expect(sim.get(LEAD_ID)?.name).toBe('Too slow'), { timeout: 2000 });
  });

  test('the slow write still lands once the wait is over (as a real server may)', async () => {
    sim.faults.set({ writeLatencyMs: 80 });
    const started = performance.now();
    const saved = await save(lead(), { name: 'Slow but saved' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    expect(saved.name).toBe('Slow but saved');
    expect(sim.get(LEAD_ID)?.name).toBe('Slow but saved');
  });
});

test.each([
  ['malformed:writes', { writeMalformed: true }],
  ['write-latency:45000', { writeLatencyMs: 45000 }],
  ['malformed', { malformedList: true }],
  ['write-latency', {}],
])('demo URL fault %s', (text, expected) => {
  expect(parseDemoFaults(text)).toEqual(expected);
});
