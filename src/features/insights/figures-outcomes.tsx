import { Link } from 'wouter';
import { BarChart, type ChartRow } from './bar-chart';
import { DrillLink } from './drill-link';
import { FigureCard } from './figure-card';
import type { FigureContext } from './figure-context';
import {
  RESPONSE_TARGET_HOURS,
  type Durations,
  type Outcomes,
  type ReasonRow,
} from './insights-data';
import { formatCount, formatHours, formatMonth, formatPercent } from './insights-format';

/** Win rate and decline rate per month closed. */
export function OutcomesFigure({ data, ctx }: { data: Outcomes; ctx: FigureContext }) {
  const { t, locale } = ctx;
  const title =
    data.winRate === null
      ? t('outcomes.titleEmpty', { period: ctx.period })
      : t('outcomes.title', { rate: formatPercent(data.winRate, locale), period: ctx.period });
  const rows: ChartRow[] = data.months.map((m) => {
    const month = formatMonth(m.month, locale);
    const bar = (
      series: 'winRate' | 'declineRate',
      value: number | null,
      drill: typeof m.drill.won,
    ) => {
      const href = ctx.href(drill);
      const text = formatPercent(value, locale);
      return {
        series: `series-${series}`,
        value: value ?? 0,
        valueText: text,
        href,
        label: t('barLabel', { row: month, series: t(`series.${series}`), value: text }),
      };
    };
    return {
      key: m.month,
      label: month,
      bars: [
        bar('winRate', m.winRate, m.drill.decided),
        bar('declineRate', m.declineRate, m.drill.declined),
      ],
    };
  });
  return (
    <FigureCard
      name={t('outcomes.name')}
      title={title}
      note={
        <>
          {t('outcomes.note')} {data.undated > 0 && t('undated', { count: data.undated })}
        </>
      }
      chart={(width, titleId) => (
        <BarChart
          rows={rows}
          width={width}
          max={1}
          formatTick={(v) => formatPercent(v, locale)}
          labelledBy={titleId}
        />
      )}
      table={() => (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('column.month')}</th>
              <th scope="col">{t('column.won')}</th>
              <th scope="col">{t('column.lost')}</th>
              <th scope="col">{t('column.declined')}</th>
              <th scope="col">{t('column.winRate')}</th>
              <th scope="col">{t('column.declineRate')}</th>
            </tr>
          </thead>
          <tbody>
            {data.months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{formatMonth(m.month, locale)}</th>
                <td>
                  <DrillLink href={ctx.href(m.drill.won)}>{formatCount(m.won, locale)}</DrillLink>
                </td>
                <td>
                  <DrillLink href={ctx.href(m.drill.lost)}>{formatCount(m.lost, locale)}</DrillLink>
                </td>
                <td>
                  <DrillLink href={ctx.href(m.drill.declined)}>
                    {formatCount(m.declined, locale)}
                  </DrillLink>
                </td>
                <td>{formatPercent(m.winRate, locale)}</td>
                <td>{formatPercent(m.declineRate, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      csv={() => [
        ['month', 'won', 'lost', 'declined', 'win_rate', 'decline_rate'],
        ...data.months.map((m) => [
          m.month,
          m.won,
          m.lost,
          m.declined,
          m.winRate ?? '',
          m.declineRate ?? '',
        ]),
      ]}
    />
  );
}

/** Time to accept and time to win, against Microsoft's 24-hour response recommendation. */
export function TimesFigure({
  accept,
  win,
  ctx,
}: {
  accept: Durations;
  win: Durations;
  ctx: FigureContext;
}) {
  const { t, locale } = ctx;
  const title =
    accept.count === 0
      ? t('times.titleEmpty', { period: ctx.period })
      : t('times.title', {
          median: formatHours(accept.median, locale),
          share: formatPercent(accept.withinTarget / accept.count, locale),
        });
  const acceptHref = ctx.href(accept.drill);
  const row = (key: 'median' | 'p90', hours: number | null): ChartRow => {
    const text = formatHours(hours, locale);
    return {
      key,
      label: `${t('times.accept')} (${t(`times.${key}`)})`,
      bars: [
        {
          series: key === 'median' ? 'series-value' : 'series-weighted',
          value: hours ?? 0,
          valueText: text,
          href: acceptHref,
          label: t('barLabel', { row: t('times.accept'), series: t(`times.${key}`), value: text }),
        },
      ],
    };
  };
  const measures = [
    { key: 'accept', d: accept },
    { key: 'win', d: win },
  ] as const;
  return (
    <FigureCard
      name={t('times.name')}
      title={title}
      note={t('times.note')}
      chart={(width, titleId) =>
        accept.count > 0 ? (
          <BarChart
            rows={[row('median', accept.median), row('p90', accept.p90)]}
            width={width}
            formatTick={(v) => formatHours(v, locale)}
            labelledBy={titleId}
            reference={{ value: RESPONSE_TARGET_HOURS, label: t('times.target') }}
          />
        ) : (
          <p>{t('noData')}</p>
        )
      }
      table={() => (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('column.measure')}</th>
              <th scope="col">{t('column.count')}</th>
              <th scope="col">{t('column.median')}</th>
              <th scope="col">{t('column.p90')}</th>
              <th scope="col">{t('column.withinTarget')}</th>
            </tr>
          </thead>
          <tbody>
            {measures.map(({ key, d }) => (
              <tr key={key}>
                <th scope="row">{t(`times.${key}`)}</th>
                <td>
                  <DrillLink href={ctx.href(d.drill)}>{formatCount(d.count, locale)}</DrillLink>
                </td>
                <td>{formatHours(d.median, locale)}</td>
                <td>{formatHours(d.p90, locale)}</td>
                <td>{d.count ? formatPercent(d.withinTarget / d.count, locale) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      csv={() => [
        ['measure', 'count', 'median_hours', 'p90_hours', 'within_24h'],
        ...measures.map(({ key, d }) => [
          key,
          d.count,
          d.median ?? '',
          d.p90 ?? '',
          d.withinTarget,
        ]),
      ]}
      extra={
        <p className="figure-foot">
          {t('times.win')}: {formatHours(win.median, locale)} ({t('times.median')}),{' '}
          {formatHours(win.p90, locale)} ({t('times.p90')}).{' '}
          {acceptHref && accept.count > 0 && (
            <Link to={acceptHref}>{t('times.open', { count: accept.count })}</Link>
          )}
        </p>
      }
    />
  );
}

/** Close reasons of Won, Lost and Declined, by the close dialog's presets; free text as "Other". */
export function ReasonsFigure({
  data,
  ctx,
}: {
  data: { rows: ReasonRow[]; undated: number; unexplained: number };
  ctx: FigureContext;
}) {
  const { t, tc, locale } = ctx;
  const reasonName = (group: string) => tc(`closeReason.${group}`, { defaultValue: group });
  const top = [...data.rows].sort((a, b) => b.count - a.count)[0];
  const title = top
    ? t('reasons.title', {
        reason: reasonName(top.group),
        outcome: tc(`stage.${top.outcome}`),
        count: top.count,
      })
    : t('reasons.titleEmpty', { period: ctx.period });
  const rows: ChartRow[] = data.rows.map((row) => {
    const label = `${tc(`stage.${row.outcome}`)} · ${reasonName(row.group)}`;
    const href = ctx.href(row.drill);
    return {
      key: `${row.outcome}|${row.group}`,
      label,
      bars: [
        {
          series: `series-${row.outcome}`,
          value: row.count,
          valueText: formatCount(row.count, locale),
          href,
          label: t('barLabel', {
            row: label,
            series: t('column.count'),
            value: formatCount(row.count, locale),
          }),
        },
      ],
    };
  });
  const others = data.rows.filter((row) => row.group === 'other' && row.texts.length > 0);
  return (
    <FigureCard
      name={t('reasons.name')}
      title={title}
      note={
        <>
          {data.unexplained > 0 && t('reasons.unexplained', { count: data.unexplained })}{' '}
          {data.undated > 0 && t('undated', { count: data.undated })}
        </>
      }
      chart={(width, titleId) => (
        <BarChart
          rows={rows}
          width={width}
          formatTick={(v) => formatCount(v, locale)}
          labelledBy={titleId}
        />
      )}
      table={() => (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('column.outcome')}</th>
              <th scope="col">{t('column.reason')}</th>
              <th scope="col">{t('column.count')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={`${row.outcome}|${row.group}`}>
                <th scope="row">{tc(`stage.${row.outcome}`)}</th>
                <td>{reasonName(row.group)}</td>
                <td>
                  <DrillLink href={ctx.href(row.drill)}>{formatCount(row.count, locale)}</DrillLink>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      csv={() => [
        ['outcome', 'reason', 'count', 'texts'],
        ...data.rows.map((r) => [
          r.outcome,
          r.group,
          r.count,
          r.texts.map((x) => `${x.text} (${x.count})`).join('; '),
        ]),
      ]}
      extra={
        others.length > 0 && (
          <div className="reason-texts">
            <h3>{t('reasons.otherTexts')}</h3>
            {others.map((row) => (
              <div key={row.outcome}>
                <h4>{tc(`stage.${row.outcome}`)}</h4>
                <ul>
                  {row.texts.slice(0, 12).map((x) => (
                    <li key={x.text}>
                      {x.text} ({formatCount(x.count, locale)})
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )
      }
    />
  );
}
