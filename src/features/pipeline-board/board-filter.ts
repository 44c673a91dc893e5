import type { Referral } from '../../domain/referral-schema';
import type { StageId } from '../../domain/status-machine';
import {
  readReferralFilter,
  referralSearchText,
  searchTerms,
  type ReferralFilter,
} from '../../shared/referral-filter';

/** The list view's search and filters (src/shared/referral-filter.ts), read from the same URL. */
export type BoardFilter = ReferralFilter;

export const EMPTY_FILTER: BoardFilter = readReferralFilter(new URLSearchParams());

export const readBoardFilter = readReferralFilter;

/** Filters that hide cards inside a column (the stage filter hides whole columns instead). */
export function hasCardFilter(filter: BoardFilter): boolean {
  return (
    filter.search.trim() !== '' ||
    filter.directions.length > 0 ||
    filter.types.length > 0 ||
    filter.qualifications.length > 0 ||
    filter.currencies.length > 0
  );
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
  const words = searchTerms(filter.search, locale);
  if (words.length === 0) return true;
  const text = referralSearchText(referral, locale);
  return words.every((word) => text.includes(word));
}

/** Is a stage's column shown under the stage filter (none chosen = all shown)? */
export function isStageShown(filter: BoardFilter, stage: StageId): boolean {
  return filter.stages.length === 0 || filter.stages.includes(stage);
}
