import { QueryClient } from '@tanstack/react-query';
import { setReferralApi } from './api-registry';
import { createHttpClient } from './http-client';
import { planPartitions } from './list-partitions';
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
    // The list loads as slices; the first slice has two pages, the others are empty.
    const first = encodeURIComponent(planPartitions({}, 'fine')[0]?.filter ?? '');
    const seen = flakyServer(1, (url) =>
      url.includes('skiptoken')
        ? { value: [{ ...referral, id: 'r-2' }] }
        : url.includes(first)
          ? { value: [referral], '@odata.nextLink': 'https://api.test/r?$skiptoken=2' }
          : { value: [] },
    );
    const queryClient = client();
    // The first attempt's first request fails (503); the retry loads every slice again.
    const list = await queryClient.fetchQuery(referralQueries.list({}));
    expect(list.items.map((r) => r.id)).toEqual(['r-1', 'r-2']);
    const firstSlice = seen.filter((s) => s.url.includes(first));
    expect(firstSlice).toHaveLength(2);
    expect(firstSlice[1]?.id).toBe(firstSlice[0]?.id);
    const second = seen.filter((s) => s.url.includes('skiptoken'));
    expect(second).toHaveLength(1);
    expect(second[0]?.id).not.toBe(firstSlice[0]?.id);
    // Every request of one attempt has its own id.
    const attempt = seen.slice(-second.length - planPartitions({}, 'fine').length);
    expect(new Set(attempt.map((s) => s.id)).size).toBe(attempt.length);
  });
});
