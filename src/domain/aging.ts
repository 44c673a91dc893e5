import type { Referral } from './referral-schema';
import { DAY_MS } from './triage';

/**
 * How long a referral has waited in its open stage, and whether that is too long. A New referral
 * ages from its arrival (Microsoft asks for an answer within 24 hours); an Active one from its last
 * update, or its acceptance when the update time is missing. Closed referrals do not age.
 */
export type AgingThresholds = { newDays: number; activeDays: number };

export const DEFAULT_AGING: AgingThresholds = { newDays: 1, activeDays: 30 };

export type Aging = {
  /** What the age counts from. */
  since: 'received' | 'updated' | 'accepted';
  /** Whole days elapsed (0 on the first day). */
  days: number;
  isOverdue: boolean;
};

function timestamp(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const at = Date.parse(iso);
  return Number.isNaN(at) ? null : at;
}

export function agingOf(
  referral: Pick<Referral, 'status' | 'createdDateTime' | 'updatedDateTime' | 'acceptedDateTime'>,
  now: number,
  thresholds: AgingThresholds,
): Aging | undefined {
  let since: Aging['since'];
  let from: number | null;
  let limitDays: number;
  if (referral.status === 'New') {
    since = 'received';
    from = timestamp(referral.createdDateTime);
    limitDays = thresholds.newDays;
  } else if (referral.status === 'Active') {
    const updated = timestamp(referral.updatedDateTime);
    since = updated !== null ? 'updated' : 'accepted';
    from = updated ?? timestamp(referral.acceptedDateTime);
    limitDays = thresholds.activeDays;
  } else {
    return undefined;
  }
  if (from === null) return undefined;
  const elapsed = Math.max(0, now - from);
  return { since, days: Math.floor(elapsed / DAY_MS), isOverdue: elapsed > limitDays * DAY_MS };
}
