import type { Referral } from '../../domain/referral-schema';
import {
  REFERRAL_DIRECTIONS,
  REFERRAL_QUALIFICATIONS,
  REFERRAL_TYPES,
} from '../../domain/referral-schema';
import { STAGE_IDS, type StageId } from '../../domain/status-machine';

/**
 * The list view's search and filters, read from the same URL params so both views show the same
 * referrals: `q` (free text), `stage`, `direction`, `type`, `qualification`, `currency` (each may
 * repeat). Same parsing and matching as the list's list-params.ts / list-rows.ts (features may not
 * import each other). Pure: the hook that reads the URL lives in use-board-filter.ts.
 */
export type BoardFilter = {
  q: string;
  stages: readonly StageId[];
  directions: readonly string[];
  types: readonly string[];
  qualifications: readonly string[];
  currencies: readonly string[];
};

export const EMPTY_FILTER: BoardFilter = {
  q: '',
  stages: [],
  directions: [],
  types: [],
  qualifications: [],
  currencies: [],
};

/** Known values in URL order, without duplicates; unknown ones are ignored, as in the list. */
function pick<T extends string>(values: readonly string[], allowed: readonly T[]): T[] {
  const out: T[] = [];
  for (const value of values) {
    if ((allowed as readonly string[]).includes(value) && !out.includes(value as T))
      out.push(value as T);
  }
  return out;
}

const CURRENCY_CODE = /^[A-Z]{3}$/;

export function readBoardFilter(params: URLSearchParams): BoardFilter {
  const currencies = params.getAll('currency').map((c) => c.trim().toUpperCase());
  return {
    q: params.get('q') ?? '',
    stages: pick(params.getAll('stage'), STAGE_IDS),
    directions: pick(params.getAll('direction'), REFERRAL_DIRECTIONS),
    types: pick(params.getAll('type'), REFERRAL_TYPES),
    qualifications: pick(params.getAll('qualification'), REFERRAL_QUALIFICATIONS),
    currencies: [...new Set(currencies.filter((c) => CURRENCY_CODE.test(c)))],
  };
}

/** Filters that hide cards inside a column (the stage filter hides whole columns instead). */
export function hasCardFilter(filter: BoardFilter): boolean {
  return (
    filter.q.trim() !== '' ||
    filter.directions.length > 0 ||
    filter.types.length > 0 ||
    filter.qualifications.length > 0 ||
    filter.currencies.length > 0
  );
}

/**
 * Case- and accent-insensitive text for search: the locale's lower case (Turkish I → ı), then I, İ,
 * ı and i all meet at "i" and Latin accents drop, so "istanbul" finds "İstanbul".
 */
export function foldForSearch(text: string, locale: string): string {
  return text
    .toLocaleLowerCase(locale)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .normalize('NFC');
}

// Folding thousands of referrals on every keystroke adds up: one text per copy and locale.
const searchTexts = new WeakMap<Referral, { locale: string; text: string }>();

function searchText(referral: Referral, locale: string): string {
  const cached = searchTexts.get(referral);
  if (cached?.locale === locale) return cached.text;
  const customer = referral.customerProfile;
  const contacts = (customer?.team ?? []).flatMap((member) => [
    [member.firstName, member.lastName].filter(Boolean).join(' '),
    member.email ?? '',
  ]);
  const text = foldForSearch(
    [referral.name ?? '', customer?.name ?? '', ...contacts].join('\n'),
    locale,
  );
  searchTexts.set(referral, { locale, text });
  return text;
}

const isIn = (list: readonly string[], value: string | null | undefined) =>
  list.length === 0 || (value !== null && value !== undefined && list.includes(value));

/** Does a referral pass the card filters? Text search is Turkish-aware (İ/ı) through the locale. */
export function matchesCardFilter(
  referral: Referral,
  filter: BoardFilter,
  locale: string,
): boolean {
  if (!isIn(filter.directions, referral.direction)) return false;
  if (!isIn(filter.types, referral.type)) return false;
  if (!isIn(filter.qualifications, referral.qualification)) return false;
  if (!isIn(filter.currencies, (referral.details?.currency ?? '').trim().toUpperCase()))
    return false;
  const words = foldForSearch(filter.q, locale).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = searchText(referral, locale);
  return words.every((word) => text.includes(word));
}

/** Is a stage's column shown under the stage filter (none chosen = all shown)? */
export function isStageShown(filter: BoardFilter, stage: StageId): boolean {
  return filter.stages.length === 0 || filter.stages.includes(stage);
}
