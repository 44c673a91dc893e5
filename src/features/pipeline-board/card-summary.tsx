import { useTranslation } from 'react-i18next';
import { useIntlLocale } from '../../components/ui/use-intl-locale';
import { expiryCountdown, formatDate, formatMoney } from '../../domain/format';
import type { Referral } from '../../domain/referral-schema';
import { AgingNote } from '../../shared/aging-note';

/** What a card tells about a referral: customer, deal value, closing date, expiry of a New one. */
export function CardSummary({ referral, now }: { referral: Referral; now: Date }) {
  const { t } = useTranslation(['board', 'common']);
  const locale = useIntlLocale();
  const details = referral.details;
  const expiry =
    referral.status === 'New'
      ? expiryCountdown(referral.expirationDateTime, now, locale)
      : undefined;
  return (
    <>
      <p className="board-card-customer">
        <span className="visually-hidden">{t('board:card.customer')}: </span>
        {referral.customerProfile?.name || '—'}
      </p>
      <dl className="board-card-facts">
        <div>
          <dt>{t('board:card.dealValue')}</dt>
          <dd>{formatMoney(details?.dealValue, details?.currency, locale)}</dd>
        </div>
        <div>
          <dt>{t('board:card.closing')}</dt>
          <dd>{formatDate(details?.closingDateTime, locale)}</dd>
        </div>
      </dl>
      {expiry && (
        <p
          className={`board-card-expiry${expiry.isUrgent ? ' is-urgent' : ''}${expiry.isExpired ? ' is-expired' : ''}`}
        >
          {t(expiry.isExpired ? 'common:expiry.expired' : 'common:expiry.expires', {
            when: expiry.label,
          })}
        </p>
      )}
      <AgingNote referral={referral} now={now.getTime()} />
    </>
  );
}
