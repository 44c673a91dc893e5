import { useMemo } from 'react';
import { useT } from '../../components/ui/use-t';
import { useSearchParams } from 'wouter';
import type { TFunction } from '../../components/ui/use-t';
import { formatMoney } from '../../domain/format';
import type { Drill } from './insights-data';
import { drillHref, formatAxisNumber } from './insights-format';
import type { PeriodKind } from './insights-period';

/** What every figure needs to speak: words, locale, the list's address for a drill, the period. */
export type FigureContext = {
  t: TFunction;
  tc: TFunction;
  locale: string;
  href: (drill: Drill | null) => string | null;
  period: string;
  money: (value: number, currency: string) => string;
  axis: (value: number) => string;
  currencyName: (currency: string) => string;
};

export function useFigureContext(locale: string, kind: PeriodKind): FigureContext {
  const { t } = useT('insights');
  const { t: tc } = useT();
  const [params] = useSearchParams();
  return useMemo(
    () => ({
      t,
      tc,
      locale,
      href: (drill) => (drill ? drillHref(params, drill) : null),
      period: t(`period.phrase.${kind}`),
      money: (value, currency) => formatMoney(value, currency, locale),
      axis: (value) => formatAxisNumber(value, locale),
      currencyName: (currency) => currency || t('noCurrency'),
    }),
    [t, tc, locale, params, kind],
  );
}
