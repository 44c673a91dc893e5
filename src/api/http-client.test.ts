import { createHttpClient } from './http-client';
import { ApiError } from './api-error';
import { referralSchema } from '../domain/referral-schema';
import * as z from 'zod/mini';

type Call = { url: string; init: RequestInit };

function fakeFetch(responses: (() => Response | Promise<Response>)[]) {
  const calls: Call[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    calls.push({ url: input instanceof Request ? input.url : input.toString(), init: init ?? {} });
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    return Promise.resolve(next());
  };
  return { calls, fetch: fetchImpl };
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });

const headersOf = (call: Call | undefined) => new Headers(call?.init.headers);

describe('createHttpClient', () => {
  test('sends the Partner API headers: bearer token, client-request-id, MS-CorrelationId, If-Match', async () => {
    const { calls, fetch } = fakeFetch([json(200, {}), json(200, {})]);
    const client = createHttpClient({
      baseUrl: 'https://api.example/v1.0/engagements/referrals',
      fetch,
      correlationId: 'corr-1',
      getToken: () => Promise.resolve('tok'),
    });
    await client.request({ method: 'PUT', url: 'abc', body: { a: 1 }, ifMatch: '"etag-1"' });
    await client.request({ url: '' });
    const first = headersOf(calls[0]);
    expect(calls[0]?.url).toBe('https://api.example/v1.0/engagements/referrals/abc');
    expect(first.get('Authorization')).toBe('Bearer tok');
    expect(first.get('If-Match')).toBe('"etag-1"');
    expect(first.get('MS-CorrelationId')).toBe('corr-1');
    expect(first.get('Content-Type')).toBe('application/json');
    expect(calls[0]?.init.body).toBe('{"a":1}');
    const second = headersOf(calls[1]);
    expect(second.get('MS-CorrelationId')).toBe('corr-1');
    // A new client-request-id per logical call.
    expect(second.get('client-request-id')).not.toBe(first.get('client-request-id'));
    expect(second.get('If-Match')).toBeNull();
  });

  test('reuses a given client-request-id (retries of one logical call)', async () => {
    const { calls, fetch } = fakeFetch([json(200, {}), json(200, {})]);
    const client = createHttpClient({ baseUrl: 'https://x.test/r', fetch });
    await client.request({ url: '1', clientRequestId: 'same' });
    await client.request({ url: '1', clientRequestId: 'same' });
    expect(calls.map((c) => headersOf(c).get('client-request-id'))).toEqual(['same', 'same']);
  });

  test('encodes query options and upgrades http nextLinks of the Partner host to https', async () => {
    const { calls, fetch } = fakeFetch([json(200, {}), json(200, {})]);
    const client = createHttpClient({
      baseUrl: 'https://api.partner.microsoft.com/v1.0/engagements/referrals',
      fetch,
    });
    await client.request({
      url: '',
      query: { $filter: "status eq 'New'", $top: '100', $skip: undefined },
    });
    await client.request({ url: 'http://api.partner.microsoft.com/v1.0/referrals?$skiptoken=abc' });
    expect(calls[0]?.url).toBe(
      "https://api.partner.microsoft.com/v1.0/engagements/referrals?$filter=status%20eq%20'New'&$top=100",
    );
    expect(calls[1]?.url).toBe('https://api.partner.microsoft.com/v1.0/referrals?$skiptoken=abc');
  });

  test.each([
    [
      'OData envelope',
      { error: { code: 'preconditionFailed', message: 'Etag mismatch', target: 'ETag' } },
      { status: 412, code: 'preconditionFailed', message: 'Etag mismatch', target: 'ETag' },
    ],
    [
      'older {code, description}',
      { code: 600012, description: 'Bad thing' },
      { status: 400, code: '600012', message: 'Bad thing', target: undefined },
    ],
    [
      'no body shape',
      'oops',
      { status: 500, code: undefined, message: 'The server answered 500.', target: undefined },
    ],
  ])('turns an error response with %s into one ApiError', async (_name, body, expected) => {
    const { fetch } = fakeFetch([
      json(expected.status, body, { 'Retry-After': '7', 'Request-ID': 'req-9' }),
    ]);
    const client = createHttpClient({ baseUrl: 'https://x.test/r', fetch });
    const error = await client.request({ url: '1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'http',
      ...expected,
      retryAfterMs: 7000,
      requestId: 'req-9',
    });
  });

  test('a body that fails the schema is an invalid-response error naming the field', async () => {
    const { fetch } = fakeFetch([json(200, { id: 'x', status: 'Bogus', substatus: 'Pending' })]);
    const client = createHttpClient({ baseUrl: 'https://x.test/r', fetch });
    const error = await client
      .request({ url: 'x', schema: referralSchema })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'invalid-response', status: 200 });
    expect((error as ApiError).message).toContain('status');
  });

  test.each([
    [
      { id: 'x', status: 'Bogus', substatus: 'Pending' },
      'at status: expected one of "None", "New"',
    ],
    [{ id: 'x', status: 'New', substatus: 'Pending', name: 7 }, 'at name: expected string'],
    [{ id: '', status: 'New', substatus: 'Pending' }, 'at id: too small (minimum 1)'],
    [
      { id: 'x', status: 'New', substatus: 'Pending', details: { dealValue: 'lots' } },
      'at details.dealValue: not any of the accepted shapes',
    ],
  ])('the invalid-response message says where and what: %j', async (body, words) => {
    const { fetch } = fakeFetch([json(200, body)]);
    const client = createHttpClient({ baseUrl: 'https://x.test/r', fetch });
    const error = await client
      .request({ url: 'x', schema: referralSchema })
      .catch((e: unknown) => e);
    expect((error as ApiError).message).toContain(words);
  });

  test('a body that is not JSON is an invalid-response error', async () => {
    const { fetch } = fakeFetch([() => new Response('<html>', { status: 200 })]);
    const client = createHttpClient({ baseUrl: 'https://x.test/r', fetch });
    await expect(client.request({ url: 'x', schema: z.object({}) })).rejects.toMatchObject({
      kind: 'invalid-response',
    });
  });

  test('a failed fetch is a network error; a slow one a timeout', async () => {
    const network = createHttpClient({
      baseUrl: 'https://x.test/r',
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await expect(network.request({ url: 'x' })).rejects.toMatchObject({ kind: 'network' });

    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      );
    const slow = createHttpClient({ baseUrl: 'https://x.test/r', fetch: hanging, timeoutMs: 20 });
    await expect(slow.request({ url: 'x' })).rejects.toMatchObject({ kind: 'timeout' });
  });

  test("the caller's AbortSignal cancels without turning into an API error", async () => {
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        const fail = () => reject(new DOMException('aborted', 'AbortError'));
        if (init?.signal?.aborted) fail();
        init?.signal?.addEventListener('abort', fail);
      });
    const client = createHttpClient({
      baseUrl: 'https://x.test/r',
      fetch: hanging,
      timeoutMs: 10_000,
    });
    const controller = new AbortController();
    const pending = client.request({ url: 'x', signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as DOMException).name).toBe('AbortError');
  });

  test('a 401 asks for sign-in once, then retries with a fresh token', async () => {
    const { calls, fetch } = fakeFetch([
      json(401, { error: { code: 'unauthenticated', message: 'no' } }),
      json(200, { ok: true }),
    ]);
    const tokens = ['old', 'new'];
    const onUnauthenticated = vi.fn(() => Promise.resolve(true));
    const client = createHttpClient({
      baseUrl: 'https://x.test/r',
      fetch,
      getToken: () => Promise.resolve(tokens.shift()),
      onUnauthenticated,
    });
    const result = await client.request<{ ok: boolean }>({ url: 'x' });
    expect(result.data.ok).toBe(true);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(calls.map((c) => headersOf(c).get('Authorization'))).toEqual([
      'Bearer old',
      'Bearer new',
    ]);
    expect(headersOf(calls[0]).get('client-request-id')).toBe(
      headersOf(calls[1]).get('client-request-id'),
    );
  });

  describe('links from responses go only to the configured API origin', () => {
    test.each([
      ['another host', 'https://evil.test/v1.0/engagements/referrals?$skiptoken=a'],
      ['another port', 'https://api.example:8443/v1.0/engagements/referrals?$skiptoken=a'],
      ['plain http to the API host', 'http://api.example/v1.0/engagements/referrals?$skiptoken=a'],
      ['a user-info trick', 'https://api.example@evil.test/r'],
      ['a javascript: URL', 'javascript:alert(1)'],
    ])('%s is refused without a request or a token', async (_, link) => {
      const { calls, fetch } = fakeFetch([json(200, {})]);
      const getToken = vi.fn(() => Promise.resolve('secret'));
      const client = createHttpClient({
        baseUrl: 'https://api.example/v1.0/engagements/referrals',
        fetch,
        getToken,
      });
      const error = await client.request({ url: link }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ kind: 'invalid-response' });
      expect(calls).toHaveLength(0);
      expect(getToken).not.toHaveBeenCalled();
    });

    test('a link on the same origin is followed with the token', async () => {
      const { calls, fetch } = fakeFetch([json(200, {})]);
      const client = createHttpClient({
        baseUrl: 'https://api.example/v1.0/engagements/referrals',
        fetch,
        getToken: () => Promise.resolve('tok'),
      });
      await client.request({ url: 'https://api.example/v1.0/engagements/referrals?$skiptoken=x' });
      expect(calls[0]?.url).toBe('https://api.example/v1.0/engagements/referrals?$skiptoken=x');
      expect(headersOf(calls[0]).get('Authorization')).toBe('Bearer tok');
    });

    test("behind a same-origin proxy, the Partner API's own links go through the proxy", async () => {
      const { calls, fetch } = fakeFetch([json(200, {})]);
      const client = createHttpClient({
        baseUrl: 'https://app.example/partner-api/v1.0/engagements/referrals',
        fetch,
      });
      await client.request({
        url: 'http://api.partner.microsoft.com/v1.0/engagements/referrals?$skiptoken=k1',
      });
      expect(calls[0]?.url).toBe(
        'https://app.example/partner-api/v1.0/engagements/referrals?$skiptoken=k1',
      );
    });
  });
});
