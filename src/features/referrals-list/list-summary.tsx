import { useT } from '../../components/ui/use-t';
import { formatMoney } from '../../domain/format';

type Total = { currency: string; total: number; count: number };

type ListSummaryProps = {
  count: number;
  /** Announce changes of the count (not while pages are still arriving: too chatty). */
  isLive: boolean;
  totals: readonly Total[];
  locale: string;
};

/** The number of rows the filter shows and their deal value per currency (never added together). */
export function ListSummary({ count, isLive, totals, locale }: ListSummaryProps) {
  const { t } = useT('list');
  const number = new Intl.NumberFormat(locale);
  return (
    <div className="list-summary">
      <p className="list-count" data-testid="list-count" aria-live={isLive ? 'polite' : 'off'}>
        {t('summary.count', { count, formatted: number.format(count) })}
      </p>
      {totals.length === 0 ? (
        <p className="list-totals-empty">{t('summary.noValues')}</p>
      ) : (
        <ul className="list-totals" aria-label={t('summary.totalsLabel')}>
          {totals.map((total) => (
            <li key={total.currency} data-currency={total.currency}>
              {total.currency === '—'
                ? t('summary.noCurrency', { amount: number.format(total.total) })
                : formatMoney(total.total, total.currency, locale)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

type ListProgressProps = { loaded: number | undefined; locale: string };

/** Shown until every page has arrived; the rows already there are usable meanwhile. */
export function ListProgress({ loaded, locale }: ListProgressProps) {
  const { t } = useT('list');
  return (
    <p className="list-progress" role="status" data-testid="list-progress">
      <span className="spinner" aria-hidden="true" />
      {loaded === undefined
        ? t('progress.loading')
        : t('progress.loaded', { formatted: new Intl.NumberFormat(locale).format(loaded) })}
    </p>
  );
}
