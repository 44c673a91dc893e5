import type { Referral } from './referral-schema';

/**
 * "Is this deal already here?": open referrals (New or Active) of the same customer (name and
 * country) whose deal name is similar. Names are compared folded, whatever the UI language: case,
 * accents and punctuation do not count, and the Turkish I, İ, ı and i all meet at "i"
 * ("İSTANBUL Bilişim A.Ş." is "istanbul bilisim a s").
 */

export function foldName(value: string): string {
  return (
    value
      .toLowerCase()
      .normalize('NFD')
      // Combining marks go, the dot of İ (lower-cased to i + U+0307) among them.
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ı/g, 'i')
      .replace(/ß/g, 'ss')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

const words = (value: string) => new Set(foldName(value).split(' ').filter(Boolean));

/**
 * Two deal names are similar when one's words mostly appear in the other's (overlap ≥ 60 %):
 * "Azure migration" and "Azure migration, phase 2" are; "Azure migration" and "Teams rollout" are not.
 */
export function isSimilarDealName(a: string, b: string): boolean {
  const left = words(a);
  const right = words(b);
  const smaller = Math.min(left.size, right.size);
  if (smaller === 0) return false;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / smaller >= 0.6;
}

export type DuplicateProbe = { customerName: string; country: string; dealName: string };

export function isOpenReferral(referral: Pick<Referral, 'status'>): boolean {
  return referral.status === 'New' || referral.status === 'Active';
}

export function findDuplicates(
  probe: DuplicateProbe,
  referrals: readonly Referral[],
  limit = 5,
): Referral[] {
  const customer = foldName(probe.customerName);
  const country = probe.country.trim().toUpperCase();
  if (!customer || !foldName(probe.dealName)) return [];
  const out: Referral[] = [];
  for (const referral of referrals) {
    if (!isOpenReferral(referral)) continue;
    const profile = referral.customerProfile;
    if (foldName(profile?.name ?? '') !== customer) continue;
    const theirs = (profile?.address?.country ?? '').trim().toUpperCase();
    // A referral without a country may still be the same customer; two different countries are not.
    if (country && theirs && theirs !== country) continue;
    if (!isSimilarDealName(probe.dealName, referral.name ?? '')) continue;
    out.push(referral);
    if (out.length >= limit) break;
  }
  return out;
}
