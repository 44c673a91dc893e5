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
import {
  firstPage,
  getReferralPage,
  nextLinkGuard,
  type PageRequest,
  type ReferralApi,
} from './referrals';

/** At most this many list requests in flight at once (docs/decisions/023-parallel-paging.md). */
export const MAX_IN_FLIGHT = 4;
const MAX_THROTTLE_WAITS = 5;

export type ParallelProgress = {
  /** Every referral received so far, slice by slice in plan order (open slices first). */
  items: Referral[];
  pages: number;
  /** Every open slice (New, Active) is complete: the board and inbox are whole. */
  isOpenComplete: boolean;
  isComplete: boolean;
};

type Chain = {
  partition: Partition;
  index: number;
  items: Referral[];
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
  let level: PartitionLevel | undefined = options.level ?? PARTITION_LEVELS[0] ?? 'single';
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await runLevel(api, planPartitions(filter, level), attempt, options);
    } catch (error) {
      const next: PartitionLevel | undefined = isRefusedFilter(error)
        ? fallbackLevel(level)
        : undefined;
      if (!next || planPartitions(filter, level).length === 1) throw error;
      level = next;
    }
  }
}

async function runLevel(
  api: ReferralApi,
  partitions: Partition[],
  attempt: number,
  options: Options,
): Promise<Referral[]> {
  const maxInFlight = Math.max(1, options.maxInFlight ?? MAX_IN_FLIGHT);
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const chains: Chain[] = partitions.map((partition, index) => ({
    partition,
    index,
    items: [],
    pages: 0,
    next: firstPage(partition.filter, options.pageSize),
    isBusy: false,
    guard: nextLinkGuard(),
  }));
  let pausedUntil = 0;

  const snapshot = (): ParallelProgress => {
    const isDone = (c: Chain) => !c.next && !c.isBusy && c.error === undefined;
    const open = chains.filter((c) => c.partition.isOpen);
    return {
      items: chains.flatMap((c) => c.items),
      pages: chains.reduce((n, c) => n + c.pages, 0),
      isOpenComplete: open.length > 0 && open.every(isDone),
      isComplete: chains.every(isDone),
    };
  };

  // One page of a chain; a 429 pauses every chain until its Retry-After has passed.
  const fetchPage = async (chain: Chain, request: PageRequest) => {
    const id = options.requestId?.(attempt * 1_000_000 + chain.index * 1_000 + chain.pages);
    for (let waits = 0; ; waits += 1) {
      const wait = pausedUntil - Date.now();
      if (wait > 0) await sleep(wait, signal);
      try {
        return await getReferralPage(api, request, { signal, clientRequestId: id });
      } catch (error) {
        const isThrottled = isApiError(error) && error.kind === 'http' && error.status === 429;
        if (!isThrottled || waits >= MAX_THROTTLE_WAITS) throw error;
        const delay = Math.min(error.retryAfterMs ?? 1000 * 2 ** waits, 60_000);
        pausedUntil = Math.max(pausedUntil, Date.now() + delay);
      }
    }
  };

  // A worker takes the first idle chain with a page to fetch (plan order: open slices first).
  const worker = async () => {
    for (;;) {
      const chain = chains.find((c) => c.next && !c.isBusy);
      if (!chain?.next) return;
      const request = chain.next;
      chain.isBusy = true;
      try {
        const page = await fetchPage(chain, request);
        chain.items.push(...page.items);
        chain.pages += 1;
        if (page.nextLink) chain.guard(page.nextLink);
        chain.next = page.nextLink ? { url: page.nextLink } : undefined;
      } catch (error) {
        // A refused filter ends this level at once (the caller falls back); a cancel ends all.
        if (isRefusedFilter(error) || signal.aborted) throw error;
        chain.error = error;
        chain.next = undefined;
      } finally {
        chain.isBusy = false;
      }
      const progress = snapshot();
      if (!progress.isComplete) options.onProgress?.(progress);
    }
  };

  try {
    await Promise.all(Array.from({ length: Math.min(maxInFlight, chains.length) }, worker));
  } catch (error) {
    stop.abort();
    throw error;
  }
  const done = snapshot();
  options.onProgress?.(done);
  const failed = chains.find((c) => c.error !== undefined);
  if (failed) throw failed.error;
  return done.items;
}
