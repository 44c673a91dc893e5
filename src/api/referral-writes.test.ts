import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { PARTNER_REFERRALS_URL } from '../domain/api-contract';
import type { Referral } from '../domain/referral-schema';
import { stageOfReferral, stagePair, type StageId } from '../domain/status-machine';
import { server, testSimulator } from '../mocks/node';
import { createTestQueryClient } from '../test/render';
import { isApiError } from './api-error';
import { referralKeys, type ReferralList } from './referral-queries';
import { isWriteConflict, writeReferral } from './referral-writes';

const referralIn = (stage: StageId, index = 0): Referral => {
  const found = testSimulator.all().filter((r) => stageOfReferral(r) === stage)[index];
  if (!found) throw new Error(`no referral in ${stage}`);
  return found;
};
const puts = () => testSimulator.requests.filter((r) => r.method === 'PUT');
const gets = (id: string) =>
  testSimulator.requests.filter((r) => r.method === 'GET' && r.url.endsWith(id));

/** A client whose list cache holds the given copies, as the list view would. */
function clientWithList(items: Referral[]) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData<ReferralList>(referralKeys.list({}), {
    items,
    pages: 0,
    isComplete: true,
  });
  return queryClient;
}

const received = stagePair('new-received');

describe('the one write path: 412 policies', () => {
  test('user-merge (the form): the 412 reaches the caller untouched, one PUT, nothing re-sent', async () => {
    const referral = referralIn('new-pending');
    const queryClient = clientWithList([referral]);
    testSimulator.modify(referral.id, { details: { notes: 'theirs' } });

    const error = await writeReferral(queryClient, {
      id: referral.id,
      changes: { name: 'Mine' },
      policy: 'user-merge',
    }).catch((e: unknown) => e);

    expect(isApiError(error) && error.isConflict).toBe(true);
    expect(puts()).toHaveLength(1);
    expect(testSimulator.get(referral.id)?.name).toBe(referral.name);
  });

  test('auto-reapply: someone else changed only other fields → sent once more on the latest copy', async () => {
    const referral = referralIn('new-pending');
    const queryClient = clientWithList([referral]);
    const theirs = testSimulator.modify(referral.id, { details: { notes: 'theirs' } });

    const result = await writeReferral(queryClient, {
      id: referral.id,
      changes: received,
      policy: 'auto-reapply',
    });

    expect(result.isReapplied).toBe(true);
    expect(puts().map((p) => p.headers['if-match'])).toEqual([referral.eTag, theirs.eTag]);
    expect(testSimulator.get(referral.id)).toMatchObject({
      ...received,
      details: expect.objectContaining({ notes: 'theirs' }) as unknown,
    });
    // The saved copy is in the detail and list caches.
    const stored = queryClient.getQueryData<Referral>(referralKeys.detail(referral.id));
    expect(stored?.eTag).toBe(testSimulator.get(referral.id)?.eTag);
    const list = queryClient.getQueryData<ReferralList>(referralKeys.list({}));
    expect(list?.items[0]?.eTag).toBe(stored?.eTag);
  });

  test('auto-reapply: someone else changed a field this write touches → a conflict, nothing sent again', async () => {
    const referral = referralIn('new-pending');
    const queryClient = clientWithList([referral]);
    testSimulator.modify(referral.id, { status: 'Active', substatus: 'Accepted' });

    const error = await writeReferral(queryClient, {
      id: referral.id,
      changes: received,
      policy: 'auto-reapply',
    }).catch((e: unknown) => e);

    expect(isWriteConflict(error) && error.fields).toEqual(['stage']);
    expect(isWriteConflict(error) && error.latest.substatus).toBe('Accepted');
    expect(puts()).toHaveLength(1);
    expect(testSimulator.get(referral.id)?.substatus).toBe('Accepted');
  });

  test('auto-reapply re-applies once only: a second 412 is a conflict', async () => {
    const referral = referralIn('new-pending');
    const queryClient = clientWithList([referral]);
    testSimulator.modify(referral.id, { details: { notes: 'theirs' } });
    server.use(
      http.put(`${PARTNER_REFERRALS_URL}/:id`, () =>
        HttpResponse.json(
          { error: { code: 'preconditionFailed', message: 'eTag mismatch' } },
          { status: 412 },
        ),
      ),
    );

    const error = await writeReferral(queryClient, {
      id: referral.id,
      changes: received,
      policy: 'auto-reapply',
    }).catch((e: unknown) => e);

    expect(isWriteConflict(error)).toBe(true);
    expect(isWriteConflict(error) && error.fields).toEqual([]);
  });

  test('auto-reapply: a 412 whose change the server already holds is saved, not sent again', async () => {
    const referral = referralIn('new-pending');
    const queryClient = clientWithList([referral]);
    testSimulator.modify(referral.id, received);

    const result = await writeReferral(queryClient, {
      id: referral.id,
      changes: received,
      policy: 'auto-reapply',
    });
    expect(result.referral.substatus).toBe('Received');
    expect(puts()).toHaveLength(1);
  });

  test('two queued writes of one referral run in order and chain their eTags', async () => {
    const referral = referralIn('new-pending');
    const queryClient = clientWithList([referral]);
    testSimulator.faults.set({ latencyMs: 100 });

    const first = writeReferral(queryClient, {
      id: referral.id,
      changes: received,
      policy: 'auto-reapply',
    });
    const second = writeReferral(queryClient, {
      id: referral.id,
      changes: stagePair('active-accepted'),
      policy: 'auto-reapply',
    });
    const [a, b] = await Promise.all([first, second]);

    expect(puts().map((p) => (p.body as Referral).substatus)).toEqual(['Received', 'Accepted']);
    expect(puts().map((p) => p.headers['if-match'])).toEqual([referral.eTag, a.referral.eTag]);
    expect(b.isReapplied).toBe(false);
    expect(testSimulator.get(referral.id)?.eTag).toBe(b.referral.eTag);
  });

  test('writes to different referrals are not queued behind each other', async () => {
    const [one, two] = [referralIn('new-pending', 0), referralIn('new-pending', 1)];
    const queryClient = clientWithList([one, two]);
    testSimulator.faults.set({ latencyMs: 150 });
    let inFlight = 0;
    let most = 0;
    const track = () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
    };
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PUT') track();
    });
    server.events.on('response:mocked', ({ request }) => {
      if (request.method === 'PUT') inFlight -= 1;
    });
    try {
      await Promise.all(
        [one, two].map((r) =>
          writeReferral(queryClient, { id: r.id, changes: received, policy: 'auto-reapply' }),
        ),
      );
    } finally {
      server.events.removeAllListeners();
    }
    expect(most).toBe(2);
  });
});

describe('a PUT only from a complete copy', () => {
  const summaryOf = (referral: Referral): Referral => {
    const copy: Record<string, unknown> = { ...referral };
    delete copy.team;
    delete copy.consent;
    return copy as Referral;
  };

  test('a list item without team and consent is read first; the PUT carries them and erases nothing', async () => {
    const referral = referralIn('new-pending');
    expect(referral.team?.length).toBeGreaterThan(0);
    const queryClient = clientWithList([summaryOf(referral)]);

    await writeReferral(queryClient, {
      id: referral.id,
      changes: received,
      policy: 'auto-reapply',
    });

    expect(gets(referral.id)).toHaveLength(1);
    const [put] = puts();
    expect(put?.body).toMatchObject({ team: referral.team, consent: referral.consent });
    expect(testSimulator.get(referral.id)).toMatchObject({
      team: referral.team,
      consent: referral.consent,
      ...received,
    });
  });

  test('a complete list item is written from as it is (one request)', async () => {
    const referral = referralIn('new-pending');
    const queryClient = clientWithList([referral]);
    await writeReferral(queryClient, { id: referral.id, changes: received, policy: 'user-merge' });
    expect(testSimulator.requests.map((r) => r.method)).toEqual(['PUT']);
  });

  test('the copy the user decided on is older than the server’s and its stage changed → conflict, not sent', async () => {
    const referral = referralIn('new-pending');
    const queryClient = clientWithList([summaryOf(referral)]);
    testSimulator.modify(referral.id, { status: 'Closed', substatus: 'Declined' });

    const error = await writeReferral(queryClient, {
      id: referral.id,
      changes: stagePair('active-accepted'),
      policy: 'auto-reapply',
      seen: referral,
    }).catch((e: unknown) => e);

    expect(isWriteConflict(error) && error.fields).toEqual(['stage']);
    expect(puts()).toHaveLength(0);
  });
});
