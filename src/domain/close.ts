import type { ReferralChanges } from './put-body';
import type { Referral } from './referral-schema';
import { stageOfReferral, stagePair, type StageId } from './status-machine';

/** Closing outcomes the UI offers, by the saved stage they start from. */
export type CloseOutcome = 'closed-won' | 'closed-lost' | 'closed-declined';

export const CLOSE_REASONS: Readonly<Record<CloseOutcome, readonly string[]>> = {
  'closed-won': ['price', 'relationship', 'solution-fit', 'partner-expertise', 'other'],
  'closed-lost': [
    'no-budget',
    'no-response',
    'other-vendor',
    'requirements-not-met',
    'timeline-too-short',
    'not-a-real-lead',
    'other',
  ],
  'closed-declined': [
    'no-budget',
    'no-response',
    'other-vendor',
    'requirements-not-met',
    'timeline-too-short',
    'not-a-real-lead',
    'other',
  ],
};

/** Outcomes offered from a saved stage: Won or Lost for an accepted referral, Decline for a new one. */
export function closeOutcomesFor(saved: StageId | undefined): CloseOutcome[] {
  if (saved === 'active-accepted') return ['closed-won', 'closed-lost'];
  if (saved === 'new-pending' || saved === 'new-received') return ['closed-declined'];
  return [];
}

export function closeOutcomesForReferral(
  referral: Pick<Referral, 'status' | 'substatus'>,
): CloseOutcome[] {
  return closeOutcomesFor(stageOfReferral(referral));
}

export type CloseDecision = {
  outcome: CloseOutcome;
  /** The text that goes into statusReason: the preset's label, then the user's words. */
  statusReason: string;
  /** Won confirms the final deal value. */
  dealValue?: number;
};

/** The statusReason text: "Preset label: free text", or either part alone. */
export function composeStatusReason(presetLabel: string, freeText: string): string {
  const text = freeText.trim();
  const label = presetLabel.trim();
  if (label && text) return `${label}: ${text}`;
  return label || text;
}

export function closeChanges(decision: CloseDecision): ReferralChanges {
  const { status, substatus } = stagePair(decision.outcome);
  const changes: ReferralChanges = { status, substatus, statusReason: decision.statusReason };
  if (decision.dealValue !== undefined) changes.details = { dealValue: decision.dealValue };
  return changes;
}

/** Close-reason groups: every preset of the close dialog, `other` taking free text. */
export const CLOSE_REASON_GROUPS: readonly string[] = [
  ...new Set(Object.values(CLOSE_REASONS).flat()),
];

/**
 * The preset a statusReason was written from, or `other`. The dialog writes "Label: text" or
 * "Label" in the closer's language, so `labels` lists each preset's label in every language.
 */
export function closeReasonGroup(
  statusReason: string,
  labels: Readonly<Record<string, readonly string[]>>,
): string {
  const text = statusReason.trim().toLocaleLowerCase('tr');
  for (const [preset, names] of Object.entries(labels)) {
    for (const name of names) {
      const label = name.trim().toLocaleLowerCase('tr');
      if (label && (text === label || text.startsWith(`${label}:`))) return preset;
    }
  }
  return 'other';
}
