import { queryOptions } from '@tanstack/react-query';
import type { UnreadableReferral } from '../domain/referral-page';
import type { Referral } from '../domain/referral-schema';
import { isApiError } from './api-error';
import { referralApiReady } from './api-registry';
import { canRefreshByDelta, deltaFilter, mergeDelta, newestUpdate } from './list-sync';
import { shareListById } from './list-sharing';
import type { ServerFilter } from './odata-filter';
import { getReferral, getReferrals, type ReferralApi } from './referrals';
import { getReferralsInParallel } from './list-load';
import { logicalRequestIds } from './request-ids';

/** Performance marks the benchmark reads (data available → rows painted). */
function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(name);
}

/** The list as the cache holds it: grows page by page while `isComplete` is false. */
export type ReferralList = {
  items: Referral[];
  /** Items the app could not read (shown read-only, never edited); absent means none. */
  unreadable?: readonly UnreadableReferral[];
  pages: number;
  isComplete: boolean;
  /** Every open referral (New, Active) is in `items`, though closed history may still arrive. */
  isOpenComplete?: boolean;
  /** The newest `updatedDateTime` a list read has brought (not a save): where a delta starts. */
  syncedThrough?: string;
  /** When the last full load finished (ms since the epoch, this device's clock). */
  fullAt?: number;
};

/**
 * While pages arrive, how often the cache (and every view reading it, each an O(n) render) gets
 * the rows: every 300 ms up to 3,000 referrals, then rarer (1 s at 10,000), so the renders stay a
 * small share of the load; the first rows and "every open referral is in" at once
 * (docs/decisions/028).
 */
export const listProgressIntervalMs = (received: number) =>
  Math.min(2000, Math.max(300, received / 10));

/**
 * Resolves once the next frame has been painted (two animation frames, then a task), or after
 * 100 ms where no frame comes (a hidden tab, no DOM): the first rows are drawn before the rest of
 * the list is asked for.
 */
export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(fallback);
        setTimeout(resolve, 0);
      }),
    );
  });
}

/** Request-id numbers of delta requests, apart from those of the full load that may follow. */
const DELTA_IDS = 100_000_000;

/**
 * What changed since the list's `syncedThrough`, or undefined when the server refuses the filter
 * (then the caller loads the whole list again).
 */
async function refreshByDelta(
  api: ReferralApi,
  list: { syncedThrough: string },
  options: { signal: AbortSignal; requestId: (n: number) => string },
): Promise<{ changed: Referral[]; syncedThrough: string } | undefined> {
  try {
    const changed = await getReferrals(
      api,
      {},
      {
        ...options,
        extraFilter: deltaFilter(list.syncedThrough),
      },
    );
    return { changed, syncedThrough: newestUpdate(changed) ?? list.syncedThrough };
  } catch (error) {
    if (isApiError(error) && error.kind === 'http' && error.status === 400) return undefined;
    throw error;
  }
}

export const referralKeys = {
  all: ['referrals'] as const,
  lists: () => [...referralKeys.all, 'list'] as const,
  list: (filter: ServerFilter) => [...referralKeys.lists(), filter] as const,
  details: () => [...referralKeys.all, 'detail'] as const,
  detail: (id: string) => [...referralKeys.details(), id] as const,
};

export const referralQueries = {
  /**
   * Every referral matching the server filter; rows appear as each page arrives. The unfiltered
   * list loads as parallel slices, open referrals first (docs/decisions/023); once complete, a
   * refetch asks only for what changed since (docs/decisions/024).
   */
  list: (filter: ServerFilter = {}) =>
    queryOptions({
      queryKey: referralKeys.list(filter),
      queryFn: async ({ signal, client, queryKey }): Promise<ReferralList> => {
        const api = await referralApiReady();
        const ids = logicalRequestIds(client, queryKey);
        let unreadable: UnreadableReferral[] = [];
        const cached = client.getQueryData<ReferralList>(queryKey);
        if (canRefreshByDelta(cached, Date.now())) {
          // The cached list (a return visit's device copy) is painted before the delta is asked
          // for: its response, and in the demo the simulator answering it, is main-thread work
          // that would hold that frame back (decision 060).
          await afterNextPaint();
          signal.throwIfAborted();
          const refreshed = await refreshByDelta(api, cached, {
            signal,
            requestId: (n) => ids.forRequest(DELTA_IDS + n),
          });
          if (refreshed) {
            mark('rd:list-delta-done');
            ids.done();
            // Saves that landed while the delta was on its way are in the cache: merge into that.
            const latest = client.getQueryData<ReferralList>(queryKey) ?? cached;
            return {
              ...latest,
              items: mergeDelta(latest.items, refreshed.changed),
              syncedThrough: refreshed.syncedThrough,
            };
          }
        }
        let isFirstMarked = false;
        let isOpenMarked = false;
        const items = await getReferralsInParallel(api, filter, {
          signal,
          requestId: ids.forRequest,
          progressIntervalMs: listProgressIntervalMs,
          afterFirstRows: afterNextPaint,
          onProgress: (progress) => {
            unreadable = progress.unreadable;
            if (!isFirstMarked && progress.items.length > 0) {
              isFirstMarked = true;
              mark('rd:list-first-page');
            }
            if (progress.isOpenComplete && !isOpenMarked) {
              isOpenMarked = true;
              mark('rd:list-open-complete');
            }
            // A refetch keeps showing the complete list it replaces until the new one is complete;
            // nothing received yet is not a list (a load that fails at once shows as failed).
            const current = client.getQueryData<ReferralList>(queryKey);
            if (!progress.isComplete && !current?.isComplete && progress.items.length > 0) {
              client.setQueryData<ReferralList>(queryKey, {
                items: progress.items,
                unreadable: progress.unreadable.slice(),
                pages: progress.pages,
                isComplete: false,
                isOpenComplete: progress.isOpenComplete,
              });
            }
          },
        });
        mark('rd:list-complete');
        ids.done();
        return {
          items,
          unreadable,
          pages: 0,
          isComplete: true,
          isOpenComplete: true,
          syncedThrough: newestUpdate(items),
          fullAt: Date.now(),
        };
      },
      staleTime: 30_000,
      // By id, not by position: O(n) per update instead of a deep compare of shifted rows.
      structuralSharing: shareListById,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: referralKeys.detail(id),
      queryFn: async ({ signal, client, queryKey }) => {
        const ids = logicalRequestIds(client, queryKey);
        const referral = await getReferral(await referralApiReady(), id, {
          signal,
          clientRequestId: ids.forRequest(0),
        });
        ids.done();
        return referral;
      },
      staleTime: 30_000,
    }),
};
