import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'wouter';
import type { ScopeId } from '../../domain/scopes';
import { FILTER_PARAMS } from '../../shared/referral-filter';
import { applyViewQuery } from '../../shared/saved-views';
import { readBoardFilter, type BoardFilter } from './board-filter';

/** The list view's search and filters from the URL, and setters for the search box (`q`), the scopes and saved views. */
export function useBoardFilter(): {
  filter: BoardFilter;
  params: URLSearchParams;
  setSearch: (q: string) => void;
  setScopes: (scopes: readonly ScopeId[]) => void;
  applyView: (query: string) => void;
} {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readBoardFilter(params), [params]);
  const setSearch = useCallback(
    (q: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (q) next.set('q', q);
          else next.delete('q');
          return next;
        },
        // Typing is not navigation: one history entry, not one per key. The box is controlled by
        // `q`; the location store's update renders within the keystroke, so no key is dropped.
        { replace: true },
      ),
    [setParams],
  );
  const setScopes = useCallback(
    (scopes: readonly ScopeId[]) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        next.delete(FILTER_PARAMS.scopes);
        for (const scope of scopes) next.append(FILTER_PARAMS.scopes, scope);
        return next;
      }),
    [setParams],
  );
  const applyView = useCallback(
    (query: string) => setParams((prev) => applyViewQuery(prev, query)),
    [setParams],
  );
  return { filter, params, setSearch, setScopes, applyView };
}
