import { Link } from 'wouter';
import { formatDate } from '../../domain/format';
import { BarChart, type ChartRow } from './bar-chart';
import { DrillLink } from './drill-link';
import { FigureCard } from './figure-card';
import type { FigureContext } from './figure-context';
import { mainCurrency, type AgeRow, type Expiring, type TopRow } from './insights-data';
import { formatCount } from './insights-format';

function countRows(
  rows: { key: string; label: string; count: number; href: string | null }[],
  ctx: FigureContext,
): ChartRow[] {
  return rows.map((row) => ({
    key: row.key,
    label: row.label,
    bars: [
      {
        series: 'series-value',
        value: row.count,
        valueText: formatCount(row.count, ctx.locale),
        href: row.href,
        label: ctx.t(row.href ? 'barLabel' : 'barLabelStatic', {
          row: row.label,
          series: ctx.t('column.count'),
          value: formatCount(row.count, ctx.locale),
        }),
      },
    ],
  }));
}

/** Active referrals by days since accepted (today). */
export function AgingFigure({
  data,
  ctx,
}: {
  data: { rows: AgeRow[]; undated: number };
  ctx: FigureContext;
}) {
  const { t, locale } = ctx;
  const total = data.rows.reduce((s, r) => s + r.count, 0) + data.undated;
  const old = data.rows
    .filter((r) => r.bucket === '91-180' || r.bucket === '181+')
    .reduce((s, r) => s + r.count, 0);
  const title = total ? t('aging.title', { count: total, old }) : t('aging.titleEmpty');
  const items = data.rows.map((row) => ({
    key: row.bucket,
    label: t('aging.bucket', { bucket: row.bucket.replace('-', '–') }),
    count: row.count,
    href: ctx.href(row.drill),
  }));
  return (
    <FigureCard
      name={t('aging.name')}
      title={title}
      note={data.undated > 0 ? t('undated', { count: data.undated }) : undefined}
      chart={(width, titleId) => (
        <BarChart
          rows={countRows(items, ctx)}
          width={width}
          formatTick={(v) => formatCount(v, locale)}
          labelledBy={titleId}
        />
      )}
      table={() => (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('column.age')}</th>
              <th scope="col">{t('column.count')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>
                  <DrillLink href={row.href}>{formatCount(row.count, locale)}</DrillLink>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      csv={() => [['days_since_accepted', 'count'], ...data.rows.map((r) => [r.bucket, r.count])]}
    />
  );
}

/** New referrals expiring today or in the next 14 days. */
export function ExpiringFigure({ data, ctx }: { data: Expiring; ctx: FigureContext }) {
  const { t, locale } = ctx;
  const count = data.items.length;
  const items = data.rows.map((row) => ({
    key: row.bucket,
    label: t('expiring.bucket', { bucket: row.bucket.replace('-', '–') }),
    count: row.count,
    href: ctx.href(row.drill),
  }));
  return (
    <FigureCard
      name={t('expiring.name')}
      title={count ? t('expiring.title', { count }) : t('expiring.titleEmpty')}
      chart={(width, titleId) => (
        <BarChart
          rows={countRows(items, ctx)}
          width={width}
          formatTick={(v) => formatCount(v, locale)}
          labelledBy={titleId}
        />
      )}
      table={() => (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('column.daysLeft')}</th>
              <th scope="col">{t('column.count')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>
                  <DrillLink href={row.href}>{formatCount(row.count, locale)}</DrillLink>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      csv={() => [
        ['id', 'name', 'customer', 'expires', 'days_left'],
        ...data.items.map((i) => [
          i.referral.id,
          i.referral.name ?? '',
          i.referral.customerProfile?.name ?? '',
          i.referral.expirationDateTime ?? '',
          i.daysLeft,
        ]),
      ]}
      extra={
        count > 0 && (
          <ul className="expiring-list" aria-label={t('expiring.listLabel')}>
            {data.items.slice(0, 20).map((i) => (
              <li key={i.referral.id}>
                <Link to={`/referrals/${encodeURIComponent(i.referral.id)}`}>
                  {i.referral.name || i.referral.id}
                </Link>{' '}
                · {i.referral.customerProfile?.name ?? ''} ·{' '}
                {formatDate(i.referral.expirationDateTime, locale)}
              </li>
            ))}
          </ul>
        )
      }
    />
  );
}

/** Top customers or products by open value, the largest five per currency. */
export function TopFigure({
  by,
  rows,
  ctx,
}: {
  by: 'customers' | 'products';
  rows: TopRow[];
  ctx: FigureContext;
}) {
  const { t, locale } = ctx;
  const currencies = [...new Set(rows.map((r) => r.currency))].sort();
  const main = mainCurrency(rows);
  const top = rows.find((r) => r.currency === main);
  const title = top
    ? t(`${by}.title`, { name: top.name, value: ctx.money(top.value, top.currency) })
    : t(`${by}.titleEmpty`, { period: ctx.period });
  const chartRows = (currency: string): ChartRow[] =>
    rows
      .filter((r) => r.currency === currency)
      .map((r) => {
        const href = ctx.href(r.drill);
        const value = ctx.money(r.value, r.currency);
        return {
          key: r.name,
          label: `${r.name} · ${formatCount(r.count, locale)}`,
          bars: [
            {
              series: 'series-value',
              value: r.value,
              valueText: value,
              href,
              label: t(href ? 'barLabel' : 'barLabelStatic', {
                row: r.name,
                series: t('series.value'),
                value,
              }),
            },
          ],
        };
      });
  return (
    <FigureCard
      name={t(`${by}.name`)}
      title={title}
      chart={(width, titleId) =>
        currencies.map((currency) => (
          <div key={currency} className="chart-block">
            <h3 className="chart-currency">{ctx.currencyName(currency)}</h3>
            <BarChart
              rows={chartRows(currency)}
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
              <th scope="col">{t(by === 'customers' ? 'column.customer' : 'column.product')}</th>
              <th scope="col">{t('column.currency')}</th>
              <th scope="col">{t('column.count')}</th>
              <th scope="col">{t('column.value')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.name}|${r.currency}`}>
                <th scope="row">{r.name}</th>
                <td>{ctx.currencyName(r.currency)}</td>
                <td>
                  <DrillLink href={ctx.href(r.drill)}>{formatCount(r.count, locale)}</DrillLink>
                </td>
                <td>{ctx.money(r.value, r.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      csv={() => [
        ['name', 'currency', 'count', 'open_value'],
        ...rows.map((r) => [r.name, r.currency, r.count, r.value]),
      ]}
    />
  );
}
