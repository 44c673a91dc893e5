/**
 * A slice read from both ends (docs/decisions/043-balanced-paging.md): one chain in
 * `updatedDateTime` ascending order, its twin descending. The ascending chain has read every
 * referral older than the newest it has seen (`ascMax`); the descending one every referral newer
 * than the oldest it has seen (`descMin`). Once `ascMax > descMin`, every referral of the slice
 * has been read by one of them, so both stop. A page out of the order asked for (a server that
 * ignores `$orderby`) makes the slice one chain again: the ascending chain goes on to its end,
 * which reads the whole slice whatever the order.
 *
 * Pages are recorded as they arrive, before their items are parsed (docs/decisions/054): only
 * each item's `updatedDateTime` is read here, so the next request can leave at once.
 */
export const ASCENDING = 'updatedDateTime asc';
export const DESCENDING = 'updatedDateTime desc';

export type TwinSlice = {
  ascMax: number;
  descMin: number;
  /** Each end's last page: how long a stretch of time it covered, and its items less one. */
  ascLast: PageStretch;
  descLast: PageStretch;
  hasAsc: boolean;
  hasDesc: boolean;
  /** The two ends have met: the slice is complete. */
  isMet: boolean;
  /** A page came back out of order: only the ascending chain goes on, to its end. */
  isUnordered: boolean;
};

type PageStretch = { ms: number; steps: number };

export function newTwinSlice(): TwinSlice {
  return {
    ascMax: -Infinity,
    descMin: Infinity,
    ascLast: { ms: 0, steps: 0 },
    descLast: { ms: 0, steps: 0 },
    hasAsc: false,
    hasDesc: false,
    isMet: false,
    isUnordered: false,
  };
}

/** The time of an item as sent (a raw list item or a parsed referral); NaN when it has none. */
function timeOf(item: unknown): number {
  const value =
    typeof item === 'object' && item !== null
      ? (item as { updatedDateTime?: unknown }).updatedDateTime
      : undefined;
  return typeof value === 'string' ? Date.parse(value) : NaN;
}

/**
 * Take in one page of the chain reading `order`. Milliseconds are compared (sub-millisecond
 * digits are dropped), and only a strict `ascMax > descMin` counts as met, so ties read on. An
 * item without a readable time marks the slice unordered (its chain then runs to its end).
 */
export function recordTwinPage(
  slice: TwinSlice,
  order: 'asc' | 'desc',
  items: readonly unknown[],
): void {
  let bound = order === 'asc' ? slice.ascMax : slice.descMin;
  for (const item of items) {
    const time = timeOf(item);
    const isInOrder = order === 'asc' ? time >= bound : time <= bound;
    if (Number.isNaN(time) || !isInOrder) {
      slice.isUnordered = true;
      return;
    }
    bound = time;
  }
  const first = items.length > 0 ? timeOf(items[0]) : bound;
  const last = { ms: Math.abs(bound - first), steps: Math.max(0, items.length - 1) };
  if (order === 'asc') {
    slice.ascMax = bound;
    slice.ascLast = last;
    slice.hasAsc = true;
  } else {
    slice.descMin = bound;
    slice.descLast = last;
    slice.hasDesc = true;
  }
  slice.isMet = slice.hasAsc && slice.hasDesc && slice.ascMax > slice.descMin;
}

/**
 * About how many referrals of the slice neither end has read yet, from how densely the two ends'
 * last pages found them in time (the stretch next to the gap says more about it than the whole
 * way read: times bunch). Infinity while it cannot be told (one end not back yet, no stretch, an
 * unordered slice). Only an estimate: it spares a twin's request that the page in flight of the
 * other end will probably make useless; whether the slice is complete is decided by `isMet`
 * alone.
 */
export function estimateUnread(slice: TwinSlice): number {
  if (slice.isMet) return 0;
  if (!slice.hasAsc || !slice.hasDesc || slice.isUnordered) return Infinity;
  const ms = slice.ascLast.ms + slice.descLast.ms;
  const steps = slice.ascLast.steps + slice.descLast.steps;
  if (!(ms > 0) || steps <= 0) return Infinity;
  const gap = slice.descMin - slice.ascMax;
  return Math.max(0, (gap * steps) / ms - 1);
}
