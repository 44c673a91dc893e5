import { FILTER_PARAMS, dayRangeBounds } from '../../shared/referral-filter';
import { dayOf, DAY_MS } from './insights-period';
import type { Drill } from './insights-data';

/** Numbers as the user's locale writes them ("62 %" in English, "%62" in Turkish). Pure. */
export function formatPercent(ratio: number | null, locale: string): string {
  if (ratio === null) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    ratio,
  );
}

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** A plain number for axes: compact ("1,2 Mn" in Turkish) when large. */
export function formatAxisNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    notation: Math.abs(value) >= 10_000 ? 'compact' : 'standard',
    maximumFractionDigits: 1,
  }).format(value);
}

/** A duration in hours: hours below two days, days above. */
export function formatHours(hours: number | null, locale: string): string {
  if (hours === null) return '—';
  const [value, unit] = hours < 48 ? [hours, 'hour'] : [hours / 24, 'day'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(value);
}

/** `YYYY-MM` as the locale's month and year ("March 2026", "Mart 2026"). */
export function formatMonth(month: string, locale: string): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
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
