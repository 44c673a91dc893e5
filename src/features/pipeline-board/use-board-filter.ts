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
        // Typing is not navigation: one history entry, not one per key. The box is controlled by
        // `q`, so the URL must update within the keystroke (flushSync), not in a later transition
        // that lets React put the old value back and drop the keys typed meanwhile.
        { replace: true, flushSync: true },
      ),
    [setParams],
  );
  return { filter, setSearch };
}
