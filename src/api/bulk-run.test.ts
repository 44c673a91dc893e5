import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { PARTNER_REFERRALS_URL } from '../domain/api-contract';
import { planBulk, type BulkAction } from '../domain/bulk';
import type { Referral } from '../domain/referral-schema';
import { stageOfReferral, type StageId } from '../domain/status-machine';
import { server, testSimulator } from '../mocks/node';
import { createTestQueryClient } from '../test/render';
import { isApiError } from './api-error';
import { runBulk, type BulkOutcome } from './bulk-run';
import { referralKeys, type ReferralList } from './referral-queries';

const inStage = (stage: StageId) => testSimulator.all().filter((r) => stageOfReferral(r) === stage);
const puts = () => testSimulator.requests.filter((r) => r.method === 'PUT');
const decline: BulkAction = { kind: 'decline', statusReason: 'No budget' };

function clientWithList(items: Referral[]) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData<ReferralList>(referralKeys.list({}), {
    items,
    pages: 0,
    isComplete: true,
  });
  return queryClient;
}

/** Count PUTs on their way at once, as the server sees them. */
function trackInFlight() {
  let now = 0;
  let most = 0;
  const start = ({ request }: { request: Request }) => {
    if (request.method !== 'PUT') return;
    now += 1;
    most = Math.max(most, now);
  };
  const end = ({ request }: { request: Request }) => {
    if (request.method === 'PUT') now -= 1;
  };
  server.events.on('request:start', start);
  server.events.on('response:mocked', end);
  return {
    most: () => most,
    stop: () => server.events.removeAllListeners(),
  };
}

const summary = (outcomes: BulkOutcome[]) =>
  outcomes.map((o) => {
    if (o.status === 'skipped') return [o.id, 'skipped', o.reason];
    if (o.status === 'conflict') return [o.id, 'conflict', o.fields.join()];
    if (o.status === 'failed') return [o.id, 'failed', isApiError(o.error) ? o.error.status : '?'];
    return [o.id, 'saved', o.isReapplied ? 'reapplied' : ''];
  });

describe('bulk run', () => {
  test('a mix of legal, illegal, conflicting and failing referrals: exactly the right report and requests', async () => {
    const [a, b, notesChanged, movedElsewhere, failing, throttled] = [
      ...inStage('new-pending'),
      ...inStage('new-received'),
    ];
    const accepted = inStage('active-accepted')[0]!;
    const closed = inStage('closed-won')[0]!;
    const selection = [
      a!,
      accepted,
      b!,
      notesChanged!,
      closed,
      movedElsewhere!,
      failing!,
      throttled!,
    ];
    const queryClient = clientWithList(selection);

    // Meanwhile, elsewhere: one got new notes (other field), one was accepted (the field we touch).
    const notesCopy = testSimulator.modify(notesChanged!.id, { details: { notes: 'theirs' } });
    testSimulator.modify(movedElsewhere!.id, { status: 'Active', substatus: 'Accepted' });
    let throttledOnce = false;
    server.use(
      http.put(`${PARTNER_REFERRALS_URL}/${failing!.id}`, () =>
        HttpResponse.json(
          { error: { code: 'generalException', message: 'Boom' } },
          { status: 500 },
        ),
      ),
      http.put(`${PARTNER_REFERRALS_URL}/${throttled!.id}`, () => {
        if (throttledOnce) return undefined;
        throttledOnce = true;
        return HttpResponse.json(
          { error: { code: 'tooManyRequests', message: 'Slow down' } },
          { status: 429, headers: { 'Retry-After': '0.2' } },
        );
      }),
    );
    testSimulator.clearRequests();

    const seen: string[] = [];
    const outcomes = await runBulk(queryClient, planBulk(selection, decline), {
      onOutcome: (o) => seen.push(o.id),
    });

    expect(summary(outcomes)).toEqual([
      [a!.id, 'saved', ''],
      [accepted.id, 'skipped', 'not-offered'],
      [b!.id, 'saved', ''],
      [notesChanged!.id, 'saved', 'reapplied'],
      [closed.id, 'skipped', 'read-only'],
      [movedElsewhere!.id, 'conflict', 'stage'],
      [failing!.id, 'failed', 500],
      [throttled!.id, 'saved', ''],
    ]);
    expect(new Set(seen)).toEqual(new Set(selection.map((r) => r.id)));

    // Requests: the illegal ones are never sent; every PUT carries its own referral's eTag.
    const sent = puts();
    const sentIds = sent.map((p) => decodeURIComponent(p.url.split('/').pop() ?? ''));
    expect(sentIds).not.toContain(accepted.id);
    expect(sentIds).not.toContain(closed.id);
    const firstIfMatch = (id: string) => sent[sentIds.indexOf(id)]?.headers['if-match'];
    for (const r of [a!, b!, notesChanged!, movedElsewhere!, throttled!])
      expect(firstIfMatch(r.id)).toBe(r.eTag);
    // One PUT each; the re-applied one twice (second on their copy); the throttled one waited.
    expect(sentIds.filter((id) => id === a!.id)).toHaveLength(1);
    expect(sentIds.filter((id) => id === movedElsewhere!.id)).toHaveLength(1);
    expect(
      sent.filter((p) => p.url.endsWith(notesChanged!.id)).map((p) => p.headers['if-match']),
    ).toEqual([notesChanged!.eTag, notesCopy.eTag]);

    // The server holds exactly that.
    expect(testSimulator.get(a!.id)).toMatchObject({
      substatus: 'Declined',
      statusReason: 'No budget',
    });
    expect(testSimulator.get(notesChanged!.id)).toMatchObject({
      substatus: 'Declined',
      details: expect.objectContaining({ notes: 'theirs' }) as unknown,
    });
    expect(testSimulator.get(movedElsewhere!.id)?.substatus).toBe('Accepted');
    expect(testSimulator.get(failing!.id)?.substatus).toBe(failing!.substatus);
    expect(testSimulator.get(throttled!.id)?.substatus).toBe('Declined');
    expect(testSimulator.get(accepted.id)?.substatus).toBe('Accepted');
  });

  test('never more than 4 writes in flight, one PUT per legal referral', async () => {
    const selection = [...inStage('new-pending'), ...inStage('new-received')].slice(0, 12);
    expect(selection.length).toBe(12);
    const queryClient = clientWithList(selection);
    testSimulator.faults.set({ latencyMs: 60 });
    const inFlight = trackInFlight();
    try {
      const outcomes = await runBulk(queryClient, planBulk(selection, { kind: 'accept' }));
      expect(outcomes.every((o) => o.status === 'saved')).toBe(true);
    } finally {
      inFlight.stop();
    }
    expect(puts()).toHaveLength(12);
    expect(inFlight.most()).toBe(4);
  });

  test('a rerun planned from the saved state skips what the first run saved: nothing is saved twice', async () => {
    const selection = inStage('new-pending').slice(0, 3);
    const queryClient = clientWithList(selection);
    await runBulk(queryClient, planBulk(selection, decline));
    expect(puts()).toHaveLength(3);
    testSimulator.clearRequests();

    const saved = queryClient.getQueryData<ReferralList>(referralKeys.list({}))!.items;
    const outcomes = await runBulk(queryClient, planBulk(saved, decline));
    expect(outcomes.map((o) => o.status)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(testSimulator.requests).toHaveLength(0);
  });
});
