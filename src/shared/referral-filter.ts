import {
  REFERRAL_DIRECTIONS,
  REFERRAL_QUALIFICATIONS,
  REFERRAL_TYPES,
  type Referral,
  type ReferralDirection,
  type ReferralQualification,
  type ReferralType,
} from '../domain/referral-schema';
import { SCOPE_IDS, type ScopeId } from '../domain/scopes';
import { STAGE_IDS, stageOfReferral, type StageId } from '../domain/status-machine';

/**
 * The search and filters the list and the board share through the URL, so a filtered view can
 * move between them (and be bookmarked):
 *
 *   ?q=text&stage=new-pending&stage=new-received&direction=Incoming&type=Shared
 *   &qualification=Direct&currency=EUR&scope=mine&scope=stale
 *
 * Pure: parsing and matching only. Parameters that are not ours (e.g. `demo-size`) are never read.
 */
export const FILTER_PARAMS = {
  search: 'q',
  stages: 'stage',
  directions: 'direction',
  types: 'type',
  qualifications: 'qualification',
  currencies: 'currency',
  scopes: 'scope',
  // Narrowing links from the insights view (each also usable by hand): dates are UTC day ranges
  // `YYYY-MM-DD..YYYY-MM-DD`, inclusive, either end may be left open.
  created: 'created',
  closed: 'closed',
  accepted: 'accepted',
  expires: 'expires',
  customers: 'customer',
  products: 'product',
  reasons: 'reason',
} as const;

export type ReferralFilter = {
  search: string;
  stages: StageId[];
  directions: ReferralDirection[];
  types: ReferralType[];
  qualifications: ReferralQualification[];
  currencies: string[];
  /** Scopes narrow together (src/domain/scopes.ts); they need the time and the user to apply. */
  scopes: ScopeId[];
  /** One day range at most (`from..to`); see DATE_FILTER_KEYS. */
  created: string[];
  closed: string[];
  accepted: string[];
  expires: string[];
  /** Exact customer names. */
  customers: string[];
  /** Product ids of details.requirements.products. */
  products: string[];
  /** Close-reason groups: a preset of the close dialog or `other` (domain/close.ts). */
  reasons: string[];
};

export type FilterKey = Exclude<keyof ReferralFilter, 'search'>;
export const FILTER_KEYS: readonly FilterKey[] = [
  'stages',
  'directions',
  'types',
  'qualifications',
  'currencies',
  'scopes',
  'created',
  'closed',
  'accepted',
  'expires',
  'customers',
  'products',
  'reasons',
];

/** Is any filter chosen (the search apart)? */
export function hasChosenFilter(filter: Pick<ReferralFilter, FilterKey>): boolean {
  return FILTER_KEYS.some((key) => filter[key].length > 0);
}

export const DATE_FILTER_KEYS = ['created', 'closed', 'accepted', 'expires'] as const;
export type DateFilterKey = (typeof DATE_FILTER_KEYS)[number];

const CURRENCY_CODE = /^[A-Z]{3}$/;

/** Known values in URL order, without duplicates; unknown values are ignored rather than failing. */
function pick<T extends string>(values: readonly string[], allowed: readonly T[]): T[] {
  const out: T[] = [];
  for (const value of values) {
    if ((allowed as readonly string[]).includes(value) && !out.includes(value as T))
      out.push(value as T);
  }
  return out;
}

function pickCurrencies(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of values) {
    const code = raw.trim().toUpperCase();
    if (CURRENCY_CODE.test(code) && !out.includes(code)) out.push(code);
  }
  return out;
}

const DAY_RANGE = /^(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$/;

/** The first well-formed day range (at least one end), as a one-item list. */
function pickRange(values: readonly string[]): string[] {
  const range = values.find((value) => {
    const match = DAY_RANGE.exec(value);
    return match !== null && (match[1] !== undefined || match[2] !== undefined);
  });
  return range === undefined ? [] : [range];
}

function pickTexts(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of values) {
    const text = raw.trim();
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

export function readReferralFilter(params: URLSearchParams): ReferralFilter {
  return {
    search: params.get(FILTER_PARAMS.search) ?? '',
    stages: pick(params.getAll(FILTER_PARAMS.stages), STAGE_IDS),
    directions: pick(params.getAll(FILTER_PARAMS.directions), REFERRAL_DIRECTIONS),
    types: pick(params.getAll(FILTER_PARAMS.types), REFERRAL_TYPES),
    qualifications: pick(params.getAll(FILTER_PARAMS.qualifications), REFERRAL_QUALIFICATIONS),
    currencies: pickCurrencies(params.getAll(FILTER_PARAMS.currencies)),
    scopes: pick(params.getAll(FILTER_PARAMS.scopes), SCOPE_IDS),
    created: pickRange(params.getAll(FILTER_PARAMS.created)),
    closed: pickRange(params.getAll(FILTER_PARAMS.closed)),
    accepted: pickRange(params.getAll(FILTER_PARAMS.accepted)),
    expires: pickRange(params.getAll(FILTER_PARAMS.expires)),
    customers: pickTexts(params.getAll(FILTER_PARAMS.customers)),
    products: pickTexts(params.getAll(FILTER_PARAMS.products)),
    reasons: pickTexts(params.getAll(FILTER_PARAMS.reasons)),
  };
}

const DAY_MS = 86_400_000;

/** A `from..to` day range as [start, end) milliseconds (open ends are infinite). */
export function dayRangeBounds(range: string): [number, number] {
  const [from = '', to = ''] = range.split('..');
  const start = from ? Date.parse(`${from}T00:00:00Z`) : -Infinity;
  const end = to ? Date.parse(`${to}T00:00:00Z`) + DAY_MS : Infinity;
  return [Number.isNaN(start) ? -Infinity : start, Number.isNaN(end) ? Infinity : end];
}

function inRange(range: string | undefined, iso: string | null | undefined): boolean {
  if (range === undefined) return true;
  if (!iso) return false;
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return false;
  const [start, end] = dayRangeBounds(range);
  return at >= start && at < end;
}

/**
 * The narrowing filters (dates, customer, product, close reason) the list and the board apply on
 * top of stage, direction, type, qualification and currency. `reasonGroup` sorts a statusReason
 * into the close dialog's presets (domain/close.ts); it is only called when a reason is chosen.
 */
export type NarrowingFilter = Pick<
  ReferralFilter,
  DateFilterKey | 'customers' | 'products' | 'reasons'
>;

export function matchesNarrowing(
  referral: Referral,
  filter: NarrowingFilter,
  reasonGroup: (statusReason: string) => string,
): boolean {
  if (!inRange(filter.created[0], referral.createdDateTime)) return false;
  if (!inRange(filter.closed[0], referral.closedDateTime)) return false;
  if (!inRange(filter.accepted[0], referral.acceptedDateTime)) return false;
  if (!inRange(filter.expires[0], referral.expirationDateTime)) return false;
  if (
    filter.customers.length > 0 &&
    !filter.customers.includes((referral.customerProfile?.name ?? '').trim())
  )
    return false;
  if (filter.products.length > 0) {
    const ids = referral.details?.requirements?.products ?? [];
    if (!ids.some((product) => filter.products.includes(product.id))) return false;
  }
  if (filter.reasons.length > 0) {
    const reason = referral.statusReason?.trim() ?? '';
    if (!reason || !filter.reasons.includes(reasonGroup(reason))) return false;
  }
  return true;
}

export function hasNarrowing(filter: NarrowingFilter): boolean {
  return (
    DATE_FILTER_KEYS.some((key) => filter[key].length > 0) ||
    filter.customers.length > 0 ||
    filter.products.length > 0 ||
    filter.reasons.length > 0
  );
}

/**
 * Case- and accent-insensitive form for search. Lower-cases with the user's locale (Turkish I → ı),
 * then folds so that I, İ, ı and i all meet at "i" and accents drop ("istanbul" finds "İstanbul",
 * "isik" finds "Işık"). Only the Latin combining marks are removed: Japanese kana keep their voicing.
 */
export function foldForSearch(text: string, locale: string): string {
  return text
    .toLocaleLowerCase(locale)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .normalize('NFC');
}

/** The words of a search box, folded; a referral matches when its text contains every word. */
export function searchTerms(search: string, locale: string): string[] {
  return foldForSearch(search, locale)
    .split(/\s+/)
    .filter((word) => word !== '');
}

// Folding thousands of referrals on every keystroke adds up: one text per referral and locale,
// kept while the referral lives (cached data is never changed in place; a save writes a new
// object). The list, the board and the insights filter share it.
const searchTexts = new WeakMap<Referral, { locale: string; text: string }>();

/**
 * The folded text search looks in: referral name, customer name, and the customer's contacts
 * (names and emails). The partner's own team is left out: everyone there shares the partner's
 * domain and would match every referral.
 */
export function referralSearchText(referral: Referral, locale: string): string {
  const cached = searchTexts.get(referral);
  if (cached?.locale === locale) return cached.text;
  const text = foldedReferralText(referral, locale);
  searchTexts.set(referral, { locale, text });
  return text;
}

function foldedReferralText(referral: Referral, locale: string): string {
  const customer = referral.customerProfile;
  const contacts = (customer?.team ?? []).flatMap((member) => [
    [member.firstName, member.lastName].filter(Boolean).join(' '),
    member.email ?? '',
  ]);
  return foldForSearch([referral.name ?? '', customer?.name ?? '', ...contacts].join('\n'), locale);
}

const isIn = (list: readonly string[], value: string | null | undefined) =>
  list.length === 0 || (value !== null && value !== undefined && list.includes(value));

/**
 * The whole filter as one predicate (stage, direction, type, qualification, currency, search,
 * narrowing), for views that take the list's filters as they are (insights).
 */
export function referralFilterMatcher(
  filter: ReferralFilter,
  locale: string,
  reasonGroup: (statusReason: string) => string,
): (referral: Referral) => boolean {
  const words = searchTerms(filter.search, locale);
  return (referral) => {
    if (!isIn(filter.stages, stageOfReferral(referral))) return false;
    if (!isIn(filter.directions, referral.direction)) return false;
    if (!isIn(filter.types, referral.type)) return false;
    if (!isIn(filter.qualifications, referral.qualification)) return false;
    if (!isIn(filter.currencies, (referral.details?.currency ?? '').trim().toUpperCase()))
      return false;
    if (!matchesNarrowing(referral, filter, reasonGroup)) return false;
    if (words.length === 0) return true;
    const text = referralSearchText(referral, locale);
    return words.every((word) => text.includes(word));
  };
}
