import { useT } from '../../components/ui/use-t';
import type { TFunction } from '../../components/ui/use-t';
import type { Referral } from '../../domain/referral-schema';
import { expiryClock, HOUR_MS, responseClock } from '../../domain/triage';

/** "40 minutes", "5 hours", "3 days": hours up to two days, whole days beyond. */
export function formatDuration(ms: number, t: TFunction): string {
  const abs = Math.abs(ms);
  if (abs < HOUR_MS) return t('duration.minutes', { count: Math.max(1, Math.floor(abs / 60_000)) });
  if (abs < 48 * HOUR_MS) return t('duration.hours', { count: Math.floor(abs / HOUR_MS) });
  return t('duration.days', { count: Math.floor(abs / (24 * HOUR_MS)) });
}

/** Both clocks of a row, in words (overdue and the last 72 hours are said, not only coloured). */
export function InboxClocks({ referral, now }: { referral: Referral; now: number }) {
  const { t } = useT('inbox');
  const response = responseClock(referral, now);
  const expiry = expiryClock(referral, now);
  return (
    <dl className="inbox-clocks">
      {response && (
        <div className={response.isOverdue ? 'is-overdue' : undefined} data-testid="response-clock">
          <dt>{t('response.label')}</dt>
          <dd>
            {response.isOverdue
              ? t('response.overdue', {
                  elapsed: formatDuration(response.elapsedMs, t),
                  late: formatDuration(-response.msLeft, t),
                })
              : t('response.within', {
                  elapsed: formatDuration(response.elapsedMs, t),
                  left: formatDuration(response.msLeft, t),
                })}
          </dd>
        </div>
      )}
      <div className={expiry?.isLast72h ? 'is-urgent' : undefined} data-testid="expiry-clock">
        <dt>{t('expiry.label')}</dt>
        <dd>
          {expiry
            ? t(expiry.isLast72h ? 'expiry.last72' : 'expiry.in', {
                left: formatDuration(expiry.msLeft, t),
              })
            : t('expiry.none')}
        </dd>
      </div>
    </dl>
  );
}
