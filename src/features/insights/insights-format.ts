import { FILTER_PARAMS, dayRangeBounds } from '../../shared/referral-filter';
import { dayOf, DAY_MS } from './insights-period';
import type { Drill } from './insights-data';

// Building an Intl formatter costs far more than using one (the first one of a locale also loads
// its data), and a figure formats every bar, label and cell: one formatter per locale and kind.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

const numberFormat = (locale: string, kind: string, options: Intl.NumberFormatOptions) =>
  cached(`${kind}|${locale}`, () => new Intl.NumberFormat(locale, options));

/** Numbers as the user's locale writes them ("62 %" in English, "%62" in Turkish). Pure. */
export function formatPercent(ratio: number | null, locale: string): string {
  if (ratio === null) return '—';
  return numberFormat(locale, 'percent', { style: 'percent', maximumFractionDigits: 0 }).format(
    ratio,
  );
}

export function formatCount(value: number, locale: string): string {
  return numberFormat(locale, 'count', {}).format(value);
}

/** A plain number for axes: compact ("1,2 Mn" in Turkish) when large. */
export function formatAxisNumber(value: number, locale: string): string {
  const isCompact = Math.abs(value) >= 10_000;
  return numberFormat(locale, isCompact ? 'axis-compact' : 'axis', {
    notation: isCompact ? 'compact' : 'standard',
    maximumFractionDigits: 1,
  }).format(value);
}

/** A duration in hours: hours below two days, days above. */
export function formatHours(hours: number | null, locale: string): string {
  if (hours === null) return '—';
  const [value, unit] = hours < 48 ? [hours, 'hour'] : [hours / 24, 'day'];
  return numberFormat(locale, unit, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(value);
}

/** `YYYY-MM` as the locale's month and year ("March 2026", "Mart 2026"). */
export function formatMonth(month: string, locale: string): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return cached(
    `month|${locale}`,
    () => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(new Date(Date.UTC(y, m - 1, 1)));
}

/**
 * Builds the formatters of `locale` ahead of the data (while the list loads), so the first
 * render after it formats rather than loads the locale's number and date data.
 */
export function prepareFormats(locale: string): void {
  formatPercent(0, locale);
  formatCount(0, locale);
  formatAxisNumber(0, locale);
  formatAxisNumber(10_000, locale);
  formatHours(1, locale);
  formatHours(48, locale);
  formatMonth('2026-01', locale);
}

const FILTER_NAMES = new Set<string>(Object.values(FILTER_PARAMS));
const DATE_NAMES = new Set<string>([
  FILTER_PARAMS.created,
  FILTER_PARAMS.closed,
  FILTER_PARAMS.accepted,
  FILTER_PARAMS.expires,
]);

function intersect(a: string, b: string): string {
  const [aStart, aEnd] = dayRangeBounds(a);
  const [bStart, bEnd] = dayRangeBounds(b);
  const start = Math.max(aStart, bStart);
  const end = Math.min(aEnd, bEnd);
  const from = Number.isFinite(start) ? dayOf(start) : '';
  const to = Number.isFinite(end) ? dayOf(end - DAY_MS) : '';
  return `${from}..${to}`;
}

/**
 * The list's address for a figure's referrals: the filters in force (the figure was computed
 * under them) narrowed by the figure's own; a day range already set is intersected, not replaced.
 * Parameters that are not filters (the period, `demo-size`) stay behind.
 */
export function drillHref(current: URLSearchParams, drill: Drill): string {
  const out = new URLSearchParams();
  for (const [name, value] of current) if (FILTER_NAMES.has(name)) out.append(name, value);
  for (const [name, values] of Object.entries(drill)) {
    const existing = out.get(name);
    out.delete(name);
    for (const value of values) {
      out.append(name, DATE_NAMES.has(name) && existing ? intersect(existing, value) : value);
    }
  }
  const search = out.toString();
  return search ? `/referrals?${search}` : '/referrals';
}
