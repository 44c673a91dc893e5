import type { UnreadableReferral } from '../domain/referral-page';
import type { Referral } from '../domain/referral-schema';
import { isApiError } from './api-error';
import {
  fallbackLevel,
  planPartitions,
  PARTITION_LEVELS,
  type Partition,
  type PartitionLevel,
} from './list-partitions';
import type { ServerFilter } from './odata-filter';
import { ASCENDING, DESCENDING, newTwinSlice, recordTwinPage, type TwinSlice } from './twin-chains';
import {
  firstPage,
  getReferralPage,
  nextLinkGuard,
  type PageRequest,
  type ReferralApi,
  type ReferralPage,
} from './referrals';

/** At most this many list requests in flight at once (docs/decisions/023-parallel-paging.md). */
export const MAX_IN_FLIGHT = 4;
const MAX_THROTTLE_WAITS = 5;

export type ParallelProgress = {
  /** Every referral received so far, slice by slice in plan order (open slices first). */
  items: Referral[];
  /** Items the schema could not read, from every slice (shown read-only by the views). */
  unreadable: UnreadableReferral[];
  pages: number;
  /** Every open slice (New, Active) is complete: the board and inbox are whole. */
  isOpenComplete: boolean;
  isComplete: boolean;
};

type Chain = {
  partition: Partition;
  index: number;
  /** Reading a slice from one end (`ordered` level); the slice is shared with its twin. */
  order?: 'asc' | 'desc';
  twin?: TwinSlice;
  items: Referral[];
  unreadable: UnreadableReferral[];
  pages: number;
  next: PageRequest | undefined;
  isBusy: boolean;
  /** A page failed: the chain stops, the others go on, and the load fails at the end. */
  error?: unknown;
  guard: (next: string) => void;
};

type Options = {
  signal?: AbortSignal;
  pageSize?: number;
  maxInFlight?: number;
  onProgress?: (progress: ParallelProgress) => void;
  /** The client-request-id of a request, by a number naming the level, slice and page. */
  requestId?: (index: number) => string;
  /** The level to start at (tests); `fine` by default. */
  level?: PartitionLevel;
  /**
   * Progress at most this often (ms) while pages arrive, besides the first rows, the moment every
   * open referral is in, and the end: each progress is a new list for every view to render, so
   * one per page costs O(n) per page, O(n²) per load (docs/decisions/028). 0: every page; a
   * function of the referrals received so far: longer lists, rarer progress.
   */
  progressIntervalMs?: number | ((received: number) => number);
  /**
   * Awaited after the first page has been handed to `onProgress`, before the slices are asked
   * for: the app waits there for the first rows to be painted (the slices' responses, and in the
   * demo the simulator answering them, are main-thread work that would hold that frame back).
   */
  afterFirstRows?: () => Promise<void>;
};

const isRefusedFilter = (error: unknown) =>
  isApiError(error) && error.kind === 'http' && error.status === 400;

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
 * Load the whole list as several page chains followed side by side: at most `maxInFlight`
 * requests at once, open slices first, a 429 pauses every chain for its `Retry-After`, and a
 * refused filter (400) starts again one level coarser, down to a single chain.
 */
export async function getReferralsInParallel(
  api: ReferralApi,
  filter: ServerFilter = {},
  options: Options = {},
): Promise<Referral[]> {
  const throttle = { pausedUntil: 0 };
  let level: PartitionLevel = options.level ?? PARTITION_LEVELS[0] ?? 'single';
  const single = planPartitions(filter, 'single')[0] ?? { filter: undefined, isOpen: false };
  if (level === 'single' || planPartitions(filter, level).length === 1) {
    return runLevel(api, [newChain(single, 0, firstPage(single.filter, options.pageSize))], {
      attempt: 0,
      options,
      throttle,
    });
  }
  // One page of the whole list first: a list that fits on it (most accounts) costs one request;
  // a longer one shows these rows while the slices load.
  const probe = newChain(single, 0, undefined);
  const first = await fetchPage(api, probe, firstPage(single.filter, options.pageSize), {
    attempt: 0,
    options,
    throttle,
  });
  probe.items = first.items;
  probe.unreadable = first.unreadable;
  probe.pages = 1;
  const shownFirst = { items: first.items, unreadable: first.unreadable, pages: 1 };
  if (!first.nextLink) {
    options.onProgress?.({ ...shownFirst, isOpenComplete: true, isComplete: true });
    return first.items;
  }
  probe.guard(first.nextLink);
  options.onProgress?.({ ...shownFirst, isOpenComplete: false, isComplete: false });
  await options.afterFirstRows?.();
  options.signal?.throwIfAborted();
  for (let attempt = 1; ; attempt += 1) {
    const context = { attempt, options, throttle };
    if (level === 'single') {
      // The whole list as one chain: the probe's chain, continued.
      probe.next = { url: first.nextLink };
      return runLevel(api, [probe], context);
    }
    const chains = planPartitions(filter, level).map((partition, index) => {
      if (!partition.isTwinned) {
        return newChain(partition, index, firstPage(partition.filter, options.pageSize));
      }
      const chain = newChain(
        partition,
        index,
        firstPage(partition.filter, options.pageSize, ASCENDING),
      );
      chain.order = 'asc';
      chain.twin = newTwinSlice();
      return chain;
    });
    try {
      return await runLevel(api, chains, context, first.items);
    } catch (error) {
      const next: PartitionLevel | undefined = isRefusedFilter(error)
        ? fallbackLevel(level)
        : undefined;
      if (!next) throw error;
      level = next;
    }
  }
}

function newChain(partition: Partition, index: number, next: PageRequest | undefined): Chain {
  return {
    partition,
    index,
    items: [],
    unreadable: [],
    pages: 0,
    next,
    isBusy: false,
    guard: nextLinkGuard(),
  };
}

type RunContext = { attempt: number; options: Options; throttle: { pausedUntil: number } };

/** One page of a chain; a 429 pauses every chain until its Retry-After has passed. */
async function fetchPage(
  api: ReferralApi,
  chain: Chain,
  request: PageRequest,
  { attempt, options, throttle }: RunContext,
  signal = options.signal,
) {
  const id = options.requestId?.(attempt * 1_000_000 + chain.index * 1_000 + chain.pages);
  for (let waits = 0; ; waits += 1) {
    const wait = throttle.pausedUntil - Date.now();
    if (wait > 0 && signal) await sleep(wait, signal);
    else if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    try {
      return await getReferralPage(api, request, { signal, clientRequestId: id });
    } catch (error) {
      const isThrottled = isApiError(error) && error.kind === 'http' && error.status === 429;
      if (!isThrottled || waits >= MAX_THROTTLE_WAITS) throw error;
      const delay = Math.min(error.retryAfterMs ?? 1000 * 2 ** waits, 60_000);
      throttle.pausedUntil = Math.max(throttle.pausedUntil, Date.now() + delay);
    }
  }
}

/**
 * Follow `chains` side by side until each has no next page. `shown` (the probe's page) stays in
 * the progress until the slices have brought the same referrals.
 */
async function runLevel(
  api: ReferralApi,
  chains: Chain[],
  context: RunContext,
  shown: readonly Referral[] = [],
): Promise<Referral[]> {
  const { options } = context;
  const maxInFlight = Math.max(1, options.maxInFlight ?? MAX_IN_FLIGHT);
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;

  const isDone = (c: Chain) => !c.next && !c.isBusy && c.error === undefined;
  // Twins join `chains` as slices turn out longer than a page.
  const isOpenDone = () => {
    const open = chains.filter((c) => c.partition.isOpen);
    return open.length > 0 && open.every(isDone);
  };
  const snapshot = (): ParallelProgress => {
    const items = chains.flatMap((c) => c.items);
    const isComplete = chains.every(isDone);
    if (shown.length > 0 && !isComplete) {
      const have = new Set(items.map((r) => r.id));
      items.push(...shown.filter((r) => !have.has(r.id)));
    }
    return {
      items,
      unreadable: chains.flatMap((c) => c.unreadable),
      pages: chains.reduce((n, c) => n + c.pages, 0),
      isOpenComplete: isOpenDone(),
      isComplete,
    };
  };

  // Progress is batched: at most one per `progressIntervalMs`, a trailing one for the last pages,
  // and at once when every open slice has completed.
  const intervalOption = options.progressIntervalMs ?? 0;
  let received = 0;
  let lastShownAt = -Infinity;
  let wasOpenComplete = false;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const show = () => {
    pending = undefined;
    const progress = snapshot();
    if (progress.isComplete) return; // the end is shown once, below
    lastShownAt = Date.now();
    wasOpenComplete = progress.isOpenComplete;
    options.onProgress?.(progress);
  };
  const afterPage = () => {
    if (!options.onProgress) return;
    const isOpenNow = isOpenDone();
    const interval = typeof intervalOption === 'number' ? intervalOption : intervalOption(received);
    const wait = lastShownAt + interval - Date.now();
    if (wait <= 0 || (isOpenNow && !wasOpenComplete)) {
      clearTimeout(pending);
      show();
    } else {
      pending ??= setTimeout(show, wait);
    }
  };

  // Each referral once: the twins of a slice overlap where they meet (and a referral that moves
  // between slices while the list loads could come twice).
  const seen = new Set<string>();
  const seenUnreadable = new Set<string>();
  let wake: () => void = () => undefined;
  let changed = new Promise<void>((resolve) => (wake = resolve));
  const afterChange = () => {
    wake();
    changed = new Promise<void>((resolve) => (wake = resolve));
  };

  const take = (chain: Chain, page: ReferralPage) => {
    for (const item of page.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      chain.items.push(item);
      received += 1;
    }
    for (const item of page.unreadable) {
      if (item.id !== undefined && seenUnreadable.has(item.id)) continue;
      if (item.id !== undefined) seenUnreadable.add(item.id);
      chain.unreadable.push(item);
    }
    chain.pages += 1;
    if (page.nextLink) chain.guard(page.nextLink);
    chain.next = page.nextLink ? { url: page.nextLink } : undefined;
    const twin = chain.twin;
    if (!twin || !chain.order) return;
    recordTwinPage(twin, chain.order, page.items);
    const pair = chains.filter((c) => c.twin === twin);
    if (twin.isMet) {
      for (const c of pair) c.next = undefined;
    } else if (twin.isUnordered) {
      for (const c of pair) if (c.order === 'desc') c.next = undefined;
    } else if (chain.order === 'asc' && chain.pages === 1 && chain.next && pair.length === 1) {
      // Longer than a page: read it from the other end too, right after it in plan order.
      const desc = newChain(
        chain.partition,
        chains.length,
        firstPage(chain.partition.filter, options.pageSize, DESCENDING),
      );
      desc.order = 'desc';
      desc.twin = twin;
      chains.splice(chains.indexOf(chain) + 1, 0, desc);
    }
  };

  // A worker takes the first idle chain with a page to fetch (plan order: open slices first); it
  // waits while none is idle but some are busy (a page may bring a twin).
  const worker = async () => {
    for (;;) {
      if (signal.aborted) return;
      const chain = chains.find((c) => c.next && !c.isBusy);
      if (!chain?.next) {
        if (!chains.some((c) => c.isBusy)) return;
        await changed;
        continue;
      }
      const request = chain.next;
      chain.isBusy = true;
      try {
        take(chain, await fetchPage(api, chain, request, context, signal));
      } catch (error) {
        // A refused filter ends this level at once (the caller falls back); a cancel ends all.
        if (isRefusedFilter(error) || signal.aborted) throw error;
        chain.error = error;
        chain.next = undefined;
      } finally {
        chain.isBusy = false;
        afterChange();
      }
      afterPage();
    }
  };

  try {
    await Promise.all(Array.from({ length: maxInFlight }, worker));
  } catch (error) {
    clearTimeout(pending);
    stop.abort();
    afterChange(); // the workers waiting for a page see the abort and end
    throw error;
  }
  clearTimeout(pending);
  const done = snapshot();
  options.onProgress?.(done);
  const failed = chains.find((c) => c.error !== undefined);
  if (failed) throw failed.error;
  return done.items;
}
