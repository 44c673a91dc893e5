import { useTranslation } from 'react-i18next';
import { agingOf } from '../domain/aging';
import type { Referral } from '../domain/referral-schema';
import { agingThresholds, useSettings } from './settings';
import './aging-note.css';

/**
 * "12 days since update", and "Overdue" in words when the referral waited longer than its stage's
 * threshold (Settings). Nothing for closed referrals.
 */
export function AgingNote({ referral, now }: { referral: Referral; now: number }) {
  const { t } = useTranslation('referral');
  const settings = useSettings();
  const aging = agingOf(referral, now, agingThresholds(settings));
  if (!aging) return null;
  return (
    <span className={`aging-note${aging.isOverdue ? ' is-overdue' : ''}`} data-testid="aging">
      {aging.isOverdue && <strong className="aging-overdue">{t('aging.overdue')}</strong>}
      <span>{t(`aging.${aging.since}`, { count: aging.days })}</span>
    </span>
  );
}
