import type { Referral, ReferralStatus, ReferralSubstatus } from './referral-schema';

/**
 * The one source of allowed status moves (spec section 2). Two rules live here:
 * - the API's rule, which the simulator enforces (valid pairs + documented status transitions);
 * - the moves the UI offers, a stricter subset following Partner Center's own workflow.
 */

export type StagePair = { status: ReferralStatus; substatus: ReferralSubstatus };

export const STAGE_IDS = [
  'new-pending',
  'new-received',
  'active-accepted',
  'closed-won',
  'closed-lost',
  'closed-declined',
  'closed-expired',
] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** The seven valid status·substatus pairs, in board order. */
export const STAGES: readonly (StagePair & { id: StageId })[] = [
  { id: 'new-pending', status: 'New', substatus: 'Pending' },
  { id: 'new-received', status: 'New', substatus: 'Received' },
  { id: 'active-accepted', status: 'Active', substatus: 'Accepted' },
  { id: 'closed-won', status: 'Closed', substatus: 'Won' },
  { id: 'closed-lost', status: 'Closed', substatus: 'Lost' },
  { id: 'closed-declined', status: 'Closed', substatus: 'Declined' },
  { id: 'closed-expired', status: 'Closed', substatus: 'Expired' },
];

const STAGE_BY_ID = new Map(STAGES.map((s) => [s.id, s]));

export function isStageId(value: string): value is StageId {
  return STAGE_BY_ID.has(value as StageId);
}

export function stagePair(id: StageId): StagePair {
  const stage = STAGE_BY_ID.get(id);
  if (!stage) throw new Error(`Unknown stage ${id}`);
  return { status: stage.status, substatus: stage.substatus };
}

/** The stage of a status·substatus pair, or undefined when the pair is not one of the seven. */
export function stageOf(pair: StagePair): StageId | undefined {
  return STAGES.find((s) => s.status === pair.status && s.substatus === pair.substatus)?.id;
}

export function stageOfReferral(
  referral: Pick<Referral, 'status' | 'substatus'>,
): StageId | undefined {
  return stageOf(referral);
}

export function isValidPair(pair: StagePair): boolean {
  return stageOf(pair) !== undefined;
}

/** Substatuses that belong to a status (column 3 of the documented table). */
export const SUBSTATUSES_OF: Readonly<Record<ReferralStatus, readonly ReferralSubstatus[]>> = {
  None: [],
  New: ['Pending', 'Received'],
  Active: ['Accepted'],
  Closed: ['Won', 'Lost', 'Declined', 'Expired'],
};

/** Status moves allowed by the documented table (column 2). */
export const STATUS_MOVES: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  None: ['New', 'Active', 'Closed'],
  New: ['New', 'Active', 'Closed'],
  Active: ['Active', 'Closed'],
  Closed: ['Closed'],
};

export type MoveVerdict =
  | { ok: true }
  | {
      ok: false;
      rule: 'invalid-pair' | 'status-move' | 'expired-by-client' | 'closed-frozen';
      message: string;
    };

export type ApiRuleOptions = {
  /** Optional strict mode (B11): nothing changes once a referral is Closed. */
  isClosedFrozen?: boolean;
};

/** The API's rule (B11, B12): may a referral saved as `from` become `to`? */
export function checkApiMove(
  from: StagePair,
  to: StagePair,
  options: ApiRuleOptions = {},
): MoveVerdict {
  if (!isValidPair(to)) {
    return {
      ok: false,
      rule: 'invalid-pair',
      message: `Substatus '${to.substatus}' does not belong to status '${to.status}'. Valid substatuses of '${to.status}': ${SUBSTATUSES_OF[to.status].join(', ') || 'none'}.`,
    };
  }
  const isSame = from.status === to.status && from.substatus === to.substatus;
  if (isSame) return { ok: true };
  if (!STATUS_MOVES[from.status].includes(to.status)) {
    return {
      ok: false,
      rule: 'status-move',
      message: `Status '${from.status}' with substatus '${from.substatus}' cannot move to status '${to.status}'. Allowed statuses from '${from.status}': ${STATUS_MOVES[from.status].join(', ')}.`,
    };
  }
  if (to.substatus === 'Expired') {
    return {
      ok: false,
      rule: 'expired-by-client',
      message:
        "Substatus 'Expired' is set by the system when a referral goes unanswered; a client cannot set it.",
    };
  }
  if (options.isClosedFrozen && from.status === 'Closed') {
    return {
      ok: false,
      rule: 'closed-frozen',
      message: `A Closed referral (${from.substatus}) cannot change status or substatus.`,
    };
  }
  return { ok: true };
}

/** Moves the UI offers (Partner Center's workflow), always from the *saved* stage. */
const OFFERED: Readonly<Record<StageId, readonly StageId[]>> = {
  'new-pending': ['new-pending', 'new-received', 'active-accepted', 'closed-declined'],
  'new-received': ['new-pending', 'new-received', 'active-accepted', 'closed-declined'],
  'active-accepted': ['active-accepted', 'closed-won', 'closed-lost'],
  'closed-won': [],
  'closed-lost': [],
  'closed-declined': [],
  'closed-expired': [],
};

/** Stages the UI offers from a saved stage, the saved stage included (empty when read-only). */
export function offeredStages(saved: StageId): readonly StageId[] {
  return OFFERED[saved];
}

/** Stages a referral may be moved to by the UI: the offered ones other than where it is now. */
export function offeredTargets(saved: StageId): StageId[] {
  return OFFERED[saved].filter((s) => s !== saved);
}

export function isOfferedMove(saved: StageId, target: StageId): boolean {
  return OFFERED[saved].includes(target);
}

export function isReadOnlyStage(stage: StageId | undefined): boolean {
  return stage === undefined || OFFERED[stage].length === 0;
}

/** Closing stages need a reason and confirmation (the close dialog). */
export function isClosingStage(stage: StageId): boolean {
  return stage === 'closed-won' || stage === 'closed-lost' || stage === 'closed-declined';
}

/** Statuses the form offers from a saved stage, with the substatuses each may take. */
export function offeredStatusOptions(
  saved: StageId,
): { status: ReferralStatus; substatuses: ReferralSubstatus[] }[] {
  const result: { status: ReferralStatus; substatuses: ReferralSubstatus[] }[] = [];
  for (const id of OFFERED[saved]) {
    const pair = stagePair(id);
    let entry = result.find((r) => r.status === pair.status);
    if (!entry) {
      entry = { status: pair.status, substatuses: [] };
      result.push(entry);
    }
    entry.substatuses.push(pair.substatus);
  }
  return result;
}
