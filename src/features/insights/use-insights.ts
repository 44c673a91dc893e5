import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { referralQueries } from '../../api/referral-queries';
import type { Referral } from '../../domain/referral-schema';
import { matchesScopes, type ScopeId } from '../../domain/scopes';
import {
  FILTER_KEYS,
  referralFilterMatcher,
  searchTerms,
  type ReferralFilter,
} from '../../shared/referral-filter';
import { useScopeContext } from '../../shared/use-scopes';
import { allFigures, withWeights, type Insights } from './insights-all';
import { factsPreparer } from './insights-facts';
import type { StageProbabilities } from './insights-data';
import type { PeriodWindow } from './insights-period';

function mark(name: string) {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(name);
}

/** The unfiltered list from the shared cache (the list and the board read the same one). */
export function useInsightsList() {
  const query = useQuery(referralQueries.list({}));
  const list = query.data;
  // While the list loads, what each referral brings to the figures is read between its pages.
  const [preparer] = useState(factsPreparer);
  useEffect(() => preparer.stop, [preparer]);
  // Once it is complete the figures read what is left themselves, at once.
  useEffect(() => {
    if (list?.isComplete) preparer.stop();
    else if (list) preparer.prepare(list.items);
  }, [list, preparer]);
  return query;
}

/** Does the filter narrow anything (scopes apart: they need the time and the user)? */
export function isFilterSet(filter: ReferralFilter, language: string): boolean {
  return (
    FILTER_KEYS.some((key) => key !== 'scopes' && filter[key].length > 0) ||
    searchTerms(filter.search, language).length > 0
  );
}

/**
 * The referrals in the list's scopes (Mine, Needs response, …) and filters. With none set, the
 * list itself: nothing to go through, and the figures stay memoised on the cache's array.
 */
function useFiltered(
  items: readonly Referral[] | undefined,
  filter: ReferralFilter,
  language: string,
  reasonGroup: (statusReason: string) => string,
): readonly Referral[] | undefined {
  // Keyed by content: a new URL (another period) with the same filters filters nothing again.
  const filterKey = JSON.stringify(filter);
  const stableFilter = useMemo(() => JSON.parse(filterKey) as ReferralFilter, [filterKey]);
  const scopeContext = useScopeContext();
  const scopeKey = stableFilter.scopes.join(',');
  const hasScopes = scopeKey !== '';
  // The scope context moves every minute; it only matters when a scope is chosen.
  const scopeNow = hasScopes ? scopeContext : null;
  const scoped = useMemo(() => {
    if (!items || !scopeNow) return items;
    const scopes = scopeKey.split(',') as ScopeId[];
    return items.filter((r) => matchesScopes(r, scopes, scopeNow));
  }, [items, scopeKey, scopeNow]);
  return useMemo(() => {
    if (!scoped || !isFilterSet(stableFilter, language)) return scoped;
    return scoped.filter(referralFilterMatcher(stableFilter, language, reasonGroup));
  }, [scoped, stableFilter, language, reasonGroup]);
}

/** Every figure over the referrals that pass the list's scopes and filters. */
export function useInsights(
  items: readonly Referral[] | undefined,
  filter: ReferralFilter,
  language: string,
  window: PeriodWindow,
  now: Date,
  probabilities: StageProbabilities,
  reasonGroup: (statusReason: string) => string,
): Insights | undefined {
  const referrals = useFiltered(items, filter, language, reasonGroup);
  const figures = useMemo(() => {
    if (!referrals) return undefined;
    mark('rd:insights-start');
    return allFigures(referrals, window, now, reasonGroup);
  }, [referrals, window, now, reasonGroup]);
  return useMemo(() => {
    if (!figures) return undefined;
    const insights = withWeights(figures, window, probabilities);
    mark('rd:insights-computed');
    return insights;
  }, [figures, window, probabilities]);
}
