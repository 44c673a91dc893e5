import { expiryCountdown, formatDate, formatMoney } from '../domain/format';

/**
 * The first Intl formatter of each kind loads the browser's locale data: tens of milliseconds
 * apiece on a slow machine, which the first list or board render paid after its data had arrived
 * (decision 046). Built here while the app waits for that data, for the language it starts in;
 * `formatMoney` and friends keep theirs in their caches, and the views' own formatters of the same
 * kind (collator, display names, date and time) find the locale data loaded.
 */
export function warmIntl(locale: string): void {
  const now = new Date();
  const iso = now.toISOString();
  formatMoney(1, 'USD', locale);
  formatMoney(1, null, locale);
  formatDate(iso, locale);
  expiryCountdown(iso, now, locale);
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(now);
  new Intl.PluralRules(locale).select(2);
  new Intl.Collator(locale, { sensitivity: 'base', numeric: true }).compare('a', 'b');
  try {
    new Intl.DisplayNames(locale, { type: 'currency' }).of('USD');
  } catch {
    // Older browsers without DisplayNames: the list shows the codes alone.
  }
}

/** `warmIntl` when the main thread is idle (at the latest after `timeoutMs`). */
export function warmIntlWhenIdle(locale: string, timeoutMs = 500): void {
  const run = () => warmIntl(locale);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: timeoutMs });
  else setTimeout(run, 0);
}
