import { SERVER_ONLY_KEYS } from './api-contract';
import type { Referral } from './referral-schema';

/** A deep partial of a referral: what a user changed. Arrays replace, objects merge. */
export type ReferralChanges = { [key: string]: unknown };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep-merge `changes` over `base`: objects merge key by key, arrays and scalars replace. */
export function applyChanges<T extends Record<string, unknown>>(
  base: T,
  changes: ReferralChanges,
): T {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] =
      isPlainObject(value) && isPlainObject(current) ? applyChanges(current, value) : value;
  }
  return out as T;
}

/**
 * The body of a PUT (spec 3.5): the referral as last read, with the user's changes laid over it and
 * the `links` object (and the OData context) removed. Unknown keys the server sent are kept.
 */
export function buildPutBody(
  lastRead: Referral,
  changes: ReferralChanges = {},
): Record<string, unknown> {
  const merged: Record<string, unknown> = applyChanges(
    lastRead as Record<string, unknown>,
    changes,
  );
  for (const key of SERVER_ONLY_KEYS) delete merged[key];
  return merged;
}
