import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bulkChanges, planBulk, skipReason, type BulkAction } from './bulk';
import type { Referral } from './referral-schema';
import { STAGES, stagePair, type StageId } from './status-machine';

const referralAt = (stage: StageId, id: string = stage): Referral => ({
  id,
  name: id,
  ...stagePair(stage),
  eTag: `e-${id}`,
});

const accept: BulkAction = { kind: 'accept' };
const decline: BulkAction = { kind: 'decline', statusReason: 'No budget' };
const lost: BulkAction = { kind: 'close', outcome: 'closed-lost', statusReason: 'Other vendor' };
const won: BulkAction = { kind: 'close', outcome: 'closed-won', statusReason: 'Price' };
const toReceived: BulkAction = { kind: 'move', target: 'new-received' };
const toPending: BulkAction = { kind: 'move', target: 'new-pending' };

// Written out from Partner Center's workflow (the moves the UI offers), not computed.
// '-' = legal; otherwise the reason it is skipped.
const TABLE: [StageId, BulkAction, string][] = [
  ['new-pending', accept, '-'],
  ['new-received', accept, '-'],
  ['active-accepted', accept, 'already-there'],
  ['closed-won', accept, 'read-only'],
  ['closed-expired', accept, 'read-only'],
  ['new-pending', decline, '-'],
  ['new-received', decline, '-'],
  ['active-accepted', decline, 'not-offered'],
  ['closed-declined', decline, 'already-there'],
  ['closed-lost', decline, 'read-only'],
  ['new-pending', lost, 'not-offered'],
  ['active-accepted', lost, '-'],
  ['active-accepted', won, '-'],
  ['new-received', won, 'not-offered'],
  ['closed-won', won, 'already-there'],
  ['new-pending', toReceived, '-'],
  ['new-received', toPending, '-'],
  ['active-accepted', toPending, 'not-offered'],
  ['closed-declined', toReceived, 'read-only'],
];

describe('bulk plan', () => {
  test.each(TABLE)('from %s, %o → %s', (stage, action, expected) => {
    expect(skipReason(referralAt(stage), action) ?? '-').toBe(expected);
  });

  test('an unknown status pair is skipped, never sent', () => {
    const odd = {
      ...referralAt('new-pending'),
      status: 'Active',
      substatus: 'Pending',
    } as Referral;
    expect(skipReason(odd, accept)).toBe('unknown-stage');
  });

  test('closing actions carry the one reason; accept and move only the stage pair', () => {
    expect(bulkChanges(decline)).toEqual({
      status: 'Closed',
      substatus: 'Declined',
      statusReason: 'No budget',
    });
    expect(bulkChanges(won)).toEqual({ status: 'Closed', substatus: 'Won', statusReason: 'Price' });
    expect(bulkChanges(accept)).toEqual({ status: 'Active', substatus: 'Accepted' });
    expect(bulkChanges(toReceived)).toEqual({ status: 'New', substatus: 'Received' });
  });

  test('a plan keeps the order of the selection and names every referral', () => {
    const plan = planBulk(
      [
        referralAt('new-pending', 'a'),
        referralAt('closed-won', 'b'),
        referralAt('new-received', 'c'),
      ],
      decline,
    );
    expect(plan.map((p) => [p.id, p.kind])).toEqual([
      ['a', 'write'],
      ['b', 'skip'],
      ['c', 'write'],
    ]);
  });

  test('property: planned writes are legal, and the plan run on its own result skips them all', () => {
    const actions: BulkAction[] = [accept, decline, lost, won, toReceived, toPending];
    const stageIds = STAGES.map((s) => s.id);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...stageIds), { maxLength: 20 }),
        fc.constantFrom(...actions),
        (stages, action) => {
          const referrals = stages.map((s, i) => referralAt(s, `r${i}`));
          const plan = planBulk(referrals, action);
          expect(plan).toHaveLength(referrals.length);
          // Apply the writes as a server would, then plan again: nothing is written twice.
          const after = plan.map((p) =>
            p.kind === 'write' ? { ...p.referral, ...p.changes } : p.referral,
          );
          expect(planBulk(after, action).every((p) => p.kind === 'skip')).toBe(true);
        },
      ),
    );
  });
});
