import type { Referral } from '../../domain/referral-schema';
import { stageOfReferral, type StageId } from '../../domain/status-machine';

/**
 * What the figures read of a referral, parsed once: the stage, the dates as epoch ms, the amount,
 * the currency code, the names. Pure.
 */
export type ReferralFacts = {
  referral: Referral;
  stage: StageId | undefined;
  isIncoming: boolean;
  /** Upper-case code; '' when the referral has none. */
  currency: string;
  /** The deal value when it is a finite number. */
  value: number | null;
  created: number | null;
  accepted: number | null;
  closed: number | null;
  expires: number | null;
  /** `YYYY-MM` (UTC) of `closed`. */
  closedMonth: string | null;
  /** Trimmed; '' when none. */
  customer: string;
  /** Distinct product ids, in the order listed. */
  products: readonly string[];
  /** Trimmed statusReason; '' when none. */
  reason: string;
};

function at(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

function readFacts(r: Referral): ReferralFacts {
  const dealValue = r.details?.dealValue;
  const closed = at(r.closedDateTime);
  return {
    referral: r,
    stage: stageOfReferral(r),
    isIncoming: r.direction === 'Incoming',
    currency: (r.details?.currency ?? '').trim().toUpperCase(),
    value: typeof dealValue === 'number' && Number.isFinite(dealValue) ? dealValue : null,
    created: at(r.createdDateTime),
    accepted: at(r.acceptedDateTime),
    closed,
    expires: at(r.expirationDateTime),
    closedMonth: closed === null ? null : new Date(closed).toISOString().slice(0, 7),
    customer: (r.customerProfile?.name ?? '').trim(),
    products: [...new Set((r.details?.requirements?.products ?? []).map((p) => p.id))],
    reason: r.statusReason?.trim() ?? '',
  };
}

// Cached data is never changed in place (a save writes a new object), so a referral's facts can be
// kept for as long as the referral lives: a period or probability change parses nothing again.
const cache = new WeakMap<Referral, ReferralFacts>();

export function factsOf(referral: Referral): ReferralFacts {
  let facts = cache.get(referral);
  if (!facts) {
    facts = readFacts(referral);
    cache.set(referral, facts);
  }
  return facts;
}
