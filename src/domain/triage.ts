import type { Referral } from './referral-schema';

/**
 * The rep's clocks for a referral that awaits an answer (spec 1.2, 2.1): Microsoft recommends an
 * answer within 24 hours of arrival, and expires an unanswered incoming referral after 14 days.
 * Pure: every function takes the time it compares against.
 */

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
export const RESPONSE_WINDOW_MS = 24 * HOUR_MS;
export const EXPIRY_DAYS = 14;
/** "Expiring" means fewer than this many milliseconds are left. */
export const LAST_HOURS_MS = 72 * HOUR_MS;

function timestamp(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const at = Date.parse(iso);
  return Number.isNaN(at) ? null : at;
}

/** New·Pending or New·Received: the partner has not answered yet. */
export function isAwaitingResponse(referral: Pick<Referral, 'status' | 'substatus'>): boolean {
  return (
    referral.status === 'New' &&
    (referral.substatus === 'Pending' || referral.substatus === 'Received')
  );
}

/**
 * When an unanswered referral lapses. The server's `expirationDateTime` when it has one; for an
 * incoming New referral without it, the documented rule: midnight UTC of the day 14 days after
 * creation (created 2018-10-30T21:03Z → 2018-11-13T00:00Z). Referrals you created never expire.
 */
export function expiryOf(
  referral: Pick<Referral, 'status' | 'direction' | 'expirationDateTime' | 'createdDateTime'>,
): number | null {
  if (referral.status !== 'New') return null;
  const given = timestamp(referral.expirationDateTime);
  if (given !== null) return given;
  if (referral.direction !== 'Incoming') return null;
  const created = timestamp(referral.createdDateTime);
  if (created === null) return null;
  const day = new Date(created + EXPIRY_DAYS * DAY_MS);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
}

export type ResponseClock = {
  /** Time since the referral arrived. */
  elapsedMs: number;
  /** Time left of the 24-hour recommendation; negative once it is overdue. */
  msLeft: number;
  isOverdue: boolean;
};

/** The 24-hour response recommendation, counted from `createdDateTime`. */
export function responseClock(
  referral: Pick<Referral, 'createdDateTime'>,
  now: number,
): ResponseClock | undefined {
  const created = timestamp(referral.createdDateTime);
  if (created === null) return undefined;
  const elapsedMs = Math.max(0, now - created);
  const msLeft = RESPONSE_WINDOW_MS - elapsedMs;
  return { elapsedMs, msLeft, isOverdue: msLeft < 0 };
}

export type ExpiryClock = {
  expiresAt: number;
  msLeft: number;
  isExpired: boolean;
  isLast72h: boolean;
};

/** The 14-day expiry countdown; undefined for a referral that never expires. */
export function expiryClock(
  referral: Pick<Referral, 'status' | 'direction' | 'expirationDateTime' | 'createdDateTime'>,
  now: number,
): ExpiryClock | undefined {
  const expiresAt = expiryOf(referral);
  if (expiresAt === null) return undefined;
  const msLeft = expiresAt - now;
  return {
    expiresAt,
    msLeft,
    isExpired: msLeft <= 0,
    isLast72h: msLeft > 0 && msLeft <= LAST_HOURS_MS,
  };
}

/** Awaits an answer and has not lapsed: the rep can still accept or decline it. */
export function needsResponse(referral: Referral, now: number): boolean {
  if (!isAwaitingResponse(referral)) return false;
  const expiresAt = expiryOf(referral);
  return expiresAt === null || expiresAt > now;
}

/**
 * The inbox: referrals that need a response, incoming first, then by time left (soonest expiry
 * first; no expiry last), then the oldest arrival, then id so the order is total.
 */
export function inboxOrder(referrals: readonly Referral[], now: number): Referral[] {
  const keyed = referrals
    .filter((r) => needsResponse(r, now))
    .map((r) => ({
      r,
      incoming: r.direction === 'Incoming' ? 0 : 1,
      expires: expiryOf(r) ?? Number.POSITIVE_INFINITY,
      created: timestamp(r.createdDateTime) ?? Number.POSITIVE_INFINITY,
    }));
  keyed.sort(
    (a, b) =>
      a.incoming - b.incoming ||
      compare(a.expires, b.expires) ||
      compare(a.created, b.created) ||
      (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0),
  );
  return keyed.map((k) => k.r);
}

function compare(a: number, b: number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** How many referrals need a response (the nav badge). */
export function countNeedsResponse(referrals: readonly Referral[], now: number): number {
  let count = 0;
  for (const r of referrals) if (needsResponse(r, now)) count++;
  return count;
}

/** Arrived after the given time (the user's previous visit); nothing is new on a first visit. */
export function isNewSince(
  referral: Pick<Referral, 'createdDateTime'>,
  since: number | null,
): boolean {
  if (since === null) return false;
  const created = timestamp(referral.createdDateTime);
  return created !== null && created > since;
}
