import { useEffect, useLayoutEffect, useMemo, useState, type ReactElement } from 'react';
import { useT } from '../../components/ui/use-t';
import { useSearchParams } from 'wouter';
import { useIntlLocale } from '../../components/ui/use-intl-locale';
import { useNow } from '../../components/ui/use-now';
import { useApiErrorText } from '../../shared/api-error-text';
import { readReferralFilter } from '../../shared/referral-filter';
import { useReasonGroup } from '../../shared/use-reason-group';
import { ChartWidthContext, useGridChartWidth } from './chart-width';
import { useFigureContext, type FigureContext } from './figure-context';
import { OutcomesFigure, ReasonsFigure, TimesFigure } from './figures-outcomes';
import { PipelineFigure, WeightedFigure } from './figures-pipeline';
import { AgingFigure, ExpiringFigure, TopFigure } from './figures-today';
import { formatCount, prepareFormats } from './insights-format';
import {
  isPeriodInvalid,
  periodWindow,
  readPeriod,
  startOfUtcDay,
  writePeriod,
  type Period,
} from './insights-period';
import { PeriodPicker } from './period-picker';
import { useStageProbabilities } from './stage-probabilities';
import { useAfterFirstPaint } from './use-after-paint';
import type { Insights } from './insights-all';
import type { StageProbabilities } from './insights-data';
import { useInsights, useInsightsList } from './use-insights';
import { WeightSettingsSection } from './weight-settings-section';
import './insights.css';

export function InsightsPage() {
  const { t, language } = useT('insights');
  const locale = useIntlLocale();
  const errorText = useApiErrorText();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readReferralFilter(params), [params]);
  const period = useMemo(() => readPeriod(params), [params]);
  const today = startOfUtcDay(useNow(60_000).getTime());
  // Figures move by whole days: recomputed when the day changes, not every minute.
  const now = useMemo(() => new Date(today), [today]);
  const isInvalid = isPeriodInvalid(period);
  const window = useMemo(
    () => periodWindow(isInvalid ? { ...period, kind: 'all' } : period, now),
    [period, now, isInvalid],
  );
  const probabilities = useStageProbabilities();
  const reasonGroup = useReasonGroup();
  const query = useInsightsList();
  const list = query.data;
  const items = list?.isComplete ? list.items : undefined;
  // The list's scopes (Mine, Needs response, …) and filters narrow the figures as they narrow the list.
  const insights = useInsights(items, filter, language, window, now, probabilities, reasonGroup);
  const ctx = useFigureContext(locale, isInvalid ? 'all' : period.kind);
  useEffect(() => prepareFormats(locale), [locale]);
  const [gridRef, chartWidth, columns] = useGridChartWidth<HTMLDivElement>(insights !== undefined);
  // The first row of cards (what the first screen shows) comes with the count in one commit; the
  // rest right after that frame is painted, each in a box holding its place (decision 052).
  const isAfterPaint = useAfterFirstPaint(insights !== undefined);
  // A screen tall enough to show where the second row starts gets every card in the first frame.
  const [isScreenTall, setIsScreenTall] = useState(false);
  const isRestShown = isAfterPaint || isScreenTall;
  useLayoutEffect(() => {
    const grid = gridRef.current;
    // Nothing laid out (jsdom): nothing to compare.
    if (!insights || isRestShown || !grid || grid.clientWidth === 0) return;
    const pending = grid.querySelector('.figure-pending');
    if (pending && pending.getBoundingClientRect().top < globalThis.innerHeight)
      setIsScreenTall(true);
  }, [insights, isRestShown, gridRef]);

  const handlePeriod = (next: Period) =>
    setParams((prev) => writePeriod(prev, next), { replace: true });

  return (
    <section className="insights" aria-labelledby="insights-title">
      <div className="insights-header">
        <h1 id="insights-title">{t('title')}</h1>
        <p>{t('intro')}</p>
        <PeriodPicker period={period} onChange={handlePeriod} />
        <p className="insights-dates">{t('period.dates')}</p>
        <details className="insights-weights">
          <summary>{t('editProbabilities')}</summary>
          <WeightSettingsSection />
        </details>
      </div>
      {query.isError && (
        <div role="alert" className="list-error">
          <p>
            <strong>{t('error')}</strong>
          </p>
          <p>{errorText(query.error)}</p>
          <button type="button" onClick={() => void query.refetch()}>
            {t('retry')}
          </button>
        </div>
      )}
      {!insights && !query.isError && (
        <p role="status" className="loading">
          {t('loading')}
        </p>
      )}
      {insights && (
        /* elementtiming: the bench reads when this line (drawn with the figures) was painted. */
        <p role="status" data-testid="insights-count" {...{ elementtiming: 'insights-figures' }}>
          {t('filtered', {
            count: insights.count,
            formattedCount: formatCount(insights.count, locale),
          })}
        </p>
      )}
      {/* Always there: its width is read while the list loads (chart-width.tsx). */}
      <div ref={gridRef} className="figures">
        {insights && (
          <ChartWidthContext value={chartWidth}>
            {figureCards(insights, probabilities, ctx).map((card, index) =>
              isRestShown || index < columns ? (
                card
              ) : (
                <div key={card.key} className="figure-pending" aria-hidden="true" />
              ),
            )}
          </ChartWidthContext>
        )}
      </div>
    </section>
  );
}

/** The figure cards in page (and keyboard) order. */
function figureCards(
  insights: Insights,
  probabilities: StageProbabilities,
  ctx: FigureContext,
): ReactElement[] {
  return [
    <PipelineFigure key="pipeline" data={insights.pipeline} ctx={ctx} />,
    <WeightedFigure
      key="weighted"
      data={insights.weighted}
      probabilities={probabilities}
      ctx={ctx}
    />,
    <OutcomesFigure key="outcomes" data={insights.outcomes} ctx={ctx} />,
    <TimesFigure key="times" accept={insights.accept} win={insights.win} ctx={ctx} />,
    <ReasonsFigure key="reasons" data={insights.reasons} ctx={ctx} />,
    <AgingFigure key="aging" data={insights.aging} ctx={ctx} />,
    <ExpiringFigure key="expiring" data={insights.expiring} ctx={ctx} />,
    <TopFigure key="customers" by="customers" rows={insights.customers} ctx={ctx} />,
    <TopFigure key="products" by="products" rows={insights.products} ctx={ctx} />,
  ];
}
