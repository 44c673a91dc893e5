import type { Referral } from './referral-schema';

/**
 * Top-level keys a PUT writes back. The PUT replaces the whole referral, so a copy that lacks one of
 * them (a list answer may leave fields out: spec 3.1, or a `$select`) would erase it on the server.
 * Present with `null` counts: the server sent it as empty.
 */
export const WRITTEN_BACK_KEYS = [
  'name',
  'status',
  'substatus',
  'customerProfile',
  'consent',
  'details',
  'team',
] as const;

/** The written-back keys a copy lacks (empty when it carries them all). */
export function missingKeys(referral: Referral): string[] {
  return WRITTEN_BACK_KEYS.filter((key) => !(key in referral));
}

/**
 * Whether a copy may be the base of a write: it carries an eTag and every written-back key.
 * A detail answer (GET by id, or the answer to a write) is the server's whole referral and is
 * trusted as it is; this rule is for copies that came from a list.
 */
export function isCompleteCopy(referral: Referral): boolean {
  return Boolean(referral.eTag) && missingKeys(referral).length === 0;
}
