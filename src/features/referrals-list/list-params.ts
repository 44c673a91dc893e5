import type { ServerFilter } from '../../api/odata-filter';
import {
  REFERRAL_DIRECTIONS,
  REFERRAL_QUALIFICATIONS,
  REFERRAL_TYPES,
  type ReferralDirection,
  type ReferralQualification,
  type ReferralType,
} from '../../domain/referral-schema';
import { STAGE_IDS, stagePair, type StageId } from '../../domain/status-machine';

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

export type ListFilters = {
  stages: StageId[];
  directions: ReferralDirection[];
  types: ReferralType[];
  qualifications: ReferralQualification[];
  currencies: string[];
};

export type ListParams = ListFilters & { search: string; sort: Sort };

export const PARAM = {
  search: 'q',
  stages: 'stage',
  directions: 'direction',
  types: 'type',
  qualifications: 'qualification',
  currencies: 'currency',
  sort: 'sort',
  sortDirection: 'dir',
} as const;

type FilterKey = keyof ListFilters;
export const FILTER_KEYS: readonly FilterKey[] = [
  'stages',
  'directions',
  'types',
  'qualifications',
  'currencies',
];

const CURRENCY_CODE = /^[A-Z]{3}$/;

/** Known values in URL order, without duplicates; unknown values are ignored rather than failing. */
function pick<T extends string>(values: string[], allowed: readonly T[]): T[] {
  const out: T[] = [];
  for (const value of values) {
    if ((allowed as readonly string[]).includes(value) && !out.includes(value as T))
      out.push(value as T);
  }
  return out;
}

function pickCurrencies(values: string[]): string[] {
  const out: string[] = [];
  for (const raw of values) {
    const code = raw.trim().toUpperCase();
    if (CURRENCY_CODE.test(code) && !out.includes(code)) out.push(code);
  }
  return out;
}

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
  return {
    search: params.get(PARAM.search) ?? '',
    stages: pick(params.getAll(PARAM.stages), STAGE_IDS),
    directions: pick(params.getAll(PARAM.directions), REFERRAL_DIRECTIONS),
    types: pick(params.getAll(PARAM.types), REFERRAL_TYPES),
    qualifications: pick(params.getAll(PARAM.qualifications), REFERRAL_QUALIFICATIONS),
    currencies: pickCurrencies(params.getAll(PARAM.currencies)),
    sort,
  };
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
  return params.search.trim() !== '' || FILTER_KEYS.some((key) => params[key].length > 0);
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
