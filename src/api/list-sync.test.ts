import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { PARTNER_REFERRALS_URL } from '../domain/api-contract';
import { referralSchema, type Referral } from '../domain/referral-schema';
import { server, testSimulator } from '../mocks/node';
import { referralApi } from './api-registry';
import {
  canRefreshByDelta,
  deltaFilter,
  FULL_RELOAD_AFTER_MS,
  mergeDelta,
  newestUpdate,
} from './list-sync';
import { referralQueries } from './referral-queries';

const ref = (id: string, updatedDateTime: string, name = id) =>
  ({ id, name, status: 'New', substatus: 'Pending', updatedDateTime }) as Referral;

describe('mergeDelta', () => {
  test('an updated referral replaces its copy in place, a new one is added, the rest stay as they are', () => {
    const unchanged = ref('a', '2026-11-01T00:00:00Z');
    const old = ref('b', '2026-11-02T00:00:00Z', 'old name');
    const updated = ref('b', '2026-11-20T00:00:00Z', 'new name');
    const added = ref('c', '2026-11-21T00:00:00Z');
    const merged = mergeDelta([unchanged, old], [updated, added]);
    expect(merged.map((r) => [r.id, r.name])).toEqual([
      ['a', 'a'],
      ['b', 'new name'],
      ['c', 'c'],
    ]);
    expect(merged[0]).toBe(unchanged);
  });

  test('no change: the same referrals', () => {
    const items = [ref('a', '2026-11-01T00:00:00Z')];
    expect(mergeDelta(items, [])).toEqual(items);
  });
});

describe('newestUpdate and when a delta may run', () => {
  test.each([
    [[], undefined],
    [
      ['2026-11-01T00:00:00Z', '2026-11-03T00:00:00.1234567Z', '2026-11-02T00:00:00Z'],
      '2026-11-03T00:00:00.1234567Z',
    ],
    [['2026-11-01T10:00:00+02:00', '2026-11-01T09:00:00Z'], '2026-11-01T09:00:00Z'],
  ])('newest of %j is %s', (dates, newest) => {
    expect(newestUpdate(dates.map((d, i) => ref(String(i), d)))).toBe(newest);
  });

  const now = Date.parse('2026-11-24T12:00:00Z');
  test.each([
    [
      'a complete list loaded an hour ago',
      { isComplete: true, syncedThrough: 'x', fullAt: now - 3_600_000 },
      true,
    ],
    ['a list still loading', { isComplete: false, syncedThrough: 'x', fullAt: now }, false],
    ['a list never loaded in full', { isComplete: true }, false],
    // Deletions cannot be seen by a delta: at least daily the whole list loads again.
    [
      'a full load more than a day old',
      { isComplete: true, syncedThrough: 'x', fullAt: now - FULL_RELOAD_AFTER_MS - 1 },
      false,
    ],
  ])('%s: delta %s', (_, list, expected) => {
    expect(canRefreshByDelta(list, now)).toBe(expected);
  });

  test('the delta filter asks for what changed after a time', () => {
    expect(deltaFilter('2026-11-20T10:00:00Z')).toBe("updatedDateTime gt '2026-11-20T10:00:00Z'");
  });
});

describe('the list query refreshes by delta', () => {
  const listGets = () =>
    testSimulator.requests.filter(
      (r) => r.method === 'GET' && !/referrals\/./.test(new URL(r.url).pathname),
    );

  async function createReferral(name: string) {
    const { data } = await referralApi().http.request({
      method: 'POST',
      url: '',
      body: {
        name,
        type: 'Independent',
        customerProfile: { name: 'Tailspin Toys' },
        consent: { consentToContact: true },
        details: { dealValue: 5000, currency: 'USD' },
      },
      schema: referralSchema,
    });
    return data;
  }

  test('an updated and a new referral are merged; the unchanged ones are kept; one request', async () => {
    testSimulator.reset({ size: 30 });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const first = await queryClient.fetchQuery(referralQueries.list({}));
    expect(first.items).toHaveLength(30);

    const target = testSimulator.all()[3]!;
    testSimulator.modify(target.id, { name: 'Changed elsewhere' });
    const added = await createReferral('Made meanwhile');
    testSimulator.clearRequests();

    const next = await queryClient.fetchQuery({ ...referralQueries.list({}), staleTime: 0 });
    const requests = listGets();
    expect(requests).toHaveLength(1);
    expect(new URL(requests[0]!.url).searchParams.get('$filter')).toBe(
      deltaFilter(first.syncedThrough ?? ''),
    );
    expect(next.items).toHaveLength(31);
    expect(next.items.find((r) => r.id === target.id)?.name).toBe('Changed elsewhere');
    expect(next.items.at(-1)?.id).toBe(added.id);
    const unchanged = first.items.find((r) => r.id !== target.id);
    expect(next.items.find((r) => r.id === unchanged?.id)).toBe(unchanged);
    expect(next.fullAt).toBe(first.fullAt);
  });

  test('a server that refuses the delta filter gets a full reload', async () => {
    testSimulator.reset({ size: 30 });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const first = await queryClient.fetchQuery(referralQueries.list({}));
    let refused = 0;
    server.use(
      http.get(PARTNER_REFERRALS_URL, ({ request }) => {
        if (!(new URL(request.url).searchParams.get('$filter') ?? '').includes('updatedDateTime'))
          return undefined;
        refused += 1;
        return HttpResponse.json(
          { error: { code: 'invalidRequest', message: 'Unknown property' } },
          { status: 400 },
        );
      }),
    );
    testSimulator.clearRequests();
    const next = await queryClient.fetchQuery({ ...referralQueries.list({}), staleTime: 0 });
    expect(next.items).toHaveLength(30);
    expect(refused).toBe(1);
    // The whole list again: 30 referrals fit on its first page.
    expect(listGets().map((r) => new URL(r.url).searchParams.get('$filter'))).toEqual([null]);
    expect(next.fullAt).toBeGreaterThanOrEqual(first.fullAt ?? Infinity);
  });
});
