import { useDeferredValue, useMemo } from 'react';
import { useNow } from '../components/ui/use-now';
import type { Referral } from '../domain/referral-schema';
import { matchesScopes, scopeCounts, type ScopeContext, type ScopeId } from '../domain/scopes';
import { useCurrentUserEmail } from './current-user';
import { useSettings } from './settings';

/** What the scopes compare against: the time (a minute's precision), the user, the stale days. */
export function useScopeContext(): ScopeContext {
  const now = useNow(60_000).getTime();
  const userEmail = useCurrentUserEmail();
  const { staleDays } = useSettings();
  return useMemo(() => ({ now, userEmail, staleDays }), [now, userEmail, staleDays]);
}

/**
 * Up to this many referrals the counts come with the rows, in the same render (a pass of ~3 ms at
 * 1,000): the scope buttons then never widen under a pointer after the rows are drawn.
 */
export const COUNT_WITH_ROWS_LIMIT = 1000;

/** The referrals in every chosen scope (all of them when none is chosen), and each scope's count. */
export function useScoped(
  items: readonly Referral[] | undefined,
  scopes: readonly ScopeId[],
): { scoped: readonly Referral[]; counts: Record<ScopeId, number> | undefined } {
  const ctx = useScopeContext();
  // A longer list's counts follow its rows: counted after the view with a new list has been drawn
  // (a pass of every scope over every referral, ~30 ms at 10,000); the chips keep their last counts
  // meanwhile. So is a view that mounts with a long list already there (a return visit's restored
  // copy, another view's list): its first render draws the rows, the counts come a render later
  // (decision 063). A view that mounts without its list (still loading) has nothing to count: no
  // second render then (at start it would compete with the demo backend and the first request).
  const deferredItems = useDeferredValue<readonly Referral[] | null | undefined>(
    items,
    items ? null : undefined,
  );
  const countedItems = items && items.length <= COUNT_WITH_ROWS_LIMIT ? items : deferredItems;
  const counts = useMemo(
    () => (countedItems ? scopeCounts(countedItems, ctx) : undefined),
    [countedItems, ctx],
  );
  const key = scopes.join(',');
  const scoped = useMemo(
    () =>
      !items
        ? []
        : key === ''
          ? items
          : items.filter((r) => matchesScopes(r, key.split(',') as ScopeId[], ctx)),
    [items, key, ctx],
  );
  return { scoped, counts };
}
