import { parseReferralPage, type ReferralPageEnvelope } from '../domain/referral-page';
import type { Referral } from '../domain/referral-schema';
import { isApiError } from './api-error';
import { buildODataFilter, type ServerFilter } from './odata-filter';
import type * as ParallelPager from './parallel-pager';
import type { ListLoadOptions } from './parallel-pager';
import { firstPage, getReferralEnvelope, type PageRequest, type ReferralApi } from './referrals';

/**
 * A list load starts here: one page of the whole list. A list that fits on it (most accounts)
 * costs that one request, and the parallel pager (its slice planner and twin chains) is loaded
 * beside it, off the first route, and taken only when the page has a next link
 * (docs/decisions/023, 062).
 */

const MAX_THROTTLE_WAITS = 5;

/** Shared by every request of one load: a 429 pauses them all until its Retry-After has passed. */
export type Throttle = { pausedUntil: number };

/** The first page, as the pager takes it over: when it was asked for, and the load's throttle. */
export type FirstListPage = {
  envelope: ReferralPageEnvelope;
  askedAt: number;
  throttle: Throttle;
};

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * One page of a list load as sent (its items not read yet); `requestNumber` names it for its
 * client-request-id. A 429 pauses every request of the load until its Retry-After has passed.
 */
export async function fetchListPage(
  api: ReferralApi,
  request: PageRequest,
  requestNumber: number,
  options: Pick<ListLoadOptions, 'requestId' | 'signal'>,
  throttle: Throttle,
  signal = options.signal,
): Promise<ReferralPageEnvelope> {
  const id = options.requestId?.(requestNumber);
  for (let waits = 0; ; waits += 1) {
    const wait = throttle.pausedUntil - Date.now();
    if (wait > 0 && signal) await sleep(wait, signal);
    else if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    try {
      return await getReferralEnvelope(api, request, { signal, clientRequestId: id });
    } catch (error) {
      const isThrottled = isApiError(error) && error.kind === 'http' && error.status === 429;
      if (!isThrottled || waits >= MAX_THROTTLE_WAITS) throw error;
      const delay = Math.min(error.retryAfterMs ?? 1000 * 2 ** waits, 60_000);
      throttle.pausedUntil = Math.max(throttle.pausedUntil, Date.now() + delay);
    }
  }
}

/** Reads the first page's items and hands them to `onProgress` as the list's first rows. */
export function showFirstPage(
  envelope: ReferralPageEnvelope,
  options: Pick<ListLoadOptions, 'onProgress'>,
  isComplete: boolean,
) {
  const first = parseReferralPage(envelope);
  options.onProgress?.({
    items: first.items,
    unreadable: first.unreadable,
    pages: 1,
    isOpenComplete: isComplete,
    isComplete,
  });
  return first;
}

let pagerModule: Promise<typeof ParallelPager> | undefined;
/** The pager's chunk; a failed load is forgotten, so the next list load asks again. */
function loadPager(): Promise<typeof ParallelPager> {
  pagerModule ??= import('./parallel-pager').catch((error: unknown) => {
    pagerModule = undefined;
    throw error;
  });
  return pagerModule;
}

/**
 * Every referral matching `filter`: the first page, then (when it has a next link) the parallel
 * pager's slices, open referrals first, at most four requests in flight.
 */
export async function getReferralsInParallel(
  api: ReferralApi,
  filter: ServerFilter = {},
  options: ListLoadOptions = {},
): Promise<Referral[]> {
  // Asked for now, so a long list does not wait for it; awaited only if the list needs it.
  const pager = loadPager();
  pager.catch(() => undefined);
  const throttle: Throttle = { pausedUntil: 0 };
  const askedAt = Date.now();
  const request = firstPage(buildODataFilter(filter), options.pageSize);
  const envelope = await fetchListPage(api, request, 0, options, throttle);
  if (!envelope['@odata.nextLink']) return showFirstPage(envelope, options, true).items;
  const { continueInParallel } = await pager;
  return continueInParallel(api, filter, options, { envelope, askedAt, throttle });
}
