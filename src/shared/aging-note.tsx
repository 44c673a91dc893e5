import { useMemo } from 'react';
import { useT } from '../components/ui/use-t';
import { cachedLookup } from '../components/ui/slot-template';
import { agingOf, type Aging, type AgingThresholds } from '../domain/aging';
import type { Referral } from '../domain/referral-schema';
import { useSettings } from './settings';
import './aging-note.css';

/** What every aging note of a list needs: its words and the user's thresholds, looked up once. */
export type AgingLabels = {
  overdue: string;
  since: (aging: Aging) => string;
  thresholds: AgingThresholds;
};

/** For the list or board around the notes: one translation and settings lookup, not one per note. */
export function useAgingLabels(): AgingLabels {
  const { t } = useT('referral');
  const { agingNewDays, agingActiveDays } = useSettings();
  return useMemo(() => {
    // The plural form depends on the count: one lookup per stage kind and number of days.
    const since = cachedLookup((key: string) => {
      const [from = 'updated', days = '0'] = key.split(':');
      return t(`aging.${from as Aging['since']}`, { count: Number(days) });
    });
    return {
      overdue: t('aging.overdue'),
      since: (aging) => since(`${aging.since}:${aging.days}`),
      thresholds: { newDays: agingNewDays, activeDays: agingActiveDays },
    };
  }, [t, agingNewDays, agingActiveDays]);
}

/**
 * "12 days since update", and "Overdue" in words when the referral waited longer than its stage's
 * threshold (Settings). Nothing for closed referrals.
 */
export function AgingNote({
  referral,
  now,
  labels,
}: {
  referral: Referral;
  now: number;
  labels: AgingLabels;
}) {
  const aging = agingOf(referral, now, labels.thresholds);
  if (!aging) return null;
  return (
    <span className={`aging-note${aging.isOverdue ? ' is-overdue' : ''}`} data-testid="aging">
      {aging.isOverdue && <strong className="aging-overdue">{labels.overdue}</strong>}
      <span>{labels.since(aging)}</span>
    </span>
  );
}
