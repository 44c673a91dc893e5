import type { Referral } from '../../domain/referral-schema';
import { hash32 } from '../seed/prng';
import { EXPIRED_REASON } from '../seed/seed-themes';
import { formatETag, nextServerTimestamp } from '../rules/server-values';

/**
 * B12: an incoming New referral past its `expirationDateTime` is Closed·Expired when read.
 *
 * The expired copy is derived, not written back: its eTag and times follow from the stored copy
 * and the expiry instant alone, so every read, every tab and every reload sees the same new
 * version, and reads never write. Writing it back would also grow localStorage by a full referral
 * per expired lead (thousands at 20,000 referrals), which the quota cannot hold.
 */

export function expiryTime(referral: Referral): number | undefined {
  if (referral.status !== 'New' || referral.direction !== 'Incoming') return undefined;
  if (!referral.expirationDateTime) return undefined;
  const at = Date.parse(referral.expirationDateTime);
  return Number.isNaN(at) ? undefined : at;
}

export function withLazyExpiry(referral: Referral, nowMs: number): Referral {
  const at = expiryTime(referral);
  if (at === undefined || at > nowMs) return referral;
  const stamp = nextServerTimestamp(new Date(at), referral.updatedDateTime);
  return {
    ...referral,
    status: 'Closed',
    substatus: 'Expired',
    statusReason: referral.statusReason?.trim() ? referral.statusReason : EXPIRED_REASON,
    closedDateTime: stamp,
    updatedDateTime: stamp,
    eTag: formatETag(hash32(`${referral.eTag ?? ''}|expired`).toString(16), at),
  };
}
