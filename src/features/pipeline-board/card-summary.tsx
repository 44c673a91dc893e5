import { expiryCountdown, formatDate, formatMoney } from '../../domain/format';
import type { Referral } from '../../domain/referral-schema';
import { AgingNote } from '../../shared/aging-note';
import type { CardLabels } from './card-labels';

type CardSummaryProps = { referral: Referral; now: Date; labels: CardLabels; locale: string };

/** What a card tells about a referral: customer, deal value, closing date, expiry of a New one. */
export function CardSummary({ referral, now, labels, locale }: CardSummaryProps) {
  const details = referral.details;
  const expiry =
    referral.status === 'New'
      ? expiryCountdown(referral.expirationDateTime, now, locale)
      : undefined;
  return (
    <>
      <p className="board-card-customer">
        <span className="visually-hidden">{labels.customer}: </span>
        {referral.customerProfile?.name || '—'}
      </p>
      <dl className="board-card-facts">
        <div>
          <dt>{labels.dealValue}</dt>
          <dd>{formatMoney(details?.dealValue, details?.currency, locale)}</dd>
        </div>
        <div>
          <dt>{labels.closing}</dt>
          <dd>{formatDate(details?.closingDateTime, locale)}</dd>
        </div>
      </dl>
      {expiry && (
        <p
          className={`board-card-expiry${expiry.isUrgent ? ' is-urgent' : ''}${expiry.isExpired ? ' is-expired' : ''}`}
        >
          {labels.expiry(expiry)}
        </p>
      )}
      <AgingNote referral={referral} now={now.getTime()} labels={labels.aging} />
    </>
  );
}
