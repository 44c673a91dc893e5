import fc from 'fast-check';
import { ApiError } from './api-error';
import { createHttpClient } from './http-client';
import { getReferral, getReferrals } from './referrals';
import { updateReferral } from './referral-write-requests';
import { referralSchema } from '../domain/referral-schema';
import type { ListProgress } from './referrals';

/**
 * Property tests: whatever the server sends — missing fields, wrong types, huge strings, unknown
 * enum values, non-JSON — the API layer either accepts it tolerantly (per the spec) or rejects it
 * with an ApiError of kind 'invalid-response'. It never throws anything else.
 */

const validReferral = {
  id: 'r-1',
  name: 'Deal',
  status: 'New',
  substatus: 'Pending',
  eTag: '"e"',
  details: { dealValue: 10, currency: 'USD' },
  customerProfile: { name: 'C', ids: [] },
};

const hostileValue = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.string({ minLength: 10_000, maxLength: 20_000 }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'Bogus',
    'Expired',
    '2020-13-45T99:99:99Z',
    '-1e309',
  ),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.anything(), { maxKeys: 3 }),
);

const fields = [
  'id',
  'name',
  'status',
  'substatus',
  'eTag',
  'details',
  'customerProfile',
  'team',
  'createdDateTime',
  'type',
  'direction',
];
const nested = [
  'details.dealValue',
  'details.currency',
  'details.closingDateTime',
  'customerProfile.ids',
  'customerProfile.team',
  'customerProfile.address',
];

const hostileReferral = fc
  .record({
    drop: fc.subarray(fields),
    set: fc.array(fc.tuple(fc.constantFrom(...fields, ...nested), hostileValue), { maxLength: 4 }),
  })
  .map(({ drop, set }) => {
    const referral: Record<string, unknown> = structuredClone(validReferral);
    for (const key of drop) delete referral[key];
    for (const [path, value] of set) {
      const [head, tail] = path.split('.') as [string, string | undefined];
      if (tail === undefined) referral[head] = value;
      else if (typeof referral[head] === 'object' && referral[head] !== null)
        (referral[head] as Record<string, unknown>)[tail] = value;
    }
    return referral;
  });

function apiAnswering(body: string, status = 200, headers: Record<string, string> = {}) {
  const fetchImpl: typeof fetch = () =>
    Promise.resolve(
      new Response(body, {
        status,
        headers: { 'Content-Type': 'application/json', ...headers },
      }),
    );
  return {
    http: createHttpClient({ baseUrl: 'https://api.test/r', fetch: fetchImpl }),
    writeMethod: 'put' as const,
  };
}

async function outcome(run: () => Promise<unknown>): Promise<'ok' | 'invalid-response'> {
  try {
    await run();
    return 'ok';
  } catch (error) {
    if (error instanceof ApiError && error.kind === 'invalid-response') return 'invalid-response';
    throw error;
  }
}

describe('hostile server responses', () => {
  test('a referral is accepted exactly when the schema accepts it, else invalid-response', async () => {
    await fc.assert(
      fc.asyncProperty(hostileReferral, async (referral) => {
        const body = JSON.stringify(referral);
        const result = await outcome(() => getReferral(apiAnswering(body), 'r-1'));
        expect(result).toBe(
          referralSchema.safeParse(JSON.parse(body)).success ? 'ok' : 'invalid-response',
        );
      }),
      { numRuns: 300 },
    );
  });

  test('list pages with hostile items or shapes never throw anything but invalid-response', async () => {
    const page = fc.oneof(
      fc.array(hostileReferral, { maxLength: 4 }).map((value) => ({ value })),
      fc.record({ value: hostileValue }),
      hostileValue,
    );
    await fc.assert(
      fc.asyncProperty(page, async (p) => {
        const body = JSON.stringify(p) ?? '';
        await outcome(() => getReferrals(apiAnswering(body)));
      }),
      { numRuns: 300 },
    );
  });

  test('one hostile item inside a page of good ones costs only that item', async () => {
    const goodItem = fc
      .tuple(fc.nat({ max: 10_000 }), fc.constantFrom('New', 'Active', 'Closed'))
      .map(([n, status]) => ({
        ...validReferral,
        id: `good-${n}`,
        status,
        substatus: status === 'New' ? 'Pending' : status === 'Active' ? 'Accepted' : 'Won',
      }));
    const hostileItem = fc.oneof(
      hostileReferral,
      hostileValue,
      fc.constantFrom(
        { ...validReferral, status: 'Frozen' },
        { ...validReferral, substatus: 'OnHold' },
        {
          ...validReferral,
          details: { requirements: { products: [{ id: null }] } },
        },
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(goodItem, { minLength: 1, maxLength: 6 }),
        hostileItem,
        fc.nat(),
        fc.boolean(),
        async (good, hostile, at, isSecondPage) => {
          const value: unknown[] = good.slice();
          value.splice(at % (good.length + 1), 0, hostile);
          const pages = isSecondPage
            ? [
                { value: [value[0]], '@odata.nextLink': 'https://api.test/r?$skiptoken=2' },
                { value: value.slice(1) },
              ]
            : [{ value }];
          const bodies = pages.map((p) => JSON.stringify(p));
          const fetchImpl: typeof fetch = () =>
            Promise.resolve(
              new Response(bodies.shift(), {
                headers: { 'Content-Type': 'application/json' },
              }),
            );
          const api = {
            http: createHttpClient({ baseUrl: 'https://api.test/r', fetch: fetchImpl }),
            writeMethod: 'put' as const,
          };
          let last: ListProgress | undefined;
          const items = await getReferrals(api, {}, { onPage: (p) => (last = p) });
          // JSON drops undefined: judge the item as it arrived.
          const sent: unknown = (JSON.parse(JSON.stringify(value)) as unknown[])[
            at % (good.length + 1)
          ];
          const isReadable = referralSchema.safeParse(sent).success;
          const sentIds = (JSON.parse(JSON.stringify(value)) as unknown[])
            .filter((v) => referralSchema.safeParse(v).success)
            .map((v) => (v as { id: string }).id);
          expect(items.map((r) => r.id)).toEqual(sentIds);
          expect(items).toHaveLength(good.length + (isReadable ? 1 : 0));
          expect(last?.isComplete).toBe(true);
          expect(last?.unreadable).toHaveLength(isReadable ? 0 : 1);
          if (!isReadable) {
            const [shown] = last?.unreadable ?? [];
            const rawId = (sent as { id?: unknown } | null)?.id;
            expect(shown?.id).toBe(
              typeof rawId === 'string' && rawId.trim() !== '' ? rawId : undefined,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('bodies that are not JSON at all are invalid-response', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string().filter((s) => {
          try {
            JSON.parse(s);
            return false;
          } catch {
            return true;
          }
        }),
        async (text) => {
          expect(await outcome(() => getReferral(apiAnswering(text), 'r-1'))).toBe(
            'invalid-response',
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  test('a save answered with a hostile body is accepted exactly when the schema accepts it', async () => {
    const lastRead = referralSchema.parse(validReferral);
    await fc.assert(
      fc.asyncProperty(hostileReferral, async (referral) => {
        const body = JSON.stringify(referral);
        const result = await outcome(() =>
          updateReferral(apiAnswering(body), { lastRead, changes: { name: 'x' }, eTag: '"e"' }),
        );
        expect(result).toBe(
          referralSchema.safeParse(JSON.parse(body)).success ? 'ok' : 'invalid-response',
        );
      }),
      { numRuns: 200 },
    );
  });

  test('error answers with hostile bodies and Retry-After headers are http ApiErrors, nothing else', async () => {
    const errorBody = fc.oneof(
      hostileValue.map((v) => JSON.stringify(v) ?? ''),
      fc.string(),
      fc
        .record({ error: fc.record({ code: hostileValue, message: hostileValue }) })
        .map((v) => JSON.stringify(v)),
    );
    const retryAfter = fc.oneof(
      fc.string(),
      fc.integer().map(String),
      fc.double().map(String),
      fc.constantFrom('Wed, 21 Oct 2015 07:28:00 GMT', '1e400', '-5', ''),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 400, max: 599 }),
        errorBody,
        retryAfter,
        async (status, body, after) => {
          // Header values must be ISO-8859-1 without line breaks, or the Response itself refuses them.
          const header = after.replace(/[^\x20-\x7e]/g, '');
          const error = await getReferral(
            apiAnswering(body, status, { 'Retry-After': header }),
            'r-1',
          ).then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(ApiError);
          expect(error).toMatchObject({ kind: 'http', status });
          const wait = (error as ApiError).retryAfterMs;
          if (wait !== undefined) expect(wait >= 0 && Number.isFinite(wait)).toBe(true);
          expect(typeof (error as ApiError).message).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });

  test('tolerant where the spec says the service is inconsistent', async () => {
    const variants = [
      { ...validReferral, customerProfile: { ids: {} } },
      { ...validReferral, customerProfile: { ids: { duns: '123', external: 'X' } } },
      { ...validReferral, details: { dealValue: '10000', currency: 'USD' } },
      {
        ...validReferral,
        createdDateTime: '2018-10-30T21:03:42.4579542Z',
        expirationDateTime: '2018-11-13T00:00:00Z',
      },
      { ...validReferral, somethingNew: { nested: true } },
    ];
    for (const v of variants) {
      const parsed = await getReferral(apiAnswering(JSON.stringify(v)), 'r-1');
      expect(parsed.id).toBe('r-1');
    }
  });
});
