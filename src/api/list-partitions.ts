import { SUBSTATUSES_OF } from '../domain/status-machine';
import { buildODataFilter, type ServerFilter } from './odata-filter';

/**
 * How the unfiltered list is split into slices the API can filter on, so their page chains can be
 * followed side by side (docs/decisions/023-parallel-paging.md). Every level covers every referral
 * exactly once: the last slice of each split is a remainder (`ne` every earlier value), so a value
 * the app does not know (or a missing direction) still lands in one slice.
 *
 * - `ordered`: fewer, larger slices (New and Closed by substatus, Active by direction), each
 *   followed from both ends at once: `$orderby=updatedDateTime asc` and, once its first page says
 *   there is more, `desc`, until the two meet (docs/decisions/043-balanced-paging.md). A slice of
 *   any size then takes about half as many rounds, without knowing sizes in advance;
 * - `fine`: status × substatus × direction (uses `ne`, which the spec lists as likely but
 *   undocumented);
 * - `status`: one slice per documented status, `eq` only (the documented operator);
 * - `single`: one chain, as before.
 *
 * A refused filter (400) moves to the next level.
 */
export type PartitionLevel = 'ordered' | 'fine' | 'status' | 'single';
export const PARTITION_LEVELS: readonly PartitionLevel[] = ['ordered', 'fine', 'status', 'single'];

export type Partition = {
  /** `$filter` of the slice (undefined: the whole collection). */
  filter: string | undefined;
  /** Holds open referrals (New, Active): loaded first, so the board and inbox fill first. */
  isOpen: boolean;
  /** Followed from both ends by `updatedDateTime` (the `ordered` level). */
  isTwinned?: boolean;
};

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
const eq = (field: string, value: string) => `${field} eq ${quote(value)}`;
const ne = (field: string, value: string) => `${field} ne ${quote(value)}`;

/** Split on `field`: one `eq` slice per value but the last, then the rest (`ne` all of those). */
function split(field: string, values: readonly string[]): string[] {
  if (values.length <= 1) return [''];
  const head = values.slice(0, -1);
  return [...head.map((v) => eq(field, v)), head.map((v) => ne(field, v)).join(' and ')];
}

const and = (...parts: (string | undefined)[]) =>
  parts.filter((p): p is string => Boolean(p)).join(' and ') || undefined;

const OPEN_STATUSES = ['New', 'Active'] as const;
const OTHER_STATUSES = ['Closed'] as const;
const DIRECTION_SPLIT = split('direction', ['Incoming', 'Outgoing']);

/** The slices for a level, open referrals first. A server filter the user chose is one chain. */
export function planPartitions(filter: ServerFilter, level: PartitionLevel): Partition[] {
  const base = buildODataFilter(filter);
  if (base !== undefined || level === 'single') return [{ filter: base, isOpen: false }];
  if (level === 'status') {
    return [
      ...OPEN_STATUSES.map((s) => ({ filter: eq('status', s), isOpen: true })),
      ...(['Closed', 'None'] as const).map((s) => ({ filter: eq('status', s), isOpen: false })),
    ];
  }
  const known = [...OPEN_STATUSES, ...OTHER_STATUSES];
  const rest = { filter: known.map((s) => ne('status', s)).join(' and '), isOpen: false };
  if (level === 'ordered') {
    // Each slice is read from both ends, so fewer slices are needed: no request for a split that
    // is usually empty (New·Outgoing, Closed·Declined·Outgoing). Everything not open (Closed,
    // None, a status the app does not know) is split by substatus, so no slice of its own waits
    // for the usually empty rest (docs/decisions/054).
    const slices = (status: (typeof known)[number], field: string, values: readonly string[]) =>
      split(field, values).map((part) => ({ filter: and(eq('status', status), part) }));
    const notOpen = OPEN_STATUSES.map((s) => ne('status', s)).join(' and ');
    return [
      ...slices('New', 'substatus', SUBSTATUSES_OF.New).map((p) => ({ ...p, isOpen: true })),
      ...slices('Active', 'direction', ['Incoming', 'Outgoing']).map((p) => ({
        ...p,
        isOpen: true,
      })),
      ...split('substatus', SUBSTATUSES_OF.Closed).map((part) => ({
        filter: and(notOpen, part),
        isOpen: false,
      })),
    ].map((p) => ({ ...p, isTwinned: true }));
  }
  const bySubstatus = (status: (typeof known)[number], isOpen: boolean) =>
    split('substatus', SUBSTATUSES_OF[status]).flatMap((sub) =>
      DIRECTION_SPLIT.map((dir) => ({ filter: and(eq('status', status), sub, dir), isOpen })),
    );
  return [
    ...OPEN_STATUSES.flatMap((s) => bySubstatus(s, true)),
    ...OTHER_STATUSES.flatMap((s) => bySubstatus(s, false)),
    // None and any status the app does not know.
    rest,
  ];
}

/** The level to fall back to when the server refuses a filter of `level`. */
export function fallbackLevel(level: PartitionLevel): PartitionLevel | undefined {
  return PARTITION_LEVELS[PARTITION_LEVELS.indexOf(level) + 1];
}
