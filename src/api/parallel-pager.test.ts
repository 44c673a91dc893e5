import { http, HttpResponse } from 'msw';
import { PARTNER_REFERRALS_URL } from '../domain/api-contract';
import { server, testSimulator } from '../mocks/node';
import { isApiError } from './api-error';
import { createHttpClient } from './http-client';
import { planPartitions } from './list-partitions';
import { getReferralsInParallel, MAX_IN_FLIGHT, type ParallelProgress } from './parallel-pager';
import type { ReferralApi } from './referrals';

/** The app's client over the MSW simulator, counting requests in flight. */
function countingApi() {
  const stats = { inFlight: 0, maxInFlight: 0, urls: [] as string[] };
  const api: ReferralApi = {
    http: createHttpClient({
      baseUrl: PARTNER_REFERRALS_URL,
      timeoutMs: 5000,
      fetch: async (input, init) => {
        stats.urls.push(input instanceof Request ? input.url : input.toString());
        stats.inFlight += 1;
        stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
        try {
          return await fetch(input, init);
        } finally {
          stats.inFlight -= 1;
        }
      },
    }),
    writeMethod: 'put',
  };
  return { api, stats };
}

const filterOf = (url: string) => new URL(url).searchParams.get('$filter') ?? '';
const sortedIds = (items: readonly { id: string }[]) => items.map((r) => r.id).sort();

describe('getReferralsInParallel', () => {
  test('a list that fits on one page costs one request', async () => {
    testSimulator.reset({ size: 60 });
    const { api, stats } = countingApi();
    expect(await getReferralsInParallel(api, {})).toHaveLength(60);
    expect(stats.urls).toHaveLength(1);
  });

  test('loads every referral once with at most 4 requests in flight, open ones first', async () => {
    testSimulator.reset({ size: 900 });
    testSimulator.faults.set({ latencyMs: 15 });
    const { api, stats } = countingApi();
    const progress: ParallelProgress[] = [];
    const items = await getReferralsInParallel(api, {}, { onProgress: (p) => progress.push(p) });

    expect(sortedIds(items)).toEqual(sortedIds(testSimulator.all()));
    expect(stats.maxInFlight).toBe(MAX_IN_FLIGHT);
    // The open referrals are all there before the last closed one arrives.
    const openIds = testSimulator.all().filter((r) => r.status === 'New' || r.status === 'Active');
    const openDone = progress.find((p) => p.isOpenComplete);
    expect(openDone).toBeDefined();
    expect(openDone?.isComplete).toBe(false);
    expect(sortedIds(openDone?.items.filter((r) => r.status !== 'Closed') ?? [])).toEqual(
      sortedIds(openIds),
    );
    // Progress only grows, and ends complete with the total.
    const counts = progress.map((p) => p.items.length);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(progress.at(-1)).toMatchObject({ isComplete: true, items: { length: 900 } });
  });

  test('a refused filter (400) falls back to coarser slices, then to one chain', async () => {
    testSimulator.reset({ size: 120 });
    // This server knows neither `ne` nor filtering by status.
    server.use(
      http.get(PARTNER_REFERRALS_URL, ({ request }) =>
        / ne |status eq/.test(filterOf(request.url))
          ? HttpResponse.json(
              { error: { code: 'invalidRequest', message: 'Unsupported filter' } },
              { status: 400 },
            )
          : undefined,
      ),
    );
    const { api, stats } = countingApi();
    const items = await getReferralsInParallel(api, {});
    expect(sortedIds(items)).toEqual(sortedIds(testSimulator.all()));
    const unfiltered = stats.urls.filter((u) => filterOf(u) === '' && !u.includes('skiptoken'));
    expect(unfiltered).toHaveLength(1); // the first page, whose chain is then followed
    expect(stats.urls.some((u) => filterOf(u) === "status eq 'New'")).toBe(true);
  });

  test('a 429 pauses the load for its Retry-After, then the same page is asked again', async () => {
    testSimulator.reset({ size: 150 });
    const first = planPartitions({}, 'fine')[0]?.filter;
    let throttledAt = 0;
    const askedAt: number[] = [];
    server.use(
      http.get(PARTNER_REFERRALS_URL, ({ request }) => {
        askedAt.push(Date.now());
        if (filterOf(request.url) !== first || throttledAt) return undefined;
        throttledAt = Date.now();
        return HttpResponse.json(
          { error: { code: 'throttled', message: 'Slow down' } },
          { status: 429, headers: { 'Retry-After': '1' } },
        );
      }),
    );
    const { api, stats } = countingApi();
    const items = await getReferralsInParallel(api, {});
    expect(sortedIds(items)).toEqual(sortedIds(testSimulator.all()));
    expect(stats.urls.filter((u) => filterOf(u) === first)).toHaveLength(2);
    // Nothing was asked during the pause, beyond what was already on its way.
    const during = askedAt.filter((t) => t > throttledAt + 50 && t < throttledAt + 950);
    expect(during).toHaveLength(0);
  });

  test('a failing slice lets the others finish, then the load fails with its error', async () => {
    testSimulator.reset({ size: 200 });
    server.use(
      http.get(PARTNER_REFERRALS_URL, ({ request }) =>
        filterOf(request.url).includes("status eq 'Closed'")
          ? HttpResponse.json({ error: { code: 'x', message: 'Busy' } }, { status: 503 })
          : undefined,
      ),
    );
    const { api } = countingApi();
    let last: ParallelProgress | undefined;
    const error: unknown = await getReferralsInParallel(
      api,
      {},
      { onProgress: (p) => (last = p) },
    ).catch((e: unknown) => e);
    expect(isApiError(error) && error.status).toBe(503);
    // Every open referral, and the closed ones the first page of the whole list brought.
    const all = testSimulator.all();
    const loaded = new Set([...all.slice(0, 100), ...all.filter((r) => r.status !== 'Closed')]);
    expect(sortedIds(last?.items ?? [])).toEqual(sortedIds([...loaded]));
    expect(last?.isComplete).toBe(false);
  });
});

describe('batched progress', () => {
  test('fewer updates than pages, each a growing list without duplicates, open ones at once', async () => {
    testSimulator.reset({ size: 900 });
    testSimulator.faults.set({ latencyMs: 15 });
    const { api, stats } = countingApi();
    const progress: ParallelProgress[] = [];
    const items = await getReferralsInParallel(
      api,
      {},
      { onProgress: (p) => progress.push(p), progressIntervalMs: () => 10_000 },
    );
    expect(sortedIds(items)).toEqual(sortedIds(testSimulator.all()));
    // First rows, every open referral in, the end: not one per page.
    expect(progress.length).toBeLessThan(stats.urls.length);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress[0]?.items.length).toBe(100);
    const openDone = progress.find((p) => p.isOpenComplete);
    expect(openDone?.isComplete).toBe(false);
    const openIds = testSimulator.all().filter((r) => r.status !== 'Closed');
    expect(sortedIds(openDone?.items.filter((r) => r.status !== 'Closed') ?? [])).toEqual(
      sortedIds(openIds),
    );
    for (const p of progress) expect(new Set(p.items.map((r) => r.id)).size).toBe(p.items.length);
    const counts = progress.map((p) => p.items.length);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(progress.at(-1)).toMatchObject({ isComplete: true, items: { length: 900 } });
  });

  test('the last pages before a pause are shown by a trailing update', async () => {
    testSimulator.reset({ size: 900 });
    testSimulator.faults.set({ latencyMs: 15 });
    const { api } = countingApi();
    const progress: ParallelProgress[] = [];
    await getReferralsInParallel(
      api,
      {},
      { onProgress: (p) => progress.push(p), progressIntervalMs: 60 },
    );
    // More than the forced updates: the interval let some through while pages kept arriving.
    expect(progress.length).toBeGreaterThan(3);
  });
});
