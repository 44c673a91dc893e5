import { CREATE_ONLY_FIELDS, SERVER_FIELDS, SERVER_ONLY_KEYS } from '../../domain/api-contract';
import { isSameValue } from '../../domain/merge';
import type { Referral } from '../../domain/referral-schema';
import { STAGES, checkApiMove, stageOf, type StagePair } from '../../domain/status-machine';
import type { FaultScenario } from './faults';
import { invalidRequest, type SimResult } from './sim-result';
import { newETag, nextServerTimestamp } from './server-values';

/**
 * The rules every update shares, whatever its wire form: PUT builds the proposed referral from its
 * body; PATCH will build it by applying its operations to the current copy. Both then call
 * `commitUpdate`, which checks the proposal against the stored copy and stamps the server fields.
 */

export type WriteOutcome = { ok: true; referral: Referral } | { ok: false; result: SimResult };

const pairText = (pair: StagePair) => `${pair.status}/${pair.substatus}`;

function rejectMove(
  current: Referral,
  proposed: Referral,
  faults: FaultScenario,
): SimResult | undefined {
  const options = { isClosedFrozen: faults.closedFrozen };
  const verdict = checkApiMove(current, proposed, options);
  if (verdict.ok) return undefined;
  const allowed = STAGES.filter((s) => checkApiMove(current, s, options).ok).map(pairText);
  return invalidRequest(verdict.message, 'status', {
    code:
      verdict.rule === 'invalid-pair' ? 'invalidStatusSubstatusPair' : 'invalidStatusTransition',
    message: `Allowed from ${pairText(current)}: ${allowed.length ? allowed.join(', ') : 'nothing'}.`,
  });
}

/** The fields a client may write, for "did anything change" checks. */
function clientView(referral: Referral): Record<string, unknown> {
  const view: Record<string, unknown> = { ...referral };
  for (const key of [...SERVER_FIELDS, ...SERVER_ONLY_KEYS]) delete view[key];
  return view;
}

function checkRules(
  current: Referral,
  proposed: Referral,
  faults: FaultScenario,
): SimResult | undefined {
  for (const field of CREATE_ONLY_FIELDS) {
    if (proposed[field] !== undefined && !isSameValue(proposed[field], current[field])) {
      return invalidRequest(
        `'${field}' is set when a referral is created and cannot change.`,
        field,
      );
    }
  }
  const moveError = rejectMove(current, proposed, faults);
  if (moveError) return moveError;
  if (faults.closedFrozen && current.status === 'Closed') {
    if (!isSameValue(clientView(current), clientView(proposed))) {
      return invalidRequest(
        `A Closed referral (${current.substatus}) cannot be changed.`,
        'status',
        {
          code: 'referralClosed',
          message: 'Closed referrals are read-only in this mode.',
        },
      );
    }
  }
  const stage = stageOf(proposed);
  const needsReason = stage === 'closed-lost' || stage === 'closed-declined';
  if (faults.strictReason && needsReason && !proposed.statusReason?.trim()) {
    return invalidRequest(
      `A statusReason is required to close a referral as ${proposed.substatus}.`,
      'statusReason',
    );
  }
  return undefined;
}

/**
 * Check `proposed` (a full referral) against `current` and build the copy to store: server fields
 * come from `current` (B8), create-only fields must not change (B8), the move must be allowed
 * (B11, B12), and a new eTag, `updatedDateTime` and entry stamps are set (B1, B13).
 */
export function commitUpdate(
  current: Referral,
  proposed: Referral,
  context: { now: Date; faults: FaultScenario },
): WriteOutcome {
  const error = checkRules(current, proposed, context.faults);
  if (error) return { ok: false, result: error };

  const next: Record<string, unknown> = { ...proposed };
  for (const key of SERVER_ONLY_KEYS) delete next[key];
  for (const field of [...SERVER_FIELDS, ...CREATE_ONLY_FIELDS, 'links'] as const) {
    if (current[field] === undefined) delete next[field];
    else next[field] = current[field];
  }
  const stamp = nextServerTimestamp(context.now, current.updatedDateTime);
  if (current.status !== 'Active' && proposed.status === 'Active') next.acceptedDateTime = stamp;
  if (current.status !== 'Closed' && proposed.status === 'Closed') next.closedDateTime = stamp;
  next.updatedDateTime = stamp;
  next.eTag = newETag(context.now);
  return { ok: true, referral: next as Referral };
}
