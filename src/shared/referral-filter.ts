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
import { STAGE_IDS, type StageId } from '../domain/status-machine';

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
};

export type FilterKey = Exclude<keyof ReferralFilter, 'search'>;
export const FILTER_KEYS: readonly FilterKey[] = [
  'stages',
  'directions',
  'types',
  'qualifications',
  'currencies',
  'scopes',
];

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

export function readReferralFilter(params: URLSearchParams): ReferralFilter {
  return {
    search: params.get(FILTER_PARAMS.search) ?? '',
    stages: pick(params.getAll(FILTER_PARAMS.stages), STAGE_IDS),
    directions: pick(params.getAll(FILTER_PARAMS.directions), REFERRAL_DIRECTIONS),
    types: pick(params.getAll(FILTER_PARAMS.types), REFERRAL_TYPES),
    qualifications: pick(params.getAll(FILTER_PARAMS.qualifications), REFERRAL_QUALIFICATIONS),
    currencies: pickCurrencies(params.getAll(FILTER_PARAMS.currencies)),
    scopes: pick(params.getAll(FILTER_PARAMS.scopes), SCOPE_IDS),
  };
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

/**
 * The folded text search looks in: referral name, customer name, and the customer's contacts
 * (names and emails). The partner's own team is left out: everyone there shares the partner's
 * domain and would match every referral.
 */
export function referralSearchText(referral: Referral, locale: string): string {
  const customer = referral.customerProfile;
  const contacts = (customer?.team ?? []).flatMap((member) => [
    [member.firstName, member.lastName].filter(Boolean).join(' '),
    member.email ?? '',
  ]);
  return foldForSearch([referral.name ?? '', customer?.name ?? '', ...contacts].join('\n'), locale);
}
