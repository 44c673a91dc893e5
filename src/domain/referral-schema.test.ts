import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dateTimeSchema, referralListPageSchema, referralSchema } from './referral-schema';

const EXAMPLES = path.resolve(__dirname, '../../../shared/api/examples');

function readExample(file: string): unknown {
  return JSON.parse(readFileSync(path.join(EXAMPLES, file), 'utf8')) as unknown;
}

const exampleFiles = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));
const referralFiles = exampleFiles.filter(
  (f) => f.startsWith('referral-') && f !== 'referral-list-page.json',
);

/** A small valid referral to vary in the tolerance cases. */
function minimal(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'r-1', status: 'New', substatus: 'Pending', ...extra };
}

describe('the documented examples', () => {
  test('the examples folder holds referrals and a list page', () => {
    expect(referralFiles.length).toBeGreaterThanOrEqual(5);
    expect(exampleFiles).toContain('referral-list-page.json');
  });

  test.each(referralFiles)('%s parses as a referral', (file) => {
    const parsed = referralSchema.parse(readExample(file));
    expect(parsed.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(parsed.eTag).toMatch(/^".+"$/);
  });

  test('referral-list-page.json parses as a list page', () => {
    const page = referralListPageSchema.parse(readExample('referral-list-page.json'));
    expect(page.value).toHaveLength(2);
    expect(page['@odata.count']).toBe(2);
    expect(page['@odata.nextLink']).toContain('$skiptoken=');
  });
});

describe('tolerance', () => {
  test.each([
    ['an empty object', {}, []],
    ['an empty array', [], []],
    [
      'the doc table object',
      { duns: '123456789', external: 'CUST-1' },
      [
        { profileType: 'Duns', id: '123456789' },
        { profileType: 'External', id: 'CUST-1' },
      ],
    ],
    ['the live array', [{ profileType: 'Duns', id: '9' }], [{ profileType: 'Duns', id: '9' }]],
  ])('customerProfile.ids as %s reads as the array form', (_, ids, expected) => {
    const parsed = referralSchema.parse(minimal({ customerProfile: { name: 'A', ids } }));
    expect(parsed.customerProfile?.ids).toEqual(expected);
  });

  test.each([
    '2018-11-13T00:00:00Z',
    '2018-11-13T00:00Z',
    '2020-10-30T21:03:00.0Z',
    '2018-10-29T21:24:52.04Z',
    '2018-10-29T21:24:52.040Z',
    '2018-10-29T21:24:52.0404Z',
    '2018-10-29T21:24:52.04046Z',
    '2018-10-29T21:24:52.040469Z',
    '2018-10-30T21:03:42.4579542Z',
    '2018-10-30T21:03:42.4579542+02:00',
  ])('accepts the date-time %s', (value) => {
    expect(dateTimeSchema.safeParse(value).success).toBe(true);
  });

  test.each(['2018-10-30', '2018-10-30T21:03:42.45795421Z', '30/10/2018', ''])(
    'rejects the date-time %j',
    (value) => {
      expect(dateTimeSchema.safeParse(value).success).toBe(false);
    },
  );

  test.each([
    ['10000', 10000],
    [' 10000 ', 10000],
    ['18500.5', 18500.5],
    [10000, 10000],
  ])('dealValue %j reads as %d', (dealValue, expected) => {
    const parsed = referralSchema.parse(minimal({ details: { dealValue } }));
    expect(parsed.details?.dealValue).toBe(expected);
  });

  test('a non-numeric dealValue is rejected', () => {
    expect(referralSchema.safeParse(minimal({ details: { dealValue: 'ten' } })).success).toBe(
      false,
    );
  });

  test('unknown keys are kept at every level', () => {
    const parsed = referralSchema.parse(
      minimal({
        salesStage: 'Develop',
        registrations: [{ type: 'AzureIPCoSell' }],
        customerProfile: { name: 'A', isMatchingComplete: true, address: { county: 'King' } },
        details: { incentiveLevel: null, requirements: { offers: [], salesPlays: ['x'] } },
      }),
    );
    expect(parsed.salesStage).toBe('Develop');
    expect(parsed.registrations).toEqual([{ type: 'AzureIPCoSell' }]);
    expect(parsed.customerProfile?.address?.county).toBe('King');
    expect(parsed.details?.requirements?.salesPlays).toEqual(['x']);
  });

  test.each([
    ['an unknown status', { status: 'Open' }],
    ['an unknown substatus', { substatus: 'Ignored' }],
    ['a missing status', { status: undefined }],
    ['an empty id', { id: '' }],
  ])('rejects %s', (_, change) => {
    expect(referralSchema.safeParse(minimal(change)).success).toBe(false);
  });
});
