import { memo } from 'react';
import { Link } from 'wouter';
import { expiryCountdown, formatDate, formatMoney } from '../../domain/format';
import { SelectCheckbox } from '../../shared/select-checkbox';
import { AgingNote } from '../../shared/aging-note';
import { StageBadge, StageBadgeText } from '../../shared/stage-badge';
import { stageOf } from '../../domain/status-machine';
import type { Selection } from '../../shared/use-selection';
import type { ListRow } from './list-rows';
import type { RowLabels } from './row-labels';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** Date and time for a tooltip; formats are cached because rows render often while scrolling. */
function dateTimeTitle(iso: string | null, locale: string): string | undefined {
  if (!iso) return undefined;
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}

type ReferralCellsProps = {
  row: ListRow;
  labels: RowLabels;
  locale: string;
  now: Date;
  selection: Selection;
};

/**
 * One referral's cells (the table's row element around them is the virtualizer's slot): the name
 * is a real link (keyboard, middle-click, copy link address all work).
 */
export const ReferralCells = memo(function ReferralCells({
  row,
  labels,
  locale,
  now,
  selection,
}: ReferralCellsProps) {
  const { column, none } = labels;
  const location = [row.city, row.country].filter(Boolean).join(', ');
  const expiry = expiryCountdown(row.expiresIso, now, locale);
  const stage = stageOf(row);
  return (
    <>
      <td className="cell-select">
        <SelectCheckbox
          selection={selection}
          id={row.id}
          label={labels.select(row.name || row.id)}
        />
      </td>
      <td className="cell-name" data-label={column.name}>
        <Link to={`/referrals/${encodeURIComponent(row.id)}`} title={row.name || undefined}>
          {row.name || none}
        </Link>
      </td>
      <td className="cell-customer" data-label={column.customer}>
        <span className="cell-primary" title={row.customerName || undefined}>
          {row.customerName || none}
        </span>
        {location && <span className="cell-secondary">{location}</span>}
      </td>
      <td className="cell-stage" data-label={column.stage}>
        {stage ? (
          <StageBadgeText stage={stage} label={labels.stage[stage]} />
        ) : (
          <StageBadge status={row.status} substatus={row.substatus} />
        )}
        <AgingNote referral={row.referral} now={now.getTime()} labels={labels.aging} />
      </td>
      <td className="cell-money" data-label={column.dealValue}>
        {formatMoney(row.dealValue, row.currency, locale)}
      </td>
      <td className="cell-closing" data-label={column.closing}>
        {formatDate(row.closingIso, locale)}
      </td>
      <td
        className={`cell-expiry${expiry?.isUrgent ? ' is-urgent' : ''}`}
        data-label={column.expiry}
      >
        {expiry ? (
          <time
            dateTime={row.expiresIso ?? undefined}
            title={dateTimeTitle(row.expiresIso, locale)}
          >
            {expiry.isUrgent && (
              <>
                <span className="visually-hidden">{labels.urgent} </span>
                <span className="urgent-icon" aria-hidden="true">
                  ⚠{' '}
                </span>
              </>
            )}
            {labels.expiry(expiry)}
          </time>
        ) : (
          none
        )}
      </td>
      <td className="cell-direction" data-label={column.direction}>
        {row.direction ? labels.direction[row.direction] : none}
      </td>
      <td className="cell-category" data-label={column.category}>
        {labels.category[row.category]}
      </td>
      <td className="cell-updated" data-label={column.updated}>
        <span title={dateTimeTitle(row.updatedIso, locale)}>
          {formatDate(row.updatedIso, locale)}
        </span>
      </td>
    </>
  );
});
