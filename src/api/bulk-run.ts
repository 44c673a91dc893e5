import type { QueryClient } from '@tanstack/react-query';
import type { BulkPlanItem, SkipReason } from '../domain/bulk';
import type { Referral } from '../domain/referral-schema';
import { isApiError } from './api-error';
import { isWriteConflict, writeReferral } from './referral-writes';

/** At most this many writes of one bulk run are on their way at once. */
export const BULK_CONCURRENCY = 4;

export type BulkOutcome =
  | { id: string; referral: Referral; status: 'saved'; isReapplied: boolean }
  | { id: string; referral: Referral; status: 'conflict'; fields: readonly string[] }
  | { id: string; referral: Referral; status: 'skipped'; reason: SkipReason }
  | { id: string; referral: Referral; status: 'failed'; error: unknown };

export type BulkRunOptions = {
  concurrency?: number;
  /** Each referral's outcome as soon as it is known (skips first, then writes as they settle). */
  onOutcome?: (outcome: BulkOutcome) => void;
};

/**
 * Run a bulk plan: skips are reported, never sent; each write is one PUT (PATCH in patch mode)
 * through the one write path with the automatic 412 policy, with that referral's own cached eTag;
 * a 429 waits for its Retry-After. Every write stands alone (its own If-Match), so a run cut short
 * keeps what it saved, and a new plan from the saved state skips those.
 */
export async function runBulk(
  queryClient: QueryClient,
  plan: readonly BulkPlanItem[],
  options: BulkRunOptions = {},
): Promise<BulkOutcome[]> {
  const outcomes = new Map<string, BulkOutcome>();
  const report = (outcome: BulkOutcome) => {
    outcomes.set(outcome.id, outcome);
    options.onOutcome?.(outcome);
  };
  const writes = plan.filter((item) => item.kind === 'write');
  for (const item of plan) {
    if (item.kind === 'skip')
      report({ id: item.id, referral: item.referral, status: 'skipped', reason: item.reason });
  }

  let next = 0;
  const worker = async () => {
    while (next < writes.length) {
      const item = writes[next++];
      if (!item) break;
      report(await writeOne(queryClient, item));
    }
  };
  const width = Math.max(1, Math.min(options.concurrency ?? BULK_CONCURRENCY, writes.length));
  await Promise.all(Array.from({ length: width }, worker));
  return plan.map((item) => outcomes.get(item.id)).filter((o): o is BulkOutcome => Boolean(o));
}

async function writeOne(
  queryClient: QueryClient,
  item: Extract<BulkPlanItem, { kind: 'write' }>,
): Promise<BulkOutcome> {
  try {
    const result = await writeReferral(queryClient, {
      id: item.id,
      changes: item.changes,
      policy: 'auto-reapply',
      seen: item.referral,
      isThrottleRetried: true,
    });
    return {
      id: item.id,
      referral: result.referral,
      status: 'saved',
      isReapplied: result.isReapplied,
    };
  } catch (error) {
    if (isWriteConflict(error))
      return { id: item.id, referral: error.latest, status: 'conflict', fields: error.fields };
    // A user-merge 412 never reaches here (the policy is automatic); kept as a conflict if it did.
    if (isApiError(error) && error.isConflict)
      return { id: item.id, referral: item.referral, status: 'conflict', fields: [] };
    return { id: item.id, referral: item.referral, status: 'failed', error };
  }
}
