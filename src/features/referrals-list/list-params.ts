import type { ServerFilter } from '../../api/odata-filter';
import { stagePair } from '../../domain/status-machine';
import {
  FILTER_KEYS,
  hasChosenFilter,
  FILTER_PARAMS,
  readReferralFilter,
  type ReferralFilter,
} from '../../shared/referral-filter';

/**
 * The list view's state as it lives in the URL. Pure: parse and write URLSearchParams, nothing else.
 * Parameters that are not ours (e.g. `demo-size`) are never touched.
 *
 *   ?q=text&stage=new-pending&stage=new-received&direction=Incoming&type=Shared
 *   &qualification=Direct&currency=EUR&sort=dealValue&dir=desc
 */

export const SORT_KEYS = [
  'name',
  'customer',
  'stage',
  'dealValue',
  'closing',
  'expiry',
  'direction',
  'category',
  'updated',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';
export type Sort = { key: SortKey; direction: SortDirection };

/** The direction a column sorts in on its first click: biggest deals, soonest expiry, newest update. */
export const FIRST_DIRECTION: Readonly<Record<SortKey, SortDirection>> = {
  name: 'asc',
  customer: 'asc',
  stage: 'asc',
  dealValue: 'desc',
  closing: 'asc',
  expiry: 'asc',
  direction: 'asc',
  category: 'asc',
  updated: 'desc',
};

export const DEFAULT_SORT: Sort = { key: 'updated', direction: 'desc' };

export type ListFilters = Omit<ReferralFilter, 'search'>;

export type ListParams = ReferralFilter & { sort: Sort };

export const PARAM = { ...FILTER_PARAMS, sort: 'sort', sortDirection: 'dir' } as const;

function isSortKey(value: string | null): value is SortKey {
  return value !== null && (SORT_KEYS as readonly string[]).includes(value);
}

export function parseListParams(params: URLSearchParams): ListParams {
  const sortKey = params.get(PARAM.sort);
  const dir = params.get(PARAM.sortDirection);
  const sort: Sort = isSortKey(sortKey)
    ? {
        key: sortKey,
        direction: dir === 'asc' || dir === 'desc' ? dir : FIRST_DIRECTION[sortKey],
      }
    : DEFAULT_SORT;
  return { ...readReferralFilter(params), sort };
}

/** A copy of `params` with ours replaced by `next`; defaults are left out so URLs stay short. */
export function writeListParams(params: URLSearchParams, next: ListParams): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const name of Object.values(PARAM)) out.delete(name);
  const search = next.search.trim() === '' ? '' : next.search;
  if (search) out.set(PARAM.search, search);
  for (const key of FILTER_KEYS) {
    for (const value of next[key]) out.append(PARAM[key], value);
  }
  const isDefaultSort =
    next.sort.key === DEFAULT_SORT.key && next.sort.direction === DEFAULT_SORT.direction;
  if (!isDefaultSort) {
    out.set(PARAM.sort, next.sort.key);
    if (next.sort.direction !== FIRST_DIRECTION[next.sort.key])
      out.set(PARAM.sortDirection, next.sort.direction);
  }
  return out;
}

export function hasFilters(params: ListParams): boolean {
  return params.search.trim() !== '' || hasChosenFilter(params);
}

/** The same view with no search and no filter; sort is kept. */
export function withoutFilters(params: ListParams): ListParams {
  return {
    ...params,
    search: '',
    stages: [],
    directions: [],
    types: [],
    qualifications: [],
    currencies: [],
    scopes: [],
    created: [],
    closed: [],
    accepted: [],
    expires: [],
    customers: [],
    products: [],
    reasons: [],
  };
}

/** Clicking a column header: first click uses the column's natural direction, the next flips it. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key !== key) return { key, direction: FIRST_DIRECTION[key] };
  return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}

/**
 * The part of the filters the API can apply (`eq` joined by `and`): a field goes to the server only
 * when exactly one value is chosen; several values (an "or") stay on the client.
 */
export function serverFilterFor(filters: ListFilters): ServerFilter {
  const out: ServerFilter = {};
  const [direction] = filters.directions;
  if (direction && filters.directions.length === 1) out.direction = direction;
  const [type] = filters.types;
  if (type && filters.types.length === 1) out.type = type;
  const [qualification] = filters.qualifications;
  if (qualification && filters.qualifications.length === 1) out.qualification = qualification;
  const [stage] = filters.stages;
  if (stage && filters.stages.length === 1) {
    const pair = stagePair(stage);
    out.status = pair.status;
    out.substatus = pair.substatus;
  }
  return out;
}
