import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { referralQueries } from '../../api/referral-queries';
import type { Referral } from '../../domain/referral-schema';
import { referralFilterMatcher, type ReferralFilter } from '../../shared/referral-filter';
import {
  aging,
  closeReasons,
  expiringSoon,
  outcomesByMonth,
  pipelineByStage,
  timeToAccept,
  timeToWin,
  topByOpenValue,
  weightedPipeline,
  type StageProbabilities,
} from './insights-data';
import type { PeriodWindow } from './insights-period';

function mark(name: string) {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(name);
}

/** The unfiltered list from the shared cache (the list and the board read the same one). */
export function useInsightsList() {
  return useQuery(referralQueries.list({}));
}

/** Every figure over the referrals that pass the list's filters. */
export function computeInsights(
  items: readonly Referral[],
  matches: (referral: Referral) => boolean,
  window: PeriodWindow,
  now: Date,
  probabilities: StageProbabilities,
  reasonGroup: (statusReason: string) => string,
) {
  const referrals = items.filter(matches);
  return {
    count: referrals.length,
    pipeline: pipelineByStage(referrals, window),
    weighted: weightedPipeline(referrals, window, probabilities),
    outcomes: outcomesByMonth(referrals, window),
    accept: timeToAccept(referrals, window),
    win: timeToWin(referrals, window),
    reasons: closeReasons(referrals, window, reasonGroup),
    aging: aging(referrals, now),
    expiring: expiringSoon(referrals, now),
    customers: topByOpenValue(referrals, window, 'customer'),
    products: topByOpenValue(referrals, window, 'product'),
  };
}
export type Insights = ReturnType<typeof computeInsights>;

export function useInsights(
  items: readonly Referral[] | undefined,
  filter: ReferralFilter,
  language: string,
  window: PeriodWindow,
  now: Date,
  probabilities: StageProbabilities,
  reasonGroup: (statusReason: string) => string,
): Insights | undefined {
  return useMemo(() => {
    if (!items) return undefined;
    const matches = referralFilterMatcher(filter, language, reasonGroup);
    const insights = computeInsights(items, matches, window, now, probabilities, reasonGroup);
    mark('rd:insights-computed');
    return insights;
  }, [items, filter, language, window, now, probabilities, reasonGroup]);
}
