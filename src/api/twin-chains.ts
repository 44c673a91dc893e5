import type { Referral } from '../domain/referral-schema';

/**
 * A slice read from both ends (docs/decisions/043-balanced-paging.md): one chain in
 * `updatedDateTime` ascending order, its twin descending. The ascending chain has read every
 * referral older than the newest it has seen (`ascMax`); the descending one every referral newer
 * than the oldest it has seen (`descMin`). Once `ascMax > descMin`, every referral of the slice
 * has been read by one of them, so both stop. A page out of the order asked for (a server that
 * ignores `$orderby`) makes the slice one chain again: the ascending chain goes on to its end,
 * which reads the whole slice whatever the order.
 */
export const ASCENDING = 'updatedDateTime asc';
export const DESCENDING = 'updatedDateTime desc';

export type TwinSlice = {
  ascMax: number;
  descMin: number;
  hasAsc: boolean;
  hasDesc: boolean;
  /** The two ends have met: the slice is complete. */
  isMet: boolean;
  /** A page came back out of order: only the ascending chain goes on, to its end. */
  isUnordered: boolean;
};

export function newTwinSlice(): TwinSlice {
  return {
    ascMax: -Infinity,
    descMin: Infinity,
    hasAsc: false,
    hasDesc: false,
    isMet: false,
    isUnordered: false,
  };
}

const timeOf = (item: Referral) => Date.parse(item.updatedDateTime ?? '');

/**
 * Take in one page of the chain reading `order`. Milliseconds are compared (sub-millisecond
 * digits are dropped), and only a strict `ascMax > descMin` counts as met, so ties read on.
 */
export function recordTwinPage(
  slice: TwinSlice,
  order: 'asc' | 'desc',
  items: readonly Referral[],
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
  if (order === 'asc') {
    slice.ascMax = bound;
    slice.hasAsc = true;
  } else {
    slice.descMin = bound;
    slice.hasDesc = true;
  }
  slice.isMet = slice.hasAsc && slice.hasDesc && slice.ascMax > slice.descMin;
}
