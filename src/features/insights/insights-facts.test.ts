import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Referral } from '../../domain/referral-schema';
import { stageOfReferral } from '../../domain/status-machine';
import { factsOf } from './insights-facts';

// The facts as read with the general parsers: what the fast reading must equal.
function expected(r: Referral) {
  const at = (iso: string | null | undefined) => {
    const ms = iso ? Date.parse(iso) : NaN;
    return Number.isNaN(ms) ? null : ms;
  };
  const closed = at(r.closedDateTime);
  return {
    stage: stageOfReferral(r),
    created: at(r.createdDateTime),
    accepted: at(r.acceptedDateTime),
    closed,
    expires: at(r.expirationDateTime),
    closedMonth: closed === null ? null : new Date(closed).toISOString().slice(0, 7),
    products: [...new Set((r.details?.requirements?.products ?? []).map((p) => p.id))],
  };
}

const date = fc.oneof(
  fc.constant(null),
  fc.constantFrom('', 'not a date', '2025-02-30T00:00:00Z', '2025-03-01T24:00:00Z', '2025-06-01'),
  // The API's shape, with 0 to 9 fraction digits.
  fc
    .tuple(
      fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
      fc.stringMatching(/^(\.\d{1,9})?$/),
    )
    .map(([ms, fraction]) => `${new Date(ms).toISOString().slice(0, 19)}${fraction}Z`),
  // An offset: another month in UTC than written, near a month's end.
  fc
    .integer({ min: 0, max: 23 })
    .map((hour) => `2025-01-31T${String(hour).padStart(2, '0')}:30:00-05:00`),
);

const referral = fc.record({
  status: fc.constantFrom('New', 'Active', 'Closed', 'None'),
  substatus: fc.constantFrom('Pending', 'Received', 'Accepted', 'Won', 'Lost', 'Declined'),
  createdDateTime: date,
  acceptedDateTime: date,
  closedDateTime: date,
  expirationDateTime: date,
  details: fc.option(
    fc.record({
      requirements: fc.option(
        fc.record({
          products: fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c') }), { maxLength: 4 }),
        }),
      ),
    }),
  ),
}) as unknown as fc.Arbitrary<Referral>;

describe('factsOf', () => {
  test('reads the stage, dates, closing month and products as the general parsers do', () => {
    fc.assert(
      fc.property(referral, (r) => {
        expect(factsOf(r)).toMatchObject(expected(r));
      }),
      { numRuns: 3000 },
    );
  });

  test.each([
    { closed: '2025-01-31T23:30:00-05:00', month: '2025-02' },
    { closed: '2025-01-31T23:30:00.1234567Z', month: '2025-01' },
    { closed: '2024-12-01', month: '2024-12' },
    { closed: 'soon', month: null },
  ])('closed $closed → month $month', ({ closed, month }) => {
    const r = { status: 'Closed', substatus: 'Won', closedDateTime: closed } as unknown as Referral;
    expect(factsOf(r).closedMonth).toBe(month);
  });
});
