import fc from 'fast-check';
import type { Referral } from './referral-schema';
import {
  countNeedsResponse,
  expiryClock,
  expiryOf,
  inboxOrder,
  isNewSince,
  needsResponse,
  responseClock,
} from './triage';

/** A fixed clock: every expectation below is written out by hand from this instant. */
const NOW = Date.parse('2026-03-10T12:00:00Z');

function referral(over: Partial<Referral> & { id: string }): Referral {
  return {
    status: 'New',
    substatus: 'Pending',
    direction: 'Incoming',
    createdDateTime: '2026-03-09T12:00:00Z',
    expirationDateTime: '2026-03-23T00:00:00Z',
    ...over,
  };
}

describe('expiryOf', () => {
  test.each([
    [
      'the server value',
      { expirationDateTime: '2026-03-20T00:00:00Z' },
      '2026-03-20T00:00:00.000Z',
    ],
    [
      'the documented rule without one (midnight UTC, 14 days on)',
      { expirationDateTime: null, createdDateTime: '2018-10-30T21:03:42.4579542Z' },
      '2018-11-13T00:00:00.000Z',
    ],
    [
      'none for an outgoing referral',
      { expirationDateTime: null, direction: 'Outgoing' as const },
      null,
    ],
    ['none once answered', { status: 'Active' as const, substatus: 'Accepted' as const }, null],
    ['none without a creation time', { expirationDateTime: null, createdDateTime: null }, null],
  ])('%s', (_name, over, expected) => {
    const at = expiryOf(referral({ id: 'a', ...over }));
    expect(at === null ? null : new Date(at).toISOString()).toBe(expected);
  });
});

describe('responseClock (24 hours from arrival)', () => {
  test.each([
    ['just arrived', '2026-03-10T12:00:00Z', 0, 24, false],
    ['6 hours in', '2026-03-10T06:00:00Z', 6, 18, false],
    ['exactly 24 hours: not yet overdue', '2026-03-09T12:00:00Z', 24, 0, false],
    ['25 hours: overdue by one', '2026-03-09T11:00:00Z', 25, -1, true],
    ['3 days', '2026-03-07T12:00:00Z', 72, -48, true],
  ])('%s', (_name, created, elapsedH, leftH, overdue) => {
    const clock = responseClock({ createdDateTime: created }, NOW);
    expect(clock).toEqual({
      elapsedMs: elapsedH * 3_600_000,
      msLeft: leftH * 3_600_000,
      isOverdue: overdue,
    });
  });

  test('no creation time, no clock', () => {
    expect(responseClock({ createdDateTime: null }, NOW)).toBeUndefined();
  });
});

describe('expiryClock (14 days)', () => {
  test.each([
    ['13 days left', '2026-03-23T12:00:00Z', 13 * 24, false, false],
    ['exactly 72 hours left: last 72 h', '2026-03-13T12:00:00Z', 72, false, true],
    ['73 hours left: not yet', '2026-03-13T13:00:00Z', 73, false, false],
    ['1 hour left', '2026-03-10T13:00:00Z', 1, false, true],
    ['lapsed', '2026-03-10T12:00:00Z', 0, true, false],
  ])('%s', (_name, expires, leftH, expired, last72) => {
    const clock = expiryClock(referral({ id: 'a', expirationDateTime: expires }), NOW);
    expect(clock?.msLeft).toBe(leftH * 3_600_000);
    expect(clock?.isExpired).toBe(expired);
    expect(clock?.isLast72h).toBe(last72);
  });
});

describe('inboxOrder', () => {
  const rows = [
    referral({ id: 'out-1', direction: 'Outgoing', expirationDateTime: null }),
    referral({ id: 'in-late', expirationDateTime: '2026-03-22T00:00:00Z' }),
    referral({ id: 'in-soon', substatus: 'Received', expirationDateTime: '2026-03-11T00:00:00Z' }),
    referral({ id: 'active', status: 'Active', substatus: 'Accepted' }),
    referral({ id: 'lapsed', expirationDateTime: '2026-03-10T11:59:59Z' }),
    referral({ id: 'won', status: 'Closed', substatus: 'Won' }),
    referral({
      id: 'in-tie-older',
      expirationDateTime: '2026-03-22T00:00:00Z',
      createdDateTime: '2026-03-08T09:00:00Z',
    }),
    referral({ id: 'out-2', direction: 'Outgoing', expirationDateTime: '2026-03-12T00:00:00Z' }),
  ];

  test('incoming first, soonest expiry first, older arrival breaks ties, answered and lapsed left out', () => {
    expect(inboxOrder(rows, NOW).map((r) => r.id)).toEqual([
      'in-soon',
      'in-tie-older',
      'in-late',
      'out-2',
      'out-1',
    ]);
    expect(countNeedsResponse(rows, NOW)).toBe(5);
  });

  test('an hour later the one that lapsed in between leaves', () => {
    const later = Date.parse('2026-03-11T00:00:00Z');
    expect(inboxOrder(rows, later).map((r) => r.id)).not.toContain('in-soon');
  });

  test('property: every row needs a response, incoming before outgoing, expiry never decreasing', () => {
    const arb = fc.array(
      fc.record({
        id: fc.uuid(),
        direction: fc.constantFrom('Incoming' as const, 'Outgoing' as const),
        stage: fc.constantFrom('Pending', 'Received', 'Accepted', 'Won'),
        createdOffsetH: fc.integer({ min: 0, max: 400 }),
        expiryOffsetH: fc.option(fc.integer({ min: -50, max: 400 })),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, (specs) => {
        const list = specs.map((s) =>
          referral({
            id: s.id,
            direction: s.direction,
            status:
              s.stage === 'Pending' || s.stage === 'Received'
                ? 'New'
                : s.stage === 'Accepted'
                  ? 'Active'
                  : 'Closed',
            substatus: s.stage,
            createdDateTime: new Date(NOW - s.createdOffsetH * 3_600_000).toISOString(),
            expirationDateTime:
              s.expiryOffsetH === null
                ? null
                : new Date(NOW + s.expiryOffsetH * 3_600_000).toISOString(),
          }),
        );
        const out = inboxOrder(list, NOW);
        expect(out.length).toBe(list.filter((r) => needsResponse(r, NOW)).length);
        for (let i = 1; i < out.length; i++) {
          const a = out[i - 1]!;
          const b = out[i]!;
          if (a.direction === b.direction) {
            expect(expiryOf(a) ?? Infinity).toBeLessThanOrEqual(expiryOf(b) ?? Infinity);
          } else {
            expect(a.direction).toBe('Incoming');
          }
        }
      }),
    );
  });
});

describe('isNewSince', () => {
  test.each([
    ['first visit: nothing is new', null, '2026-03-10T11:00:00Z', false],
    [
      'arrived after the last visit',
      Date.parse('2026-03-10T10:00:00Z'),
      '2026-03-10T11:00:00Z',
      true,
    ],
    ['arrived before it', Date.parse('2026-03-10T11:30:00Z'), '2026-03-10T11:00:00Z', false],
  ])('%s', (_name, since, created, expected) => {
    expect(isNewSince({ createdDateTime: created }, since)).toBe(expected);
  });
});
