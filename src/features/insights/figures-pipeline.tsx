import { BarChart, type ChartRow } from './bar-chart';
import { DrillLink } from './drill-link';
import { FigureCard } from './figure-card';
import type { FigureContext } from './figure-context';
import {
  mainCurrency,
  type PipelineByStage,
  type StageProbabilities,
  type WeightedPipeline,
} from './insights-data';
import { formatCount, formatPercent } from './insights-format';

function Undated({ count, ctx }: { count: number; ctx: FigureContext }) {
  return count > 0 ? <>{ctx.t('undated', { count })}</> : null;
}

/** Count and value per stage, one chart per currency (values in different currencies are not added). */
export function PipelineFigure({ data, ctx }: { data: PipelineByStage; ctx: FigureContext }) {
  const { t, tc, locale } = ctx;
  const total = data.rows.reduce((sum, row) => sum + row.count, 0);
  const byStage = new Map<string, number>();
  for (const row of data.rows) byStage.set(row.stage, (byStage.get(row.stage) ?? 0) + row.count);
  const [topStage, topCount] = [...byStage].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const title =
    total === 0
      ? t('pipeline.titleEmpty', { period: ctx.period })
      : t('pipeline.title', {
          count: total,
          period: ctx.period,
          stage: tc(`stage.${topStage}`),
          stageCount: topCount,
        });
  const rowsOf = (currency: string): ChartRow[] =>
    data.rows
      .filter((row) => row.currency === currency)
      .map((row) => {
        const label = t('pipeline.rowLabel', { stage: tc(`stage.${row.stage}`), count: row.count });
        const value = ctx.money(row.value, currency);
        const href = ctx.href(row.drill);
        return {
          key: row.stage,
          label,
          bars: [
            {
              series: 'series-value',
              value: row.value,
              valueText: value,
              href,
              label: t(href ? 'barLabel' : 'barLabelStatic', {
                row: `${tc(`stage.${row.stage}`)}, ${ctx.currencyName(currency)}`,
                series: t('series.value'),
                value: `${formatCount(row.count, locale)} · ${value}`,
              }),
            },
          ],
        };
      });
  return (
    <FigureCard
      name={t('pipeline.name')}
      title={title}
      note={<Undated count={data.undated} ctx={ctx} />}
      chart={(width, titleId) =>
        data.currencies.map((currency) => (
          <div key={currency} className="chart-block">
            <h3 className="chart-currency">{ctx.currencyName(currency)}</h3>
            <BarChart
              rows={rowsOf(currency)}
              width={width}
              formatTick={ctx.axis}
              labelledBy={titleId}
            />
          </div>
        ))
      }
      table={() => (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('column.stage')}</th>
              <th scope="col">{t('column.currency')}</th>
              <th scope="col">{t('column.count')}</th>
              <th scope="col">{t('column.value')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={`${row.stage}|${row.currency}`}>
                <th scope="row">{tc(`stage.${row.stage}`)}</th>
                <td>{ctx.currencyName(row.currency)}</td>
                <td>
                  <DrillLink href={ctx.href(row.drill)}>{formatCount(row.count, locale)}</DrillLink>
                </td>
                <td>{ctx.money(row.value, row.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      csv={() => [
        ['stage', 'currency', 'count', 'value'],
        ...data.rows.map((row) => [row.stage, row.currency, row.count, row.value]),
      ]}
    />
  );
}

/** Open value and weighted value (value × stage probability), per currency. */
export function WeightedFigure({
  data,
  probabilities,
  ctx,
}: {
  data: WeightedPipeline;
  probabilities: StageProbabilities;
  ctx: FigureContext;
}) {
  const { t, tc, locale } = ctx;
  const currency = mainCurrency(data.rows);
  const main = data.totals.find((x) => x.currency === currency);
  const title = main
    ? `${t('weighted.title', {
        weighted: ctx.money(main.weighted, main.currency),
        value: ctx.money(main.value, main.currency),
      })}${data.totals.length > 1 ? ` ${t('weighted.more', { count: data.totals.length - 1 })}` : ''}`
    : t('weighted.titleEmpty', { period: ctx.period });
  const pct = (value: number) => formatPercent(value / 100, locale);
  const rows: ChartRow[] = data.totals.map((total) => {
    const href = ctx.href(total.drill);
    const bar = (series: 'value' | 'weighted', value: number) => ({
      series: `series-${series}`,
      value,
      valueText: ctx.money(value, total.currency),
      href,
      label: t(href ? 'barLabel' : 'barLabelStatic', {
        row: ctx.currencyName(total.currency),
        series: t(`series.${series}`),
        value: ctx.money(value, total.currency),
      }),
    });
    return {
      key: total.currency,
      label: ctx.currencyName(total.currency),
      bars: [bar('value', total.value), bar('weighted', total.weighted)],
    };
  });
  return (
    <FigureCard
      name={t('weighted.name')}
      title={title}
      note={t('weighted.probabilities', {
        new: pct(probabilities.new),
        accepted: pct(probabilities.accepted),
      })}
      chart={(width, titleId) =>
        rows.map((row) => (
          <div key={row.key} className="chart-block">
            <BarChart rows={[row]} width={width} formatTick={ctx.axis} labelledBy={titleId} />
          </div>
        ))
      }
      table={() => (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('column.stage')}</th>
              <th scope="col">{t('column.currency')}</th>
              <th scope="col">{t('column.value')}</th>
              <th scope="col">{t('column.probability')}</th>
              <th scope="col">{t('column.weighted')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={`${row.stage}|${row.currency}`}>
                <th scope="row">
                  <DrillLink href={ctx.href(row.drill)}>{tc(`stage.${row.stage}`)}</DrillLink>
                </th>
                <td>{ctx.currencyName(row.currency)}</td>
                <td>{ctx.money(row.value, row.currency)}</td>
                <td>{pct(row.probability)}</td>
                <td>{ctx.money(row.weighted, row.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      csv={() => [
        ['stage', 'currency', 'value', 'probability_percent', 'weighted'],
        ...data.rows.map((r) => [r.stage, r.currency, r.value, r.probability, r.weighted]),
      ]}
    />
  );
}
