import { foldForSearch } from '../../shared/referral-filter';
import { describe, expect, test } from 'vitest';
import type { Referral } from '../../domain/referral-schema';
import { EMPTY_FILTER, matchesCardFilter, readBoardFilter, type BoardFilter } from './board-filter';

const referral = (over: Partial<Referral> = {}): Referral => ({
  id: 'r1',
  name: 'Işık Lojistik - Backup and DR',
  status: 'New',
  substatus: 'Pending',
  direction: 'Incoming',
  type: 'Shared',
  qualification: 'Direct',
  customerProfile: {
    name: 'İstanbul Lojistik A.Ş.',
    team: [{ firstName: 'Ayşe', lastName: 'Yılmaz', email: 'ayse@example.com' }],
  },
  details: { currency: 'try', dealValue: 1000 },
  ...over,
});

const filter = (params: string): BoardFilter => readBoardFilter(new URLSearchParams(params));

describe('readBoardFilter', () => {
  test('reads the list view’s params, ignoring unknown values and duplicates', () => {
    expect(
      filter(
        'q=acme&stage=new-pending&stage=bogus&stage=new-pending&direction=Incoming&type=Nope&qualification=Direct&currency=eur&currency=EURO',
      ),
    ).toEqual({
      ...EMPTY_FILTER,
      search: 'acme',
      stages: ['new-pending'],
      directions: ['Incoming'],
      types: [],
      qualifications: ['Direct'],
      currencies: ['EUR'],
    });
  });
});

describe('matchesCardFilter', () => {
  test.each([
    ['istanbul', 'en-US', true],
    ['İSTANBUL', 'tr-TR', true],
    ['isik', 'en-US', true],
    ['IŞIK', 'tr-TR', true],
    ['yilmaz', 'en-US', true],
    ['ayse@example', 'en-US', true],
    ['lojistik backup', 'en-US', true],
    ['lojistik ankara', 'en-US', false],
  ])('search %j in %s → %s', (q, locale, expected) => {
    expect(matchesCardFilter(referral(), filter(`q=${encodeURIComponent(q)}`), locale)).toBe(
      expected,
    );
  });

  test.each([
    ['direction=Incoming', true],
    ['direction=Outgoing', false],
    ['type=Shared&type=Independent', true],
    ['qualification=SalesQualified', false],
    ['currency=TRY', true],
    ['currency=USD', false],
  ])('%s → %s', (params, expected) => {
    expect(matchesCardFilter(referral(), filter(params), 'en-US')).toBe(expected);
  });

  test('a referral without the filtered field does not match', () => {
    expect(
      matchesCardFilter(referral({ direction: null }), filter('direction=Incoming'), 'en-US'),
    ).toBe(false);
  });
});

test('foldForSearch meets I, İ, ı and i at "i" and drops Latin accents', () => {
  expect(foldForSearch('IŞIK İzmir Élise', 'tr-TR')).toBe('isik izmir elise');
  expect(foldForSearch('IŞIK İzmir Élise', 'en-US')).toBe('isik izmir elise');
});
