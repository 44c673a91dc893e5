import { http, HttpResponse } from 'msw';
import { PARTNER_REFERRALS_URL } from '../domain/api-contract';
import { compileFilter, server, testSimulator } from '../mocks/node';
import { isApiError } from './api-error';
import { createHttpClient } from './http-client';
import { PARTITION_LEVELS, planPartitions } from './list-partitions';
import { getReferralsInParallel } from './list-load';
import { MAX_IN_FLIGHT, type ParallelProgress } from './parallel-pager';
import type { ReferralApi } from './referrals';

/** The app's client over the MSW simulator, counting requests in flight. */
function countingApi(
  rewrite: (url: string) => string = (url) => url,
  reply: (response: Response, url: string) => Promise<Response> | Response = (response) => response,
) {
  const stats = { inFlight: 0, maxInFlight: 0, urls: [] as string[] };
  const api: ReferralApi = {
    http: createHttpClient({
      baseUrl: PARTNER_REFERRALS_URL,
      timeoutMs: 5000,
      fetch: async (input, init) => {
        const url = rewrite(input instanceof Request ? input.url : input.toString());
        stats.urls.push(url);
        stats.inFlight += 1;
        stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
        try {
          return await reply(await fetch(url, init), url);
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

  test("a server filter the user chose is one chain: its first page's link is followed to the end", async () => {
    testSimulator.reset({ size: 600 });
    const { api, stats } = countingApi();
    const matching = testSimulator.all().filter((r) => r.status === 'Closed');
    expect(matching.length).toBeGreaterThan(100);
    const items = await getReferralsInParallel(api, { status: 'Closed' });
    expect(sortedIds(items)).toEqual(sortedIds(matching));
    // One page of the filter, then its next links: no slices.
    expect(stats.urls).toHaveLength(Math.ceil(matching.length / 100));
    expect(filterOf(stats.urls[0] ?? '')).toBe("status eq 'Closed'");
    expect(stats.urls.slice(1).every((url) => url.includes('$skiptoken='))).toBe(true);
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

  test('the slices are asked for only after the first rows have been handed over and painted', async () => {
    testSimulator.reset({ size: 300 });
    const { api, stats } = countingApi();
    const seen: string[] = [];
    let release: () => void = () => undefined;
    const painted = new Promise<void>((resolve) => (release = resolve));
    const loading = getReferralsInParallel(
      api,
      {},
      {
        onProgress: (p) => seen.push(`progress ${p.items.length}`),
        afterFirstRows: () => {
          seen.push(`paint wait after ${stats.urls.length} request`);
          return painted;
        },
      },
    );
    await vi.waitFor(() => expect(seen).toContain('paint wait after 1 request'));
    await new Promise((r) => setTimeout(r, 30));
    expect(stats.urls).toHaveLength(1);
    expect(seen).toEqual(['progress 100', 'paint wait after 1 request']);
    release();
    expect(await loading).toHaveLength(300);
    expect(stats.urls.length).toBeGreaterThan(1);
  });

  test('a long slice is read from both ends at once, and each referral comes once', async () => {
    testSimulator.reset({ size: 900 });
    testSimulator.faults.set({ latencyMs: 15 });
    const { api, stats } = countingApi();
    const items = await getReferralsInParallel(api, {});
    expect(items).toHaveLength(900);
    expect(sortedIds(items)).toEqual(sortedIds(testSimulator.all()));
    const orderOf = (u: string) => new URL(u).searchParams.get('$orderby');
    const firstPages = stats.urls.filter((u) => !u.includes('skiptoken'));
    // Every slice from its oldest end; the ones longer than a page from the newest end too.
    const slices = planPartitions({}, PARTITION_LEVELS[0] ?? 'fine');
    expect(firstPages.filter((u) => orderOf(u) === 'updatedDateTime asc')).toHaveLength(
      slices.length,
    );
    const long = slices.filter(
      (s) => testSimulator.all().filter(compileFilter(s.filter ?? '')).length > 100,
    );
    expect(long.length).toBeGreaterThan(0);
    const twins = firstPages.filter((u) => orderOf(u) === 'updatedDateTime desc');
    expect(twins.map(filterOf).sort()).toEqual(long.map((s) => s.filter).sort());
    // Where the ends meet they overlap by at most a page: no more than one extra per slice.
    const pages = slices.map((s) =>
      Math.max(
        1,
        Math.ceil(testSimulator.all().filter(compileFilter(s.filter ?? '')).length / 100),
      ),
    );
    expect(stats.urls.length).toBeLessThanOrEqual(
      1 + pages.reduce((a, b) => a + b, 0) + long.length,
    );
  });

  test('a server that ignores $orderby still gives every referral once (one chain per slice)', async () => {
    testSimulator.reset({ size: 2500 }); // slices of several pages
    const drop = (url: string) => {
      const u = new URL(url);
      u.searchParams.delete('$orderby');
      return u.toString();
    };
    // Its own order, whatever was asked: each page's items the other way round.
    const reverse = async (response: Response) => {
      const body = (await response.json()) as { value: unknown[] };
      return Response.json({ ...body, value: body.value.reverse() }, response);
    };
    const { api } = countingApi(drop, reverse);
    const items = await getReferralsInParallel(api, {});

    expect(sortedIds(items)).toEqual(sortedIds(testSimulator.all()));
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
    // The first slice's first page (its ascending chain; a twin would ask with `desc`).
    const first = planPartitions({}, PARTITION_LEVELS[0] ?? 'fine')[0]?.filter;
    let throttledAt = 0;
    const askedAt: number[] = [];
    server.use(
      http.get(PARTNER_REFERRALS_URL, ({ request }) => {
        askedAt.push(Date.now());
        const isAscending = new URL(request.url).searchParams.get('$orderby')?.endsWith('asc');
        if (filterOf(request.url) !== first || !isAscending || throttledAt) return undefined;
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
    // Every slice that is not open (Closed and the rest) fails.
    const closed = planPartitions({}, PARTITION_LEVELS[0] ?? 'fine')
      .filter((s) => !s.isOpen)
      .map((s) => s.filter);
    server.use(
      http.get(PARTNER_REFERRALS_URL, ({ request }) =>
        closed.includes(filterOf(request.url))
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

describe('pipelined pages (docs/decisions/054)', () => {
  test("a chain's next request is sent before its page has been read", async () => {
    testSimulator.reset({ size: 300 });
    const events: string[] = [];
    const { api } = countingApi((url) => {
      events.push(`request ${events.filter((e) => e.startsWith('request')).length + 1}`);
      return url;
    });
    const items = await getReferralsInParallel(
      api,
      {},
      {
        level: 'single',
        progressIntervalMs: 0,
        onProgress: (p) => events.push(`progress ${p.items.length}`),
      },
    );
    expect(sortedIds(items)).toEqual(sortedIds(testSimulator.all()));
    // Page 2 is asked for before page 1's items are handed over, page 3 before page 2's.
    expect(events.indexOf('request 2')).toBeLessThan(events.indexOf('progress 100'));
    expect(events.indexOf('request 3')).toBeLessThan(events.indexOf('progress 200'));
    expect(events.at(-1)).toBe('progress 300');
  });

  test('twins still stop where they meet: per slice at most one page beyond its own pages', async () => {
    testSimulator.reset({ size: 2500 });
    testSimulator.faults.set({ latencyMs: 10 });
    // Which slice each request reads: its own filter, or the one whose page sent the link.
    const sliceOfLink = new Map<string, string>();
    const asked: string[] = [];
    const { api } = countingApi(
      (url) => {
        asked.push(sliceOfLink.get(url) ?? filterOf(url));
        return url;
      },
      async (response, url) => {
        const body = (await response.clone().json()) as { '@odata.nextLink'?: string };
        const link = body['@odata.nextLink'];
        if (link) sliceOfLink.set(link, sliceOfLink.get(url) ?? filterOf(url));
        return response;
      },
    );
    const items = await getReferralsInParallel(api, {});
    expect(sortedIds(items)).toEqual(sortedIds(testSimulator.all()));
    const slices = planPartitions({}, PARTITION_LEVELS[0] ?? 'fine');
    for (const slice of slices) {
      const size = testSimulator.all().filter(compileFilter(slice.filter ?? '')).length;
      const pages = Math.max(1, Math.ceil(size / 100));
      const requests = asked.filter((f) => f === slice.filter).length;
      expect(requests, slice.filter).toBeGreaterThanOrEqual(pages);
      expect(requests, slice.filter).toBeLessThanOrEqual(pages + 1);
    }
  });

  test('a slow first page: the slices are asked for before it is read, their pages read after the paint', async () => {
    testSimulator.reset({ size: 300 });
    testSimulator.faults.set({ latencyMs: 260 });
    const seen: string[] = [];
    const { api, stats } = countingApi();
    let release: () => void = () => undefined;
    const painted = new Promise<void>((resolve) => (release = resolve));
    const loading = getReferralsInParallel(
      api,
      {},
      {
        progressIntervalMs: 0,
        onProgress: (p) => seen.push(`progress ${p.items.length} after ${stats.urls.length}`),
        afterFirstRows: () => painted,
      },
    );
    // The first rows are handed over once the slices' first requests have left.
    await vi.waitFor(() => expect(seen).toHaveLength(1), { timeout: 2000 });
    expect(seen[0]).toMatch(/^progress 100 after [2-5]$/);
    // Their answers come, but nothing of them is read before the first rows are painted.
    await vi.waitFor(() => expect(stats.urls.length).toBeGreaterThan(5), { timeout: 3000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(seen).toHaveLength(1);
    release();
    expect(sortedIds(await loading)).toEqual(sortedIds(testSimulator.all()));
    expect(seen.length).toBeGreaterThan(1);
  });

  test('a slow first page from a server in the page (demo): the slices wait for the paint', async () => {
    testSimulator.reset({ size: 300 });
    testSimulator.faults.set({ latencyMs: 260 });
    const { api: remote, stats } = countingApi();
    const api: ReferralApi = { ...remote, isServerInPage: true };
    let release: () => void = () => undefined;
    const painted = new Promise<void>((resolve) => (release = resolve));
    let asked = -1;
    const loading = getReferralsInParallel(
      api,
      {},
      {
        progressIntervalMs: 0,
        onProgress: () => {
          if (asked < 0) asked = stats.urls.length;
        },
        afterFirstRows: () => painted,
      },
    );
    // Slow because the page is busy: its answers would compete with the first rows' frame.
    await vi.waitFor(() => expect(asked).toBe(1), { timeout: 2000 });
    await new Promise((r) => setTimeout(r, 100));
    expect(stats.urls).toHaveLength(1);
    release();
    expect(sortedIds(await loading)).toEqual(sortedIds(testSimulator.all()));
  });

  test('a slow first page and a refused filter: falls back, every referral once', async () => {
    testSimulator.reset({ size: 250 });
    testSimulator.faults.set({ latencyMs: 260 });
    server.use(
      http.get(PARTNER_REFERRALS_URL, ({ request }) =>
        / ne /.test(filterOf(request.url))
          ? HttpResponse.json(
              { error: { code: 'invalidRequest', message: 'Unsupported filter' } },
              { status: 400 },
            )
          : undefined,
      ),
    );
    const { api, stats } = countingApi();
    const progress: ParallelProgress[] = [];
    const items = await getReferralsInParallel(api, {}, { onProgress: (p) => progress.push(p) });
    expect(sortedIds(items)).toEqual(sortedIds(testSimulator.all()));
    expect(stats.urls.some((u) => filterOf(u) === "status eq 'New'")).toBe(true);
    expect(progress[0]?.items).toHaveLength(100);
    expect(progress.at(-1)).toMatchObject({ isComplete: true, items: { length: 250 } });
  });

  test('a 429 on a page that follows a page still being read pauses every chain', async () => {
    testSimulator.reset({ size: 1500 });
    let throttledAt = 0;
    const askedAt: number[] = [];
    server.use(
      http.get(PARTNER_REFERRALS_URL, ({ request }) => {
        askedAt.push(Date.now());
        // The first next link of any slice (a pipelined request) is throttled once.
        if (throttledAt || !new URL(request.url).searchParams.has('$skiptoken')) return undefined;
        if (askedAt.length < 6) return undefined; // the first page of the whole list, and more
        throttledAt = Date.now();
        return HttpResponse.json(
          { error: { code: 'throttled', message: 'Slow down' } },
          { status: 429, headers: { 'Retry-After': '1' } },
        );
      }),
    );
    const { api } = countingApi();
    const items = await getReferralsInParallel(api, {});
    expect(sortedIds(items)).toEqual(sortedIds(testSimulator.all()));
    expect(throttledAt).toBeGreaterThan(0);
    const during = askedAt.filter((t) => t > throttledAt + 50 && t < throttledAt + 950);
    expect(during).toHaveLength(0);
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
