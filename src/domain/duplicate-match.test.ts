import fc from 'fast-check';
import { findDuplicates, foldName, isSimilarDealName } from './duplicate-match';
import type { Referral } from './referral-schema';

function referral(
  name: string,
  customer: string,
  country: string | null,
  status: Referral['status'] = 'Active',
): Referral {
  return {
    id: `${name}|${customer}|${country ?? ''}|${status}`,
    name,
    status,
    substatus: status === 'Closed' ? 'Won' : status === 'New' ? 'Pending' : 'Accepted',
    customerProfile: { name: customer, address: { country } },
  };
}

describe('foldName', () => {
  test.each([
    ['İSTANBUL Bilişim', 'istanbul bilisim'],
    ['ISTANBUL BILISIM', 'istanbul bilisim'],
    ['ıstanbul bılışım', 'istanbul bilisim'],
    ['Işık Yazılım A.Ş.', 'isik yazilim a s'],
    ['Café  Müller GmbH', 'cafe muller gmbh'],
    ['Straße', 'strasse'],
    ['  Contoso, Ltd. ', 'contoso ltd'],
  ])('%s folds to %s', (input, folded) => {
    expect(foldName(input)).toBe(folded);
  });

  test('property: case never matters (upper, lower and Turkish upper fold alike)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        expect(foldName(s.toUpperCase())).toBe(foldName(s.toLowerCase()));
        expect(foldName(s.toLocaleUpperCase('tr'))).toBe(foldName(s.toLocaleLowerCase('tr')));
      }),
    );
  });
});

describe('isSimilarDealName', () => {
  test.each([
    ['Azure migration', 'Azure Migration – phase 2', true],
    ['Azure migration', 'azure mıgratıon', true],
    ['Teams rollout', 'Azure migration', false],
    ['', 'Azure migration', false],
    ['Dynamics 365 Sales', 'Dynamics 365 for Sales rollout', true],
  ])('%s ~ %s: %s', (a, b, similar) => {
    expect(isSimilarDealName(a, b)).toBe(similar);
  });
});

describe('findDuplicates', () => {
  const existing = [
    referral('Azure migration', 'İstanbul Bilişim A.Ş.', 'TR'),
    referral('Azure migration', 'İstanbul Bilişim A.Ş.', 'DE'),
    referral('Azure migration', 'Istanbul Bilisim AS', 'TR', 'Closed'),
    referral('Teams rollout', 'İstanbul Bilişim A.Ş.', 'TR'),
    referral('Azure migration phase 2', 'Café Müller', null, 'New'),
  ];
  const ids = (found: Referral[]) => found.map((r) => r.id);

  test.each([
    ['Turkish capitals', 'ISTANBUL BILIŞIM A.Ş.', 'tr', 'Azure Migration', [existing[0]!.id]],
    ['dotless ı typed', 'ıstanbul bılışım a.ş.', 'TR', 'azure migration', [existing[0]!.id]],
    ['another country', 'İstanbul Bilişim A.Ş.', 'FR', 'Azure migration', []],
    [
      'accents dropped, no country stored',
      'CAFE MULLER',
      'DE',
      'Azure migration',
      [existing[4]!.id],
    ],
    ['another deal of the customer', 'İstanbul Bilişim A.Ş.', 'TR', 'Power BI', []],
    ['another customer', 'Contoso', 'TR', 'Azure migration', []],
  ])('%s', (_case, customerName, country, dealName, expected) => {
    expect(ids(findDuplicates({ customerName, country, dealName }, existing))).toEqual(expected);
  });

  test('closed referrals never count', () => {
    const found = findDuplicates(
      { customerName: 'Istanbul Bilisim AS', country: 'TR', dealName: 'Azure migration' },
      existing,
    );
    expect(found).toEqual([]);
  });
});
