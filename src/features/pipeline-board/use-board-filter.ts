import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readBoardFilter, type BoardFilter } from './board-filter';

/** The list view's search and filters from the URL, and a setter for the search box (`q`). */
export function useBoardFilter(): { filter: BoardFilter; setSearch: (q: string) => void } {
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
        // Typing is not navigation: one history entry, not one per key.
        { replace: true },
      ),
    [setParams],
  );
  return { filter, setSearch };
}
