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

type Cancel = () => void;

/** Runs `work` when the page is idle (soon after, where there is no idle callback). */
function whenIdle(work: (hasTime: () => boolean) => void): Cancel {
  if (typeof requestIdleCallback === 'function') {
    // The timeout: a page that is never idle still gets the work done, a slice at a time.
    const id = requestIdleCallback((deadline) => work(() => deadline.timeRemaining() > 1), {
      timeout: 500,
    });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => {
    const end = performance.now() + 8;
    work(() => performance.now() < end);
  }, 0);
  return () => clearTimeout(id);
}

const SLICE = 200;

/**
 * Parses the facts of a list ahead of the figures, in slices of idle time: while the list loads
 * page by page the page mostly waits on the network, and the figures drawn once it is complete
 * then only add up. `prepare` hands over the newest list (one that grew or was merged anew: the
 * referrals already parsed cost a lookup each); the work already scheduled goes on with it rather
 * than starting over, so a list that changes often is not put off again and again. At least one
 * slice per callback. `stop` ends it.
 */
export function factsPreparer() {
  let referrals: readonly Referral[] = [];
  let index = 0;
  let cancel: Cancel | null = null;
  const run = (hasTime: () => boolean) => {
    cancel = null;
    do {
      const stop = Math.min(index + SLICE, referrals.length);
      for (; index < stop; index++) factsOf(referrals[index] as Referral);
    } while (index < referrals.length && hasTime());
    if (index < referrals.length) cancel = whenIdle(run);
  };
  return {
    prepare: (next: readonly Referral[]) => {
      if (next !== referrals) {
        referrals = next;
        index = 0;
      }
      if (!cancel && index < referrals.length) cancel = whenIdle(run);
    },
    stop: () => {
      cancel?.();
      cancel = null;
    },
  };
}
