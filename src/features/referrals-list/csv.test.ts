import { buildCsv, CSV_BOM, csvField, referralsCsv } from './csv';
import { toListRows } from './list-rows';
import type { Referral } from '../../domain/referral-schema';

describe('csvField (RFC 4180)', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['', ''],
    ['İstanbul Teknoloji A.Ş.', 'İstanbul Teknoloji A.Ş.'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test.each([
    [1234.5, '1234.5'],
    [1e21, '1000000000000000000000'],
    [-42, '-42'],
    [0.000001, '0.000001'],
    [Number.NaN, ''],
  ])('number %d is written plainly with a dot: %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test('empty values stay empty', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  test.each(['=SUM(A1:A2)', '+1', '-cmd', '@foo'])(
    'text that starts like a formula (%s) is not run by a spreadsheet',
    (value) => {
      expect(csvField(value)).toBe(`'${value}`);
    },
  );
});

describe('buildCsv', () => {
  test('starts with a BOM, ends every line with CRLF, quotes where needed', () => {
    const csv = buildCsv(
      ['Name', 'Value'],
      [
        ['Proseware, Inc.', 12.5],
        ['Plain', null],
      ],
    );
    expect(csv).toBe(`${CSV_BOM}Name,Value\r\n"Proseware, Inc.",12.5\r\nPlain,\r\n`);
  });

  test('a field with a line break stays one record', () => {
    const csv = buildCsv(['Notes'], [['a\r\nb']]);
    expect(csv.slice(1)).toBe('Notes\r\n"a\r\nb"\r\n');
  });
});

describe('referralsCsv', () => {
  const referral = {
    id: 'r-1',
    name: 'Işık Lojistik - "DevOps", phase 2',
    status: 'New',
    substatus: 'Pending',
    type: 'Independent',
    qualification: 'Direct',
    direction: 'Incoming',
    expirationDateTime: '2026-11-25T00:00:00Z',
    updatedDateTime: '2026-11-11T13:26:38.8039430Z',
    customerProfile: { name: 'Işık Lojistik', address: { city: 'Ankara', country: 'TR' } },
    details: { dealValue: 297900.5, currency: 'try', closingDateTime: '2027-01-31T00:00:00Z' },
  } satisfies Referral;

  test('raw machine-readable values in the displayed order', () => {
    const csv = referralsCsv(toListRows([referral], 'en'), (column) => column);
    const [header, line, rest] = csv.slice(1).split('\r\n');
    expect(header).toBe(
      'id,name,customer,city,country,status,substatus,dealValue,currency,closing,expiry,direction,category,updated',
    );
    expect(line).toBe(
      'r-1,"Işık Lojistik - ""DevOps"", phase 2",Işık Lojistik,Ankara,TR,New,Pending,297900.5,TRY,2027-01-31T00:00:00Z,2026-11-25T00:00:00Z,Incoming,marketplace-lead,2026-11-11T13:26:38.8039430Z',
    );
    expect(rest).toBe('');
  });

  test('only New referrals carry an expiry, as in the table', () => {
    const active = { ...referral, status: 'Active', substatus: 'Accepted' } satisfies Referral;
    const csv = referralsCsv(toListRows([active], 'en'), (column) => column);
    const cells = csv.slice(1).split('\r\n')[1]!.split(',');
    expect(cells.at(-4)).toBe('');
  });
});
