import type { Referral } from '../../domain/referral-schema';
import { STAGES, type StageId } from '../../domain/status-machine';
import { apiTime } from './iso-time';

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
  const ms = apiTime(iso) ?? Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** `YYYY-MM` (UTC) of the instant `ms`, read off its text when that is in the API's shape. */
function monthOf(iso: string, ms: number, isApiShape: boolean): string {
  return isApiShape ? iso.slice(0, 7) : new Date(ms).toISOString().slice(0, 7);
}

// The status machine's seven pairs (status-machine.ts), looked up by status then substatus.
const STAGE_BY_PAIR = new Map<string, Map<string, StageId>>();
for (const { status, substatus, id } of STAGES) {
  const bySubstatus = STAGE_BY_PAIR.get(status) ?? new Map<string, StageId>();
  bySubstatus.set(substatus, id);
  STAGE_BY_PAIR.set(status, bySubstatus);
}

const NO_PRODUCTS: readonly string[] = [];

function productIds(r: Referral): readonly string[] {
  const products = r.details?.requirements?.products;
  if (!products || products.length === 0) return NO_PRODUCTS;
  const [only] = products;
  if (products.length === 1 && only) return [only.id];
  return [...new Set(products.map((p) => p.id))];
}

function readFacts(r: Referral): ReferralFacts {
  const dealValue = r.details?.dealValue;
  const closedText = r.closedDateTime ?? '';
  const closedFast = closedText ? apiTime(closedText) : undefined;
  const closed = closedFast ?? at(closedText);
  return {
    referral: r,
    stage: STAGE_BY_PAIR.get(r.status)?.get(r.substatus),
    isIncoming: r.direction === 'Incoming',
    currency: (r.details?.currency ?? '').trim().toUpperCase(),
    value: typeof dealValue === 'number' && Number.isFinite(dealValue) ? dealValue : null,
    created: at(r.createdDateTime),
    accepted: at(r.acceptedDateTime),
    closed,
    expires: at(r.expirationDateTime),
    closedMonth: closed === null ? null : monthOf(closedText, closed, closedFast !== undefined),
    customer: (r.customerProfile?.name ?? '').trim(),
    products: productIds(r),
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
