/** Money and date formatting with Intl in the user's locale. Pure; callers pass the locale. */

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function moneyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    } catch {
      // An unknown currency code: show the plain number with the code beside it.
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    }
    numberFormats.set(key, format);
  }
  return format;
}

export function formatMoney(
  value: number | null | undefined,
  currency: string | null | undefined,
  locale: string,
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const code = (currency ?? '').toUpperCase();
  if (!code) return new Intl.NumberFormat(locale).format(value);
  const format = moneyFormat(locale, code);
  const text = format.format(value);
  return format.resolvedOptions().style === 'currency' ? text : `${text} ${code}`;
}

export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

const DAY_MS = 24 * 60 * 60 * 1000;

export type Expiry = { msLeft: number; isExpired: boolean; isUrgent: boolean; label: string };

/** A countdown such as "in 3 days" for an expiry date; urgent when under three days are left. */
export function expiryCountdown(
  iso: string | null | undefined,
  now: Date,
  locale: string,
): Expiry | undefined {
  if (!iso) return undefined;
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return undefined;
  const msLeft = at - now.getTime();
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const days = msLeft / DAY_MS;
  const label =
    Math.abs(days) >= 1
      ? rtf.format(Math.round(days), 'day')
      : rtf.format(Math.round(msLeft / 3_600_000), 'hour');
  return { msLeft, isExpired: msLeft <= 0, isUrgent: msLeft > 0 && msLeft < 3 * DAY_MS, label };
}

/** Sum of deal values per currency (never adds different currencies together). */
export function totalsByCurrency(
  items: readonly { value: number | null | undefined; currency: string | null | undefined }[],
): { currency: string; total: number; count: number }[] {
  const totals = new Map<string, { total: number; count: number }>();
  for (const item of items) {
    if (item.value === null || item.value === undefined || Number.isNaN(item.value)) continue;
    const code = (item.currency ?? '').toUpperCase() || '—';
    const entry = totals.get(code) ?? { total: 0, count: 0 };
    entry.total += item.value;
    entry.count += 1;
    totals.set(code, entry);
  }
  return [...totals.entries()]
    .map(([currency, v]) => ({ currency, ...v }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}
