import type { ReferralChanges } from './put-body';
import type { Referral } from './referral-schema';
import {
  checkApiMove,
  isClosingStage,
  isOfferedMove,
  isReadOnlyStage,
  stageOfReferral,
  stagePair,
  type StageId,
} from './status-machine';

/** What a rep can do to many referrals at once. Closing ones carry one reason for all. */
export type BulkAction =
  | { kind: 'accept' }
  | { kind: 'decline'; statusReason: string }
  | { kind: 'close'; outcome: 'closed-won' | 'closed-lost'; statusReason: string }
  | { kind: 'move'; target: MoveTarget };

/** "Move to" offers the open stages; closing goes through Decline or Close (a reason is needed). */
export const MOVE_TARGETS = ['new-pending', 'new-received', 'active-accepted'] as const;
export type MoveTarget = (typeof MOVE_TARGETS)[number];

export type SkipReason =
  /** Already in the stage the action leads to. */
  | 'already-there'
  /** Closed: nothing can change any more. */
  | 'read-only'
  /** The UI does not offer this move from the saved stage (e.g. Decline an accepted referral). */
  | 'not-offered'
  /** The saved status·substatus pair is not one of the seven stages. */
  | 'unknown-stage';

export type BulkPlanItem =
  | { id: string; referral: Referral; kind: 'write'; changes: ReferralChanges }
  | { id: string; referral: Referral; kind: 'skip'; reason: SkipReason };

export function targetOf(action: BulkAction): StageId {
  switch (action.kind) {
    case 'accept':
      return 'active-accepted';
    case 'decline':
      return 'closed-declined';
    case 'close':
      return action.outcome;
    case 'move':
      return action.target;
  }
}

export function isClosingAction(action: BulkAction): boolean {
  return isClosingStage(targetOf(action));
}

/** The fields the action writes: the stage pair, and the reason for a close. */
export function bulkChanges(action: BulkAction): ReferralChanges {
  const pair = stagePair(targetOf(action));
  if (action.kind === 'decline' || action.kind === 'close')
    return { ...pair, statusReason: action.statusReason };
  return { ...pair };
}

/** Why a referral saved as it is cannot take the action, or undefined when it can. */
export function skipReason(referral: Referral, action: BulkAction): SkipReason | undefined {
  const saved = stageOfReferral(referral);
  if (saved === undefined) return 'unknown-stage';
  const target = targetOf(action);
  if (saved === target) return 'already-there';
  if (isReadOnlyStage(saved)) return 'read-only';
  if (!isOfferedMove(saved, target)) return 'not-offered';
  // The UI's moves are a subset of the API's rule; checked anyway so an illegal one is never sent.
  if (!checkApiMove(referral, stagePair(target)).ok) return 'not-offered';
  return undefined;
}

/**
 * Per referral, from its SAVED state: a write of the action's fields, or a skip with its reason.
 * Run again after a partial run, it skips the ones already moved ("already-there").
 */
export function planBulk(referrals: readonly Referral[], action: BulkAction): BulkPlanItem[] {
  const changes = bulkChanges(action);
  return referrals.map((referral) => {
    const reason = skipReason(referral, action);
    return reason
      ? { id: referral.id, referral, kind: 'skip', reason }
      : { id: referral.id, referral, kind: 'write', changes };
  });
}
