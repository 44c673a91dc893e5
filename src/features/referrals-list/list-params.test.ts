import fc from 'fast-check';
import { SCOPE_IDS } from '../../domain/scopes';
import { STAGE_IDS } from '../../domain/status-machine';
import {
  DEFAULT_SORT,
  nextSort,
  parseListParams,
  serverFilterFor,
  SORT_KEYS,
  withoutFilters,
  writeListParams,
  type ListParams,
} from './list-params';

const params = (search: string) => parseListParams(new URLSearchParams(search));

describe('parseListParams', () => {
  test('an empty URL is the default view', () => {
    expect(params('')).toEqual({
      search: '',
      stages: [],
      directions: [],
      types: [],
      qualifications: [],
      currencies: [],
      scopes: [],
      created: [],
      closed: [],
      accepted: [],
      expires: [],
      customers: [],
      products: [],
      reasons: [],
      sort: DEFAULT_SORT,
    });
  });

  test('reads repeated values, drops unknown ones and duplicates', () => {
    const p = params(
      'stage=new-pending&stage=bogus&stage=new-pending&stage=closed-won&direction=Sideways&type=Shared&currency=eur&currency=EURO&qualification=Direct',
    );
    expect(p.stages).toEqual(['new-pending', 'closed-won']);
    expect(p.directions).toEqual([]);
    expect(p.types).toEqual(['Shared']);
    expect(p.currencies).toEqual(['EUR']);
    expect(p.qualifications).toEqual(['Direct']);
  });

  test('reads scopes in URL order, dropping unknown ones', () => {
    expect(params('scope=stale&scope=bogus&scope=mine&scope=stale').scopes).toEqual([
      'stale',
      'mine',
    ]);
  });

  test.each([
    ['sort=dealValue', { key: 'dealValue', direction: 'desc' }],
    ['sort=dealValue&dir=asc', { key: 'dealValue', direction: 'asc' }],
    ['sort=expiry', { key: 'expiry', direction: 'asc' }],
    ['sort=name&dir=sideways', { key: 'name', direction: 'asc' }],
    ['sort=nonsense', DEFAULT_SORT],
  ])('%s → %j', (search, sort) => {
    expect(params(search).sort).toEqual(sort);
  });
});

describe('writeListParams', () => {
  test('keeps parameters that are not ours, such as demo-size', () => {
    const current = new URLSearchParams('demo-size=2000&q=old&stage=closed-won');
    const next = writeListParams(current, {
      ...params(current.toString()),
      stages: ['new-pending'],
    });
    expect(next.get('demo-size')).toBe('2000');
    expect(next.getAll('stage')).toEqual(['new-pending']);
    expect(next.get('q')).toBe('old');
  });

  test('leaves defaults out of the URL', () => {
    expect(writeListParams(new URLSearchParams(), params('')).toString()).toBe('');
    expect(
      writeListParams(new URLSearchParams(), {
        ...params(''),
        sort: { key: 'dealValue', direction: 'desc' },
      }).toString(),
    ).toBe('sort=dealValue');
  });

  const listParams: fc.Arbitrary<ListParams> = fc.record({
    search: fc.string().filter((s) => s.trim() !== ''),
    stages: fc.uniqueArray(fc.constantFrom(...STAGE_IDS)),
    directions: fc.uniqueArray(fc.constantFrom('Incoming' as const, 'Outgoing' as const)),
    types: fc.uniqueArray(fc.constantFrom('Independent' as const, 'Shared' as const)),
    qualifications: fc.uniqueArray(
      fc.constantFrom(
        'None' as const,
        'Direct' as const,
        'MarketingQualified' as const,
        'SalesQualified' as const,
      ),
    ),
    currencies: fc.uniqueArray(fc.constantFrom('EUR', 'USD', 'TRY', 'JPY')),
    scopes: fc.uniqueArray(fc.constantFrom(...SCOPE_IDS)),
    created: fc.constantFrom([], ['2026-01-01..2026-03-31'], ['..2026-02-01']),
    closed: fc.constantFrom([], ['2026-03-01..2026-03-31']),
    accepted: fc.constantFrom([], ['2025-12-01..']),
    expires: fc.constantFrom([], ['2026-04-01..2026-04-15']),
    customers: fc.uniqueArray(fc.constantFrom('Contoso', 'Fabrikam Ltd', 'Çiçek A.Ş.')),
    products: fc.uniqueArray(fc.constantFrom('PROD-1', 'PROD-2')),
    reasons: fc.uniqueArray(fc.constantFrom('price', 'other')),
    sort: fc.record({
      key: fc.constantFrom(...SORT_KEYS),
      direction: fc.constantFrom('asc' as const, 'desc' as const),
    }),
  });

  test('round-trips any view through the URL', () => {
    fc.assert(
      fc.property(listParams, (view) => {
        const url = writeListParams(new URLSearchParams('demo-size=60'), view).toString();
        expect(parseListParams(new URLSearchParams(url))).toEqual(view);
      }),
    );
  });
});

describe('serverFilterFor', () => {
  test('sends a field only when exactly one value is chosen', () => {
    expect(
      serverFilterFor(params('stage=new-pending&direction=Incoming&type=Shared&type=Independent')),
    ).toEqual({ status: 'New', substatus: 'Pending', direction: 'Incoming' });
    expect(
      serverFilterFor(params('stage=new-pending&stage=new-received&qualification=Direct')),
    ).toEqual({
      qualification: 'Direct',
    });
    expect(serverFilterFor(params('q=x&currency=EUR'))).toEqual({});
  });
});

describe('sorting and clearing', () => {
  test('a new column starts in its natural direction; the same column flips', () => {
    expect(nextSort(DEFAULT_SORT, 'dealValue')).toEqual({ key: 'dealValue', direction: 'desc' });
    expect(nextSort(DEFAULT_SORT, 'name')).toEqual({ key: 'name', direction: 'asc' });
    expect(nextSort({ key: 'name', direction: 'asc' }, 'name')).toEqual({
      key: 'name',
      direction: 'desc',
    });
  });

  test('clearing filters keeps the sort', () => {
    const cleared = withoutFilters(params('q=x&stage=new-pending&currency=EUR&sort=name'));
    expect(cleared).toEqual({ ...params(''), sort: { key: 'name', direction: 'asc' } });
  });
});
