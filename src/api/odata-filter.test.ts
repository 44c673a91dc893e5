import { buildODataFilter } from './odata-filter';

describe('buildODataFilter', () => {
  test.each([
    [{}, undefined],
    [{ status: 'New' as const }, "status eq 'New'"],
    [
      { status: 'New' as const, qualification: 'SalesQualified' as const },
      "status eq 'New' and qualification eq 'SalesQualified'",
    ],
    [
      { direction: 'Incoming' as const, substatus: 'Pending' as const },
      "substatus eq 'Pending' and direction eq 'Incoming'",
    ],
    [{ engagementId: "o'brien" }, "engagementId eq 'o''brien'"],
  ])('%j → %s', (filter, expected) => {
    expect(buildODataFilter(filter)).toBe(expected);
  });
});
