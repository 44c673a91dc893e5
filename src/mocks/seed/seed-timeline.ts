import type { ReferralDirection } from '../../domain/referral-schema';
import type { StageId } from '../../domain/status-machine';
import type { Rng } from './prng';
import { DAY_MS, midnightUtc, serverTimestamp, wholeSeconds } from '../rules/server-values';

/**
 * The dates of one seeded referral, consistent with its stage and relative to `now`:
 * incoming referrals expire at midnight UTC 14 days after creation (spec 1.1); a New one has not
 * expired yet; an Expired one closed at its expiration; outgoing ones were accepted on creation.
 */

export type Timeline = {
  createdDateTime: string;
  updatedDateTime: string;
  expirationDateTime: string | null;
  acceptedDateTime?: string;
  closedDateTime?: string;
  closingDateTime: string;
};

const EXPIRY_DAYS = 14;

export type TimelinePlan = {
  stage: StageId;
  direction: ReferralDirection;
  /** For New incoming referrals: expiry in this many days (at midnight UTC), 1 to 14. */
  expiresInDays?: number;
};

export function buildTimeline(plan: TimelinePlan, rng: Rng, nowMs: number): Timeline {
  const ts = (ms: number) => serverTimestamp(Math.floor(ms), rng.int(0, 9999));
  const between = (from: number, to: number) => from + rng.next() * Math.max(0, to - from);
  const today = midnightUtc(nowMs);
  const expiryOf = (createdMs: number) => midnightUtc(createdMs) + EXPIRY_DAYS * DAY_MS;
  const isIncoming = plan.direction === 'Incoming';
  const closingAround = (ms: number, from: number, to: number) =>
    wholeSeconds(midnightUtc(ms) + rng.int(from, to) * DAY_MS);

  if (plan.stage === 'new-pending' || plan.stage === 'new-received') {
    const expiresIn = plan.expiresInDays ?? rng.int(1, EXPIRY_DAYS);
    const createdDay = today + (expiresIn - EXPIRY_DAYS) * DAY_MS;
    const created = between(createdDay, Math.min(createdDay + DAY_MS, nowMs - 60_000));
    const updated = plan.stage === 'new-pending' ? created : between(created, nowMs);
    const createdText = ts(created);
    return {
      createdDateTime: createdText,
      updatedDateTime: plan.stage === 'new-pending' ? createdText : ts(updated),
      expirationDateTime: wholeSeconds(expiryOf(created)),
      closingDateTime: closingAround(nowMs, 14, 200),
    };
  }

  if (plan.stage === 'closed-expired') {
    const created = nowMs - rng.int(15, 300) * DAY_MS - rng.next() * DAY_MS;
    const expiry = expiryOf(created);
    return {
      createdDateTime: ts(created),
      updatedDateTime: serverTimestamp(expiry),
      expirationDateTime: wholeSeconds(expiry),
      closedDateTime: serverTimestamp(expiry),
      closingDateTime: closingAround(created, 30, 120),
    };
  }

  const isClosed = plan.stage !== 'active-accepted';
  const oldestDays = isClosed ? 400 : 150;
  const created = nowMs - rng.int(isClosed ? 20 : 1, oldestDays) * DAY_MS - rng.next() * DAY_MS;
  const expiry = isIncoming ? expiryOf(created) : null;
  // Incoming referrals were answered before they expired; outgoing ones are accepted on creation.
  const answered = expiry === null ? created : between(created, Math.min(expiry, nowMs) - 60_000);
  const timeline: Timeline = {
    createdDateTime: ts(created),
    updatedDateTime: '',
    expirationDateTime: expiry === null ? null : wholeSeconds(expiry),
    closingDateTime: '',
  };
  if (plan.stage !== 'closed-declined') {
    timeline.acceptedDateTime = expiry === null ? timeline.createdDateTime : ts(answered);
  }
  if (!isClosed) {
    timeline.updatedDateTime = ts(between(answered, nowMs));
    // Mostly ahead; about one in ten is overdue.
    timeline.closingDateTime = closingAround(nowMs, rng.chance(0.1) ? -30 : 7, 240);
    return timeline;
  }
  const closed = plan.stage === 'closed-declined' ? answered : between(answered, nowMs - DAY_MS);
  timeline.closedDateTime = ts(closed);
  timeline.updatedDateTime = rng.chance(0.8) ? timeline.closedDateTime : ts(between(closed, nowMs));
  timeline.closingDateTime = closingAround(closed, -20, 20);
  return timeline;
}
