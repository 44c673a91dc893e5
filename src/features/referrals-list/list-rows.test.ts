import { foldForSearch, searchTerms } from '../../shared/referral-filter';
import type { Referral } from '../../domain/referral-schema';
import { parseListParams } from './list-params';
import { currenciesOf, filterRows, sortRows, toListRows, type ListRow } from './list-rows';

const referral = (id: string, extra: Partial<Referral> = {}): Referral => ({
  id,
  status: 'New',
  substatus: 'Pending',
  ...extra,
});

describe('foldForSearch', () => {
  test.each([
    ['İstanbul', 'en', 'istanbul'],
    ['İstanbul', 'tr', 'istanbul'],
    ['ISTANBUL', 'tr', 'istanbul'],
    ['ISTANBUL', 'en', 'istanbul'],
    ['Işık', 'en', 'isik'],
    ['IŞIK', 'tr', 'isik'],
    ['Müller & Söhne', 'de', 'muller & sohne'],
    ['Élise', 'fr', 'elise'],
  ])('%s (%s) → %s', (text, locale, folded) => {
    expect(foldForSearch(text, locale)).toBe(folded);
  });

  test('Japanese voiced kana stay distinct', () => {
    expect(foldForSearch('データ', 'ja')).not.toBe(foldForSearch('テータ', 'ja'));
  });
});

describe('filterRows', () => {
  const rows = toListRows(
    [
      referral('1', {
        name: 'İstanbul Teknoloji A.Ş. - Field service',
        customerProfile: {
          name: 'İstanbul Teknoloji A.Ş.',
          team: [
            {
              firstName: 'Ayşe',
              lastName: 'Yılmaz',
              email: 'ayse.yilmaz@istanbulteknoloji.com.tr',
            },
          ],
        },
        details: { currency: 'TRY', dealValue: 10 },
        direction: 'Incoming',
      }),
      referral('2', {
        name: 'Işık Lojistik - DevOps',
        status: 'Active',
        substatus: 'Accepted',
        customerProfile: { name: 'Işık Lojistik' },
        details: { currency: 'usd', dealValue: 5 },
        direction: 'Outgoing',
      }),
      referral('3', { name: 'Fourth Coffee', details: null }),
    ],
    'en',
  );
  const ids = (found: ListRow[]) => found.map((r) => r.id);
  const run = (search: string, url = '', locale = 'en') =>
    ids(filterRows(rows, parseListParams(new URLSearchParams(url)), searchTerms(search, locale)));

  test.each([
    ['istanbul', 'en', ['1']],
    ['İSTANBUL', 'tr', ['1']],
    ['ISIK', 'en', ['2']],
    ['ışık', 'tr', ['2']],
    ['isik lojistik', 'en', ['2']],
    ['yılmaz', 'en', ['1']],
    ['ayse.yilmaz@', 'en', ['1']],
    ['lojistik coffee', 'en', []],
    ['', 'en', ['1', '2', '3']],
  ])('search %j (%s) finds %j', (search, locale, expected) => {
    expect(run(search, '', locale)).toEqual(expected);
  });

  test('filters combine with and; values of one filter with or', () => {
    expect(run('', 'stage=new-pending')).toEqual(['1', '3']);
    expect(run('', 'stage=new-pending&stage=active-accepted')).toEqual(['1', '2', '3']);
    expect(run('', 'stage=new-pending&direction=Incoming')).toEqual(['1']);
    expect(run('', 'currency=USD')).toEqual(['2']);
  });

  test('currencies come from the rows and the URL', () => {
    expect(currenciesOf(rows, ['GBP'])).toEqual(['GBP', 'TRY', 'USD']);
  });

  test('rows are built once per referral object', () => {
    const items = [referral('x', { name: 'A' })];
    expect(toListRows(items, 'en')[0]).toBe(toListRows([...items], 'en')[0]);
  });
});

describe('sortRows', () => {
  const rows = toListRows(
    [
      referral('a', {
        name: 'Zeta',
        details: { dealValue: 5, currency: 'EUR' },
        updatedDateTime: '2026-01-02T00:00:00Z',
      }),
      referral('b', {
        name: 'çiçek',
        details: { dealValue: 500, currency: 'USD' },
        updatedDateTime: '2026-01-01T00:00:00.5Z',
      }),
      referral('c', { name: 'Cem', details: null, updatedDateTime: '2026-01-01T00:00:00Z' }),
      referral('d', {
        name: '',
        status: 'Active',
        substatus: 'Accepted',
        expirationDateTime: '2026-01-01T00:00:00Z',
      }),
      referral('e', { name: 'Ali', expirationDateTime: '2026-03-01T00:00:00Z' }),
      referral('f', { name: 'Bora', expirationDateTime: '2026-02-01T00:00:00Z' }),
    ],
    'tr',
  );
  const order = (
    key: Parameters<typeof sortRows>[1]['key'],
    direction: 'asc' | 'desc',
    locale = 'tr',
  ) => sortRows(rows, { key, direction }, locale).map((r) => r.id);

  test('texts follow the locale collation; empty names go last in both directions', () => {
    expect(order('name', 'asc')).toEqual(['e', 'f', 'c', 'b', 'a', 'd']);
    expect(order('name', 'desc')).toEqual(['a', 'b', 'c', 'f', 'e', 'd']);
  });

  test('deal values compare as numbers, missing values last', () => {
    expect(order('dealValue', 'desc').slice(0, 2)).toEqual(['b', 'a']);
    expect(order('dealValue', 'asc').slice(0, 2)).toEqual(['a', 'b']);
  });

  test('expiring soonest: only New referrals have an expiry', () => {
    expect(order('expiry', 'asc').slice(0, 2)).toEqual(['f', 'e']);
    expect(order('expiry', 'asc').at(-1)).not.toBe('e');
  });

  test('dates compare as instants, not as strings', () => {
    // 00:00:00.5Z is later than 00:00:00Z although "." sorts before "Z".
    expect(order('updated', 'desc').slice(0, 3)).toEqual(['a', 'b', 'c']);
  });
});
