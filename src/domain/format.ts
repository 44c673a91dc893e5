/** Money and date formatting with Intl in the user's locale. Pure; callers pass the locale. */

type MoneyFormat = { format: Intl.NumberFormat; isCurrency: boolean };
const moneyFormats = new Map<string, MoneyFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

// Formatters are cached per locale (and currency): building one costs far more than using it,
// and a list or board formats thousands of values while scrolling.
function moneyFormat(locale: string, currency: string): MoneyFormat {
  const key = `${locale}|${currency}`;
  let entry = moneyFormats.get(key);
  if (!entry) {
    try {
      entry = {
        format: new Intl.NumberFormat(locale, { style: 'currency', currency }),
        isCurrency: true,
      };
    } catch {
      // An unknown currency code: show the plain number with the code beside it.
      entry = {
        format: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
        isCurrency: false,
      };
    }
    moneyFormats.set(key, entry);
  }
  return entry;
}

export function formatMoney(
  value: number | null | undefined,
  currency: string | null | undefined,
  locale: string,
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const code = (currency ?? '').toUpperCase();
  if (!code) return moneyFormat(locale, '').format.format(value);
  const { format, isCurrency } = moneyFormat(locale, code);
  const text = format.format(value);
  return isCurrency ? text : `${text} ${code}`;
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
  let rtf = relativeFormats.get(locale);
  if (!rtf) {
    rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(locale, rtf);
  }
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
