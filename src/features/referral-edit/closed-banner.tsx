import { useT } from '../../components/ui/use-t';
import { useIntlLocale } from '../../components/ui/use-intl-locale';
import { formatDateTime } from '../../domain/format';
import type { Referral } from '../../domain/referral-schema';
import { stageOfReferral } from '../../domain/status-machine';

/** A closed referral is read-only: say when, how and why it closed. */
export function ClosedBanner({ referral }: { referral: Referral }) {
  const { t } = useT('edit');
  const locale = useIntlLocale();
  const stage = stageOfReferral(referral) ?? 'unknown';
  const when = referral.closedDateTime ?? referral.updatedDateTime;
  return (
    <section className="callout callout-info closed-banner" aria-labelledby="edit-closed-title">
      <h2 id="edit-closed-title">{t('closed.title')}</h2>
      <p>
        {t('closed.when', {
          stage: t(`common:stage.${stage}`),
          date: formatDateTime(when, locale),
        })}
      </p>
      <p>
        {referral.statusReason
          ? t('closed.reason', { reason: referral.statusReason })
          : t('closed.noReason')}
      </p>
    </section>
  );
}
