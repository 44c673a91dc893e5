import { referralApi } from '../../api/api-registry';
import { getReferrals } from '../../api/referrals';
import { referralListPageSchema, type Referral } from '../../domain/referral-schema';
import { apiErrorOf, send } from '../../test/contract-helpers';
import { testSimulator as sim } from '../node';

/** The list contract (spec 3.1, B16, B17) through the app's client. */

async function listPage(query: Record<string, string>) {
  const { data } = await referralApi().http.request({
    url: '',
    query,
    schema: referralListPageSchema,
  });
  return data;
}

const ids = (items: readonly Referral[]) => items.map((r) => r.id);

describe('paging', () => {
  test('250 referrals come as pages of 100, 100 and 50 linked by @odata.nextLink', async () => {
    sim.reset({ size: 250 });
    const pages: number[] = [];
    const items = await getReferrals(
      referralApi(),
      {},
      {
        onPage: (p) => pages.push(p.items.length),
      },
    );
    expect(ids(items)).toEqual(ids(sim.all()));
    expect(pages).toEqual([100, 200, 250]);

    const gets = sim.requests.filter((r) => r.method === 'GET');
    expect(gets).toHaveLength(3);
    expect(gets[0]?.url).toContain('$top=100');
    const first = await send('GET', '?$top=100');
    const second = await send(
      'GET',
      (first.body as { '@odata.nextLink': string })['@odata.nextLink'],
    );
    const third = await send(
      'GET',
      (second.body as { '@odata.nextLink': string })['@odata.nextLink'],
    );
    expect(
      [first, second, third].map((r) => (r.body as { '@odata.count': number })['@odata.count']),
    ).toEqual([100, 100, 50]);
    expect(third.body).not.toHaveProperty('@odata.nextLink');
  });

  test('the skip token keeps the filter, order and page size of the first request', async () => {
    sim.reset({ size: 250 });
    const expected = sim
      .all()
      .filter((r) => r.direction === 'Incoming')
      .sort((a, b) => (a.createdDateTime! < b.createdDateTime! ? 1 : -1));
    const items: Referral[] = [];
    let page = await listPage({
      $filter: "direction eq 'Incoming'",
      $orderby: 'createdDateTime desc',
      $top: '40',
    });
    for (;;) {
      expect(page.value.length).toBeLessThanOrEqual(40);
      items.push(...page.value);
      const next = page['@odata.nextLink'];
      if (!next) break;
      expect(next).toMatch(
        /^https:\/\/api\.partner\.microsoft\.com\/v1\.0\/engagements\/referrals\?\$skiptoken=/,
      );
      page = (await referralApi().http.request({ url: next, schema: referralListPageSchema })).data;
    }
    expect(ids(items)).toEqual(ids(expected));
  });

  test('no nextLink when everything fits on one page', async () => {
    const page = await listPage({});
    expect(page['@odata.count']).toBe(60);
    expect(page['@odata.nextLink']).toBeUndefined();
  });

  test('$skip starts later; $top=0 answers an empty page', async () => {
    expect(ids((await listPage({ $skip: '55' })).value)).toEqual(ids(sim.all().slice(55)));
    const empty = await listPage({ $top: '0' });
    expect(empty).toMatchObject({ '@odata.count': 0, value: [] });
  });

  test('20,000 referrals page through quickly', async () => {
    sim.reset({ size: 20_000 });
    const started = performance.now();
    let url: string | undefined = '?$top=100';
    let count = 0;
    let pages = 0;
    while (url) {
      const response = await send('GET', url);
      const body = response.body as { value: unknown[]; '@odata.nextLink'?: string };
      count += body.value.length;
      pages += 1;
      url = body['@odata.nextLink'];
    }
    expect({ count, pages }).toEqual({ count: 20_000, pages: 200 });
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});

describe('$filter: the documented examples return exactly the matching referrals', () => {
  const EXAMPLES: [string, (r: Referral) => boolean][] = [
    [
      "engagementId eq '65edc0b5-3485-41b7-a17e-dfa9ef4706e2'",
      (r) => r.engagementId === '65edc0b5-3485-41b7-a17e-dfa9ef4706e2',
    ],
    [
      "status eq 'New' and qualification eq 'SalesQualified'",
      (r) => r.status === 'New' && r.qualification === 'SalesQualified',
    ],
    [
      "customerProfile/address/country eq 'US' and direction eq 'Incoming'",
      (r) => r.customerProfile?.address?.country === 'US' && r.direction === 'Incoming',
    ],
    [
      "(type eq 'Shared' and direction eq 'Incoming')",
      (r) => r.type === 'Shared' && r.direction === 'Incoming',
    ],
    [
      "(direction eq 'Incoming' and substatus eq 'Pending')",
      (r) => r.direction === 'Incoming' && r.substatus === 'Pending',
    ],
    [
      "status eq 'Active' and direction eq 'Outgoing' and type eq 'Shared' and team/any(t:t/email eq 'r2d2@contoso.com')",
      (r) =>
        r.status === 'Active' &&
        r.direction === 'Outgoing' &&
        r.type === 'Shared' &&
        (r.team ?? []).some((m) => m.email === 'r2d2@contoso.com'),
    ],
  ];

  test.each(EXAMPLES)('%s', async (filter, predicate) => {
    const expected = ids(sim.all().filter(predicate));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids((await listPage({ $filter: filter })).value)).toEqual(expected);
  });

  test("the client's own filter (eq joined by and) works", async () => {
    const items = await getReferrals(referralApi(), { status: 'Closed', direction: 'Outgoing' });
    expect(ids(items)).toEqual(
      ids(sim.all().filter((r) => r.status === 'Closed' && r.direction === 'Outgoing')),
    );
    expect(items.length).toBeGreaterThan(0);
  });

  test('date comparisons serve incremental syncs', async () => {
    const edited = sim.modify(sim.all()[7]!.id, { name: 'Edited now' });
    const page = await listPage({ $filter: `updatedDateTime ge '${edited.updatedDateTime}'` });
    expect(ids(page.value)).toEqual([edited.id]);
  });
});

describe('$orderby, $select, $top and bad queries', () => {
  test.each([
    ['createdDateTime desc', 'createdDateTime', -1],
    ['createdDateTime asc', 'createdDateTime', 1],
    ['updatedDateTime', 'updatedDateTime', 1],
  ] as const)('$orderby=%s', async (orderby, field, direction) => {
    const values = (await listPage({ $orderby: orderby })).value.map((r) =>
      Date.parse(r[field] ?? ''),
    );
    const sorted = [...values].sort((a, b) => (a - b) * direction);
    expect(values).toEqual(sorted);
  });

  test('$select returns only the chosen properties', async () => {
    const page = await send('GET', '?$select=id,status,substatus&$top=3');
    const value = (page.body as { value: Record<string, unknown>[] }).value;
    expect(value.map((r) => Object.keys(r))).toEqual([
      ['id', 'status', 'substatus'],
      ['id', 'status', 'substatus'],
      ['id', 'status', 'substatus'],
    ]);
  });

  test('$top over 100 is a 400, even from the client', async () => {
    const error = await apiErrorOf(getReferrals(referralApi(), {}, { pageSize: 101 }));
    expect(error).toMatchObject({
      kind: 'http',
      status: 400,
      code: 'invalidRequest',
      target: '$top',
    });
  });

  test.each([
    ["$filter=shoeSize eq '9'", '$filter'],
    ["$filter=status eq 'New' and", '$filter'],
    ['$orderby=name', '$orderby'],
    ['$skiptoken=garbage', '$skiptoken'],
  ])('%s is a 400 invalidRequest (B17)', async (query, target) => {
    const response = await send('GET', `?${query}`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'invalidRequest', target } });
  });
});

describe('the list cache of a parallel load', () => {
  test('slices share one snapshot, yet a write is seen by the next page of every slice', async () => {
    sim.reset({ size: 300 });
    const newFilter = "status eq 'New'";
    const activeFilter = "status eq 'Active'";
    const before = await listPage({ $filter: newFilter, $top: '100' });
    await listPage({ $filter: activeFilter, $top: '100' });
    const target = before.value[0];
    if (!target) throw new Error('no New referral in the seed');

    // Someone else accepts it: it leaves the New slice and joins the Active one.
    sim.modify(target.id, { status: 'Active', substatus: 'Accepted' });
    const newIds = new Set<string>();
    for (let page = await listPage({ $filter: newFilter, $top: '100' }); ;) {
      for (const r of page.value) newIds.add(r.id);
      const next = page['@odata.nextLink'];
      if (!next) break;
      page = (await referralApi().http.request({ url: next, schema: referralListPageSchema })).data;
    }
    expect(newIds.has(target.id)).toBe(false);
    const active = await getReferrals(referralApi(), { status: 'Active' });
    expect(active.find((r) => r.id === target.id)?.substatus).toBe('Accepted');
    expect(ids(active)).toEqual(ids(sim.all().filter((r) => r.status === 'Active')));
  });
});

describe('between loads', () => {
  afterEach(() => vi.useRealTimers());

  test('the snapshot is let go, and a chain followed afterwards goes on where it was', async () => {
    sim.reset({ size: 250 });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const first = await listPage({ $orderby: 'updatedDateTime desc', $top: '100' });
    // Idle long enough for the simulator to drop what it kept for this load.
    vi.advanceTimersByTime(10_000);
    const read = [...first.value];
    for (let next = first['@odata.nextLink']; next;) {
      const page = (await referralApi().http.request({ url: next, schema: referralListPageSchema }))
        .data;
      read.push(...page.value);
      vi.advanceTimersByTime(10_000);
      next = page['@odata.nextLink'];
    }
    const newestFirst = [...sim.all()].sort((a, b) =>
      (b.updatedDateTime ?? '').localeCompare(a.updatedDateTime ?? ''),
    );
    expect(ids(read)).toEqual(ids(newestFirst));
  });
});
