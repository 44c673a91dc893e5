import { QueryClient } from '@tanstack/react-query';
import { setReferralApi } from './api-registry';
import { createHttpClient } from './http-client';
import { PARTITION_LEVELS, planPartitions } from './list-partitions';
import { referralQueries } from './referral-queries';

const referral = { id: 'r-1', name: 'Deal', status: 'New', substatus: 'Pending', eTag: '"e"' };

/** A server that fails the first `failures` calls with 503, then answers; records request ids. */
function flakyServer(failures: number, body: (url: string) => unknown) {
  const seen: { url: string; id: string | null }[] = [];
  let left = failures;
  const fetchImpl: typeof fetch = (input, init) => {
    const url = input instanceof Request ? input.url : input.toString();
    seen.push({ url, id: new Headers(init?.headers).get('client-request-id') });
    if (left > 0) {
      left -= 1;
      return Promise.resolve(
        new Response('{"error":{"code":"serviceNotAvailable","message":"busy"}}', { status: 503 }),
      );
    }
    return Promise.resolve(new Response(JSON.stringify(body(url)), { status: 200 }));
  };
  setReferralApi({
    http: createHttpClient({ baseUrl: 'https://api.test/r', fetch: fetchImpl }),
    writeMethod: 'put',
  });
  return seen;
}

const client = () => new QueryClient({ defaultOptions: { queries: { retry: 2, retryDelay: 0 } } });

describe('client-request-id per logical call', () => {
  test('a query retried after 503s sends the same id each time; the next fetch a new one', async () => {
    const seen = flakyServer(2, () => referral);
    const queryClient = client();
    await queryClient.fetchQuery(referralQueries.detail('r-1'));
    expect(seen).toHaveLength(3);
    expect(new Set(seen.map((s) => s.id)).size).toBe(1);

    await queryClient.fetchQuery({ ...referralQueries.detail('r-1'), staleTime: 0 });
    expect(seen).toHaveLength(4);
    expect(seen[3]?.id).not.toBe(seen[0]?.id);
  });

  test('a retried list reuses each page’s id', async () => {
    // One page of the whole list, then slices; the first slice has two pages, the others none.
    // (Its chain read from the other end, `desc`, finds nothing.)
    const first = encodeURIComponent(
      planPartitions({}, PARTITION_LEVELS[0] ?? 'fine')[0]?.filter ?? '',
    );
    const seen = flakyServer(1, (url) =>
      url.includes('skiptoken')
        ? { value: [{ ...referral, id: 'r-2' }] }
        : (url.includes(first) && !url.includes('desc')) || !url.includes('filter')
          ? { value: [referral], '@odata.nextLink': 'https://api.test/r?$skiptoken=2' }
          : { value: [] },
    );
    const queryClient = client();
    // The first request (the whole list's first page) fails with 503; the retry starts again.
    const list = await queryClient.fetchQuery(referralQueries.list({}));
    expect(list.items.map((r) => r.id)).toEqual(['r-1', 'r-2']);
    const probes = seen.filter((s) => !s.url.includes('filter') && !s.url.includes('skiptoken'));
    expect(probes).toHaveLength(2);
    expect(probes[1]?.id).toBe(probes[0]?.id);
    const slices = seen.filter((s) => s.url.includes('filter'));
    const next = seen.filter((s) => s.url.includes('skiptoken'));
    expect(next).toHaveLength(1);
    // Every request of the load has its own id.
    const ids = [probes[1], ...slices, ...next].map((s) => s?.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
