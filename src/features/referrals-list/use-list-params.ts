import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'wouter';
import { parseListParams, writeListParams, type ListParams } from './list-params';

export type SetListParams = (
  change: (current: ListParams) => ListParams,
  options?: { replace?: boolean },
) => void;

/**
 * The list view's state, read from and written to the URL (the single source of truth).
 * Filter and sort changes push a history entry so Back/Forward walk them; callers pass
 * `replace` for the search box. Parameters that are not ours stay as they are.
 */
export function useListParams(): [ListParams, SetListParams] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseListParams(searchParams), [searchParams]);
  // The router applies a URL change a few frames later (in a transition): a second change made
  // meanwhile builds on the first one rather than on the URL still rendered.
  const pendingWrite = useRef<URLSearchParams>(undefined);
  useEffect(() => {
    pendingWrite.current = undefined; // a URL has landed: ours, or Back/Forward
  }, [searchParams]);
  const setParams = useCallback<SetListParams>(
    (change, options = {}) => {
      const base = pendingWrite.current ?? searchParams;
      const next = writeListParams(base, change(parseListParams(base)));
      pendingWrite.current = next;
      setSearchParams(next, { replace: options.replace ?? false });
    },
    [searchParams, setSearchParams],
  );
  return [params, setParams];
}
