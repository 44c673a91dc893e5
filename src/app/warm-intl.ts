import { expiryCountdown, formatDate, formatMoney } from '../domain/format';
import { foldForSearch } from '../shared/referral-filter';

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
  // The list folds its search words on every render, an empty search too: the first locale-aware
  // lower-casing and normalisation cost ~12 ms in the first rows' render (a profile at 1,000).
  foldForSearch('İ', locale);
  try {
    new Intl.DisplayNames(locale, { type: 'currency' }).of('USD');
  } catch {
    // Older browsers without DisplayNames: the list shows the codes alone.
  }
}

/**
 * `warmIntl` right after the next frame (the shell's) has been painted, while the first data is on
 * its way. An idle callback put it off until the page looked idle, which could be the moment the
 * first page had arrived and its rows were about to be drawn: 45 ms in that frame at 1,000
 * demo referrals (decision 060). A tab that paints no frames gets it after 100 ms.
 */
export function warmIntlAfterPaint(locale: string): void {
  let isDone = false;
  const run = () => {
    if (isDone) return;
    isDone = true;
    clearTimeout(fallback);
    warmIntl(locale);
  };
  const fallback = setTimeout(run, 100);
  // A frame callback runs before that frame's paint; a task queued from it runs after it.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
}
