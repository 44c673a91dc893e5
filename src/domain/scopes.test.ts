import type { Referral } from './referral-schema';
import { agingOf, DEFAULT_AGING } from './aging';
import {
  matchesScope,
  matchesScopes,
  scopeCounts,
  type ScopeContext,
  type ScopeId,
} from './scopes';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const ctx: ScopeContext = { now: NOW, userEmail: 'Jane.Doe@contoso.com', staleDays: 14 };

function referral(over: Partial<Referral>): Referral {
  return {
    id: 'r',
    status: 'Active',
    substatus: 'Accepted',
    direction: 'Incoming',
    createdDateTime: '2026-02-01T00:00:00Z',
    updatedDateTime: '2026-03-09T00:00:00Z',
    ...over,
  };
}

const newOne = (expires: string | null, over: Partial<Referral> = {}) =>
  referral({ status: 'New', substatus: 'Pending', expirationDateTime: expires, ...over });

describe('matchesScope at a fixed time', () => {
  test.each<[string, Referral, ScopeId, boolean]>([
    [
      'mine: on the team (any case)',
      referral({ team: [{ email: 'jane.doe@contoso.com' }] }),
      'mine',
      true,
    ],
    [
      'mine: someone else',
      referral({ team: [{ email: 'luke.johnson@contoso.com' }] }),
      'mine',
      false,
    ],
    ['mine: no team', referral({ team: null }), 'mine', false],
    ['needs response: New·Pending', newOne('2026-03-20T00:00:00Z'), 'needs-response', true],
    [
      'needs response: New·Received',
      newOne('2026-03-20T00:00:00Z', { substatus: 'Received' }),
      'needs-response',
      true,
    ],
    ['needs response: lapsed', newOne('2026-03-10T11:00:00Z'), 'needs-response', false],
    ['needs response: Active', referral({}), 'needs-response', false],
    ['expiring: 71 h left', newOne('2026-03-13T11:00:00Z'), 'expiring', true],
    ['expiring: 72 h left', newOne('2026-03-13T12:00:00Z'), 'expiring', true],
    ['expiring: 73 h left', newOne('2026-03-13T13:00:00Z'), 'expiring', false],
    ['expiring: lapsed', newOne('2026-03-10T11:00:00Z'), 'expiring', false],
    ['expiring: no expiry', newOne(null, { direction: 'Outgoing' }), 'expiring', false],
    [
      'stale: 15 days without update',
      referral({ updatedDateTime: '2026-02-23T12:00:00Z' }),
      'stale',
      true,
    ],
    [
      'stale: exactly 14 days',
      referral({ updatedDateTime: '2026-02-24T12:00:00Z' }),
      'stale',
      false,
    ],
    [
      'stale: New is never stale',
      newOne(null, { updatedDateTime: '2025-01-01T00:00:00Z' }),
      'stale',
      false,
    ],
    [
      'stale: falls back to accepted',
      referral({ updatedDateTime: null, acceptedDateTime: '2026-01-01T00:00:00Z' }),
      'stale',
      true,
    ],
    [
      'closing passed: Active, yesterday',
      referral({ details: { closingDateTime: '2026-03-09T00:00:00Z' } }),
      'closing-passed',
      true,
    ],
    [
      'closing passed: tomorrow',
      referral({ details: { closingDateTime: '2026-03-11T00:00:00Z' } }),
      'closing-passed',
      false,
    ],
    [
      'closing passed: Closed does not count',
      referral({
        status: 'Closed',
        substatus: 'Won',
        details: { closingDateTime: '2026-03-01T00:00:00Z' },
      }),
      'closing-passed',
      false,
    ],
  ])('%s', (_name, r, scope, expected) => {
    expect(matchesScope(r, scope, ctx)).toBe(expected);
  });

  test('without a signed-in user nothing is mine', () => {
    expect(
      matchesScope(referral({ team: [{ email: 'a@b.c' }] }), 'mine', {
        ...ctx,
        userEmail: undefined,
      }),
    ).toBe(false);
  });

  test('several scopes narrow together; counts are per scope', () => {
    const list = [
      newOne('2026-03-12T00:00:00Z', { team: [{ email: 'jane.doe@contoso.com' }] }),
      newOne('2026-03-20T00:00:00Z'),
      referral({
        updatedDateTime: '2026-01-01T00:00:00Z',
        team: [{ email: 'jane.doe@contoso.com' }],
      }),
    ];
    expect(list.filter((r) => matchesScopes(r, ['mine', 'needs-response'], ctx))).toHaveLength(1);
    expect(scopeCounts(list, ctx)).toEqual({
      mine: 2,
      'needs-response': 2,
      expiring: 1,
      stale: 1,
      'closing-passed': 0,
    });
  });
});

describe('agingOf', () => {
  test.each<
    [string, Partial<Referral>, { since: string; days: number; isOverdue: boolean } | undefined]
  >([
    [
      'New, 23 hours',
      { status: 'New', substatus: 'Pending', createdDateTime: '2026-03-09T13:00:00Z' },
      { since: 'received', days: 0, isOverdue: false },
    ],
    [
      'New, 25 hours: overdue',
      { status: 'New', substatus: 'Pending', createdDateTime: '2026-03-09T11:00:00Z' },
      { since: 'received', days: 1, isOverdue: true },
    ],
    [
      'Active, 30 days exactly',
      { updatedDateTime: '2026-02-08T12:00:00Z' },
      { since: 'updated', days: 30, isOverdue: false },
    ],
    [
      'Active, 31 days: overdue',
      { updatedDateTime: '2026-02-07T12:00:00Z' },
      { since: 'updated', days: 31, isOverdue: true },
    ],
    [
      'Active, only accepted',
      { updatedDateTime: null, acceptedDateTime: '2026-03-05T12:00:00Z' },
      { since: 'accepted', days: 5, isOverdue: false },
    ],
    ['Closed does not age', { status: 'Closed', substatus: 'Won' }, undefined],
  ])('%s', (_name, over, expected) => {
    expect(agingOf(referral(over), NOW, DEFAULT_AGING)).toEqual(expected);
  });

  test('thresholds come from the settings', () => {
    const r = referral({ updatedDateTime: '2026-03-01T12:00:00Z' });
    expect(agingOf(r, NOW, { newDays: 1, activeDays: 7 })?.isOverdue).toBe(true);
  });
});
