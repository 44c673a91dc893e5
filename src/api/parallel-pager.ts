import {
  parseReferralPage,
  type ReferralPageEnvelope,
  type UnreadableReferral,
} from '../domain/referral-page';
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
  ASCENDING,
  DESCENDING,
  estimateUnread,
  newTwinSlice,
  recordTwinPage,
  type TwinSlice,
} from './twin-chains';
import { fetchListPage, showFirstPage, type FirstListPage } from './list-load';
import {
  firstPage,
  nextLinkGuard,
  type PageRequest,
  type ReferralApi,
  type ReferralPage,
} from './referrals';

/** At most this many list requests in flight at once (docs/decisions/023-parallel-paging.md). */
export const MAX_IN_FLIGHT = 4;
/**
 * A twin's request is held back while its pair has one in flight and about this many referrals
 * or fewer are left between the two ends: that page will probably meet the other end, and a
 * second one would only bring referrals already read (docs/decisions/054).
 */
const HOLD_BACK_UNREAD = 80;
/**
 * A first page that took at least this long (ms) came from a server whose answers cannot arrive
 * before the first rows are painted: the slices are asked for at once, even before the first page
 * is read, and their pages are read after that paint. A faster one (the demo's simulator in the
 * page, without latency) would answer on the main thread before that frame, so the slices wait
 * for it (docs/decisions/050 and 054); so does a server in the page (`isServerInPage`), whose
 * answers are slow when the page is busy.
 */
const SLOW_FIRST_PAGE_MS = 250;

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
  /** Pages read (items parsed and taken). */
  pages: number;
  /** Pages received: their next link is followed before their items are read. */
  received: number;
  /** Pages received whose items are not read yet. */
  reading: number;
  next: PageRequest | undefined;
  isBusy: boolean;
  /** Cancels the page in flight once the slice is complete without it (its twins met). */
  cancel?: AbortController;
  /** A page failed: the chain stops, the others go on, and the load fails at the end. */
  error?: unknown;
  guard: (next: string) => void;
};

export type ListLoadOptions = {
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
   * Called once the first page has been handed to `onProgress`; resolves when the first rows have
   * been painted. No slice page is read before (the slices' responses, and in the demo the
   * simulator answering them, are main-thread work that would hold that frame back); after a fast
   * first page the slices are not even asked for before.
   */
  afterFirstRows?: () => Promise<void>;
};

const isRefusedFilter = (error: unknown) =>
  isApiError(error) && error.kind === 'http' && error.status === 400;

/**
 * Go on from the first page of the whole list (`getReferralsInParallel` in list-load.ts has read
 * it, and it has a next link) as several page chains followed side by side: at most
 * `maxInFlight` requests at once, open slices first, a 429 pauses every chain for its
 * `Retry-After`, and a refused filter (400) starts again one level coarser, down to a single
 * chain: the first page's own, continued.
 */
export async function continueInParallel(
  api: ReferralApi,
  filter: ServerFilter,
  options: ListLoadOptions,
  { envelope, askedAt, throttle }: FirstListPage,
): Promise<Referral[]> {
  let level: PartitionLevel = options.level ?? PARTITION_LEVELS[0] ?? 'single';
  if (planPartitions(filter, level).length === 1) level = 'single';
  const single = planPartitions(filter, 'single')[0] ?? { filter: undefined, isOpen: false };
  const probe = newChain(single, 0, undefined);
  // A server in the page is slow when the page is busy: its answers to the slices would then
  // hold back the first rows' frame (a list bench at 1,000 demo referrals: 183 → 506 ms).
  const isSlow = !api.isServerInPage && Date.now() - askedAt >= SLOW_FIRST_PAGE_MS;
  const nextLink = envelope['@odata.nextLink'] ?? '';
  probe.received = 1;
  // The first rows, shown as soon as they are read; the slices keep them in their progress until
  // they have brought the same referrals.
  const shown: Referral[] = [];
  const showFirst = () => {
    const first = showFirstPage(envelope, options, false);
    probe.items.push(...first.items);
    probe.unreadable.push(...first.unreadable);
    probe.pages = 1;
    shown.push(...first.items);
  };
  probe.guard(nextLink);
  let markShown: () => void = () => undefined;
  const hasShown = new Promise<void>((resolve) => (markShown = resolve));
  const painted = hasShown.then(() => options.afterFirstRows?.());
  // One chain (a filter the user chose, or a server that refuses slices) sends its next request
  // before its first page is read, as every chain does with its pages (decision 054); so do the
  // slices of a slow server.
  const isFirstReadLater = isSlow || level === 'single';
  if (!isFirstReadLater) {
    showFirst();
    markShown();
    await painted;
  }
  options.signal?.throwIfAborted();
  for (let attempt = 1; ; attempt += 1) {
    const context = { attempt, options, throttle, painted };
    let run: Promise<Referral[]>;
    if (level === 'single') {
      // The whole list as one chain: the probe's chain, continued.
      probe.next = { url: nextLink };
      run = runLevel(api, [probe], context);
    } else {
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
      run = runLevel(api, chains, context, shown);
    }
    if (isFirstReadLater && attempt === 1) {
      // The requests leave first (a slow server's answers cannot come before the first rows are
      // painted), then the first page is read and shown.
      run.catch(() => undefined); // awaited below; a refusal meanwhile is not unhandled
      await new Promise((resolve) => setTimeout(resolve, 0));
      showFirst();
      markShown();
    }
    try {
      return await run;
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
    received: 0,
    reading: 0,
    next,
    isBusy: false,
    guard: nextLinkGuard(),
  };
}

type RunContext = {
  attempt: number;
  options: ListLoadOptions;
  throttle: { pausedUntil: number };
  /** Resolves once the first rows are painted: slice pages are read after it. */
  painted?: Promise<void>;
};

/**
 * Follow `chains` side by side until each has no next page. `shown` (the probe's page) stays in
 * the progress until the slices have brought the same referrals.
 *
 * A page is taken in two steps (docs/decisions/054): when it arrives, its next link (and, for a
 * twin, its items' times) decide the chain's next request, which leaves at once; its items are
 * parsed and taken in a task of their own after that.
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

  const isDone = (c: Chain) => !c.next && !c.isBusy && c.reading === 0 && c.error === undefined;
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
  };

  const pairOf = (twin: TwinSlice) => chains.filter((c) => c.twin === twin);
  /** The slice is read: the other end asks nothing more, and its page in flight is dropped. */
  const endPair = (twin: TwinSlice, keep: Chain) => {
    for (const c of pairOf(twin)) {
      if (c === keep) continue;
      c.next = undefined;
      c.cancel?.abort();
    }
  };

  // Step 1, as a page arrives: where its chain goes next (read from the page as sent).
  const follow = (chain: Chain, envelope: ReferralPageEnvelope) => {
    const nextLink = envelope['@odata.nextLink'] ?? undefined;
    chain.received += 1;
    if (nextLink) chain.guard(nextLink);
    chain.next = nextLink ? { url: nextLink } : undefined;
    const twin = chain.twin;
    if (!twin || !chain.order) return;
    recordTwinPage(twin, chain.order, envelope.value);
    if (twin.isMet || !chain.next) {
      // The ends met, or this end read the whole slice (a chain followed to its end does,
      // whatever the order): the other end has nothing left to bring.
      endPair(twin, chain);
      chain.next = undefined;
    } else if (twin.isUnordered) {
      // Only the ascending chain goes on, to its end.
      for (const c of pairOf(twin)) {
        if (c.order !== 'desc') continue;
        c.next = undefined;
        if (c !== chain) c.cancel?.abort();
      }
    } else if (chain.order === 'asc' && chain.received === 1 && pairOf(twin).length === 1) {
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

  // Step 2, in a task of its own once the next request has left (and the first rows are
  // painted): the items parsed and taken.
  const reads: Promise<void>[] = [];
  const readLater = (chain: Chain, envelope: ReferralPageEnvelope) => {
    chain.reading += 1;
    reads.push(
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, 0));
        await context.painted;
        if (signal.aborted) return; // this level was given up (a refused filter) or cancelled
        take(chain, parseReferralPage(envelope));
        chain.reading -= 1;
        afterChange();
        afterPage();
      })(),
    );
  };

  // Which idle chain asks next: open slices first; among them the slice with the fewest pages
  // received so far (its two ends together), so that every open slice goes on and none is left
  // alone at the end with only its two chains (each chain asks one page at a time); then plan
  // order. A twin is held back while the page in flight of the other end will probably close
  // the slice.
  const receivedOf = (c: Chain) =>
    c.twin ? pairOf(c.twin).reduce((n, other) => n + other.received, 0) : c.received;
  const isHeld = (c: Chain) =>
    c.twin !== undefined &&
    pairOf(c.twin).some((other) => other !== c && other.isBusy) &&
    estimateUnread(c.twin) <= HOLD_BACK_UNREAD;
  const nextChain = (): Chain | undefined => {
    let best: Chain | undefined;
    for (const c of chains) {
      if (!c.next || c.isBusy || isHeld(c)) continue;
      if (
        !best ||
        (c.partition.isOpen && !best.partition.isOpen) ||
        (c.partition.isOpen === best.partition.isOpen && receivedOf(c) < receivedOf(best))
      ) {
        best = c;
      }
    }
    return best;
  };

  // A worker is a request slot: it takes the chain chosen above, and waits while none can go but
  // some page is on its way (a page may bring a twin or free a held one).
  const worker = async () => {
    for (;;) {
      if (signal.aborted) return;
      const chain = nextChain();
      if (!chain?.next) {
        if (!chains.some((c) => c.isBusy)) return;
        await changed;
        continue;
      }
      const request = chain.next;
      const cancel = new AbortController();
      chain.isBusy = true;
      chain.cancel = cancel;
      try {
        const envelope = await fetchListPage(
          api,
          request,
          context.attempt * 1_000_000 + chain.index * 1_000 + chain.received,
          options,
          context.throttle,
          AbortSignal.any([signal, cancel.signal]),
        );
        // A page that came although its slice was completed meanwhile brings nothing new.
        if (!cancel.signal.aborted && !chain.twin?.isMet) {
          follow(chain, envelope);
          readLater(chain, envelope);
        }
      } catch (error) {
        // A refused filter ends this level at once (the caller falls back); a cancel ends all.
        if (isRefusedFilter(error) || signal.aborted) throw error;
        if (!cancel.signal.aborted) {
          chain.error = error;
          chain.next = undefined;
        }
      } finally {
        chain.isBusy = false;
        chain.cancel = undefined;
        afterChange();
      }
    }
  };

  try {
    await Promise.all(Array.from({ length: maxInFlight }, worker));
    await Promise.all(reads);
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
