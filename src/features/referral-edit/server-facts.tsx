import { useState, type ReactNode } from 'react';
import { useT } from '../../components/ui/use-t';
import { useIntlLocale } from '../../components/ui/use-intl-locale';
import { referralCategory } from '../../domain/category';
import { expiryCountdown, formatDate, formatDateTime } from '../../domain/format';
import type { Referral } from '../../domain/referral-schema';

/** Fields only the server writes, shown for context and never sent as edits. */
export function ServerFacts({ referral }: { referral: Referral }) {
  const { t } = useT('edit');
  const locale = useIntlLocale();
  // The moment the page opened: the countdown does not need to tick while someone edits.
  const [now] = useState(() => new Date());
  const none = t('facts.none');
  const expiry = expiryCountdown(referral.expirationDateTime, now, locale);
  const invitedBy = referral.inviteContext?.invitedBy;
  const rows: [string, ReactNode][] = [
    [t('facts.id'), <code key="id">{referral.id}</code>],
    [t('facts.engagementId'), referral.engagementId ? <code>{referral.engagementId}</code> : none],
    [t('facts.organization'), referral.organizationName || referral.organizationId || none],
    [t('facts.direction'), referral.direction ? t(`common:direction.${referral.direction}`) : none],
    [t('facts.type'), referral.type ? t(`common:type.${referral.type}`) : none],
    [
      t('facts.qualification'),
      referral.qualification ? t(`common:qualification.${referral.qualification}`) : none,
    ],
    [t('facts.category'), t(`common:category.${referralCategory(referral)}`)],
    [t('facts.created'), formatDateTime(referral.createdDateTime, locale)],
    [t('facts.updated'), formatDateTime(referral.updatedDateTime, locale)],
    [t('facts.accepted'), formatDateTime(referral.acceptedDateTime, locale)],
    [
      t('facts.expires'),
      expiry
        ? `${formatDate(referral.expirationDateTime, locale)} (${t(
            expiry.isExpired ? 'common:expiry.expired' : 'common:expiry.expires',
            { when: expiry.label },
          )})`
        : none,
    ],
    [t('facts.closed'), formatDateTime(referral.closedDateTime, locale)],
    [t('facts.invitedBy'), invitedBy?.organizationName || invitedBy?.organizationId || none],
    [t('facts.inviteNotes'), referral.inviteContext?.notes || none],
    [
      t('facts.target'),
      referral.target?.length
        ? referral.target
            .map((x) =>
              // An unknown kind of target (the API may add some) shows as the API names it.
              t('facts.targetOf', {
                type: t(`facts.targetType.${x.type}`, { defaultValue: x.type }),
                id: x.id,
              }),
            )
            .join(', ')
        : none,
    ],
  ];
  return (
    <section className="edit-section server-facts" aria-labelledby="edit-section-facts">
      <h2 id="edit-section-facts">{t('section.facts')}</h2>
      <dl>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
