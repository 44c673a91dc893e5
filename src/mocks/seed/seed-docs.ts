import type { Referral } from '../../domain/referral-schema';
import { DOC_EXAMPLE_REFERRALS } from './fixtures/doc-examples';
import { DAY_MS, midnightUtc } from '../rules/server-values';

/**
 * The doc examples, moved in whole days so they sit next to `now`: the incoming New·Pending one is
 * created four days ago and so is not expired, and the closed ones closed in the recent past.
 * Whole days keep midnight expirations at midnight and keep each date's own format.
 */

/** Which date anchors each example, and how many days before today it should fall. */
const ANCHORS: readonly { field: 'createdDateTime' | 'updatedDateTime'; daysAgo: number }[] = [
  { field: 'createdDateTime', daysAgo: 4 }, // incoming New·Pending: expires in 10 days
  { field: 'updatedDateTime', daysAgo: 3 }, // outgoing Active·Accepted
  { field: 'updatedDateTime', daysAgo: 20 }, // Closed·Won
  { field: 'updatedDateTime', daysAgo: 12 }, // marketplace lead, Closed·Declined
  { field: 'updatedDateTime', daysAgo: 45 }, // private deal, Closed·Lost
];

const TOP_LEVEL_DATES = [
  'createdDateTime',
  'updatedDateTime',
  'expirationDateTime',
  'acceptedDateTime',
  'closedDateTime',
] as const;

const DATE_PARTS = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(\.\d+)?Z$/;

/** Shift a UTC date-time by `ms`, keeping its number of fractional digits. */
export function shiftDateTime(iso: string, ms: number): string {
  const match = DATE_PARTS.exec(iso);
  if (!match?.[1]) return iso;
  const base = match[1];
  const shifted = new Date(Date.parse(`${base}Z`) + ms).toISOString().slice(0, base.length);
  return `${shifted}${match[2] ?? ''}Z`;
}

export function rebasedDocExample(index: number, nowMs: number): Referral {
  const example = DOC_EXAMPLE_REFERRALS[index];
  const anchor = ANCHORS[index];
  if (!example || !anchor) throw new Error(`No doc example ${index}`);
  const copy = structuredClone(example);
  const anchorMs = Date.parse(copy[anchor.field] ?? '');
  const days = Math.round((midnightUtc(nowMs) - midnightUtc(anchorMs)) / DAY_MS) - anchor.daysAgo;
  const delta = days * DAY_MS;
  for (const field of TOP_LEVEL_DATES) {
    const value = copy[field];
    if (typeof value === 'string') copy[field] = shiftDateTime(value, delta);
  }
  if (copy.details?.closingDateTime) {
    copy.details.closingDateTime = shiftDateTime(copy.details.closingDateTime, delta);
  }
  return copy;
}

export const DOC_EXAMPLE_COUNT = DOC_EXAMPLE_REFERRALS.length;
