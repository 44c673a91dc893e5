import type { QueryClient } from '@tanstack/react-query';
import { isCompleteCopy } from '../domain/complete-copy';
import { changedFields } from '../domain/merge';
import { applyChanges, type ReferralChanges } from '../domain/put-body';
import type { Referral } from '../domain/referral-schema';
import { isApiError } from './api-error';
import { referralApi } from './api-registry';
import { newId } from './http-client';
import { referralKeys } from './referral-queries';
import { getReferral } from './referrals';
import { updateReferral } from './referral-write-requests';
import { storeReferral } from './referral-cache';
import { retryDelay, MAX_RETRIES } from './retry-policy';

/**
 * The one write path for an existing referral. Every save (form, board move, bulk) is a TanStack
 * Query mutation in the scope of its referral, so writes to one referral run one after another and
 * each reads the eTag its predecessor stored; writes to different referrals run side by side.
 *
 * What a 412 does is the caller's policy:
 * - 'user-merge' (the form): the 412 is thrown as it came; the caller shows the merge view.
 * - 'auto-reapply' (board moves, bulk): the latest copy is fetched; when someone else changed only
 *   fields this write does not touch, the same changes are sent once more on it; otherwise (or on a
 *   second 412) a WriteConflictError says what they changed.
 */
export type ConflictPolicy = 'user-merge' | 'auto-reapply';

export type WriteVariables = {
  id: string;
  /** Only the fields this write changes; laid over the base copy. */
  changes: ReferralChanges;
  policy: ConflictPolicy;
  /**
   * The copy the user decided on (a card, a row of the bulk selection). When the base copy the
   * write finds is newer, someone else's change to a field this write touches is a conflict.
   */
  seen?: Referral;
  /** Reuse to retry the same logical save with the same client-request-id. */
  clientRequestId?: string;
  /**
   * Called with each newer copy this write reads from the server (a summary completed, the latest
   * copy after a 412) just before it goes into the caches: the board keeps its card where it was
   * dropped meanwhile.
   */
  onNewerCopy?: (copy: Referral) => void;
  /** Wait out a 429 (its Retry-After) and send again, at most MAX_RETRIES times (bulk). */
  isThrottleRetried?: boolean;
};

export type WriteResult = {
  referral: Referral;
  /** The write was sent again on a copy someone else had changed meanwhile. */
  isReapplied: boolean;
};

/** Someone else changed what this write changes: nothing of it was saved. */
export class WriteConflictError extends Error {
  readonly latest: Referral;
  /** The fields (domain/merge keys) both sides changed; empty after a second 412. */
  readonly fields: readonly string[];
  constructor(latest: Referral, fields: readonly string[]) {
    super(`Someone else changed ${fields.join(', ') || 'the referral'} meanwhile.`);
    this.name = 'WriteConflictError';
    this.latest = latest;
    this.fields = fields;
  }
}

export function isWriteConflict(error: unknown): error is WriteConflictError {
  return error instanceof WriteConflictError;
}

export const writeKeys = {
  all: ['referrals', 'write'] as const,
  referral: (id: string) => [...writeKeys.all, id] as const,
};

/**
 * A copy a write may be built on. The detail cache holds only server answers for this one id
 * (GET by id, or a write's answer): whole by definition. A list item counts only when it carries
 * every written-back key (domain/complete-copy). Otherwise, or when the cached copy is not the one
 * the user decided on (which of the two is newer cannot be told), the referral is read first.
 */
async function baseCopy(queryClient: QueryClient, vars: WriteVariables): Promise<Referral> {
  const { id, seen } = vars;
  let cached = queryClient.getQueryData<Referral>(referralKeys.detail(id));
  if (!cached?.eTag) {
    cached = undefined;
    for (const [, list] of queryClient.getQueriesData<{ items: Referral[] }>({
      queryKey: referralKeys.lists(),
    })) {
      const found = list?.items.find((r) => r.id === id);
      if (found && isCompleteCopy(found)) cached = found;
    }
  }
  if (cached && (!seen || seen.eTag === cached.eTag)) return cached;
  return readLatest(queryClient, vars);
}

async function readLatest(queryClient: QueryClient, vars: WriteVariables): Promise<Referral> {
  const latest = await getReferral(referralApi(), vars.id);
  vars.onNewerCopy?.(latest);
  storeReferral(queryClient, latest);
  return latest;
}

const touchedBy = (copy: Referral, changes: ReferralChanges) =>
  changedFields(copy, applyChanges(copy, changes));

const overlap = (a: readonly string[], b: readonly string[]) => a.filter((k) => b.includes(k));

async function write(queryClient: QueryClient, vars: WriteVariables): Promise<WriteResult> {
  const { changes, policy, seen } = vars;
  const clientRequestId = vars.clientRequestId ?? newId();
  const send = (from: Referral) =>
    updateReferral(referralApi(), {
      lastRead: from,
      changes,
      eTag: from.eTag ?? '',
      clientRequestId,
    });

  const base = await baseCopy(queryClient, vars);
  if (policy === 'auto-reapply' && seen && seen.eTag !== base.eTag) {
    // The server's copy is newer than the one the user acted on: a change there to what this
    // write touches means the user decided on something that is no longer so.
    const clash = overlap(changedFields(seen, base), touchedBy(seen, changes));
    if (clash.length > 0) throw new WriteConflictError(base, clash);
  }
  try {
    return { referral: await send(base), isReapplied: false };
  } catch (error) {
    if (policy === 'user-merge' || !isApiError(error) || !error.isConflict) throw error;
  }

  const latest = await readLatest(queryClient, vars);
  // The latest copy already holds this write: an earlier attempt landed but its answer was lost.
  if (touchedBy(latest, changes).length === 0) return { referral: latest, isReapplied: false };
  const reference = seen ?? base;
  const clash = overlap(changedFields(reference, latest), touchedBy(reference, changes));
  if (clash.length > 0) throw new WriteConflictError(latest, clash);
  try {
    return { referral: await send(latest), isReapplied: true };
  } catch (error) {
    if (isApiError(error) && error.isConflict) throw new WriteConflictError(latest, []);
    throw error;
  }
}

/** Send one write through the referral's mutation scope; resolves with the saved copy. */
export function writeReferral(
  queryClient: QueryClient,
  vars: WriteVariables,
): Promise<WriteResult> {
  const mutation = queryClient
    .getMutationCache()
    .build<WriteResult, unknown, WriteVariables, unknown>(queryClient, {
      mutationKey: writeKeys.referral(vars.id),
      scope: { id: `referral:${vars.id}` },
      mutationFn: (v) => write(queryClient, v),
      // Stored before the scope lets the next write of this referral start, so it reads this eTag.
      onSuccess: (result) => storeReferral(queryClient, result.referral),
      retry: vars.isThrottleRetried
        ? (failureCount, error) =>
            failureCount < MAX_RETRIES && isApiError(error) && error.status === 429
        : false,
      retryDelay,
    });
  return mutation.execute(vars);
}
