import { useCallback, useEffect, useRef, useState } from 'react';
import { useHistoryEntry } from '../../components/ui/navigation-blocker';
import type { SetListParams } from './use-list-params';

/** Typing pauses this long before the URL is written (one history `replace`, not one per key). */
export const SEARCH_URL_DELAY_MS = 250;

/**
 * The key of the last navigation that was not a `replace`: it changes on a push (filters, sort,
 * clear) or Back/Forward, not on the replace the search box makes.
 */
function useNavigationResetKey(): string {
  const location = useHistoryEntry();
  const [seen, setSeen] = useState({ locationKey: location.key, resetKey: location.key });
  if (seen.locationKey !== location.key) {
    const next = {
      locationKey: location.key,
      resetKey: location.action === 'REPLACE' ? seen.resetKey : location.key,
    };
    setSeen(next);
    return next.resetKey;
  }
  return seen.resetKey;
}

/**
 * The search text to filter by. The URL holds it, but writing the URL on every keystroke would
 * re-render the whole app in a router transition a few frames later and hit browsers' limits on
 * history calls. So the text just typed filters the rows at once, and the URL gets it (`replace`)
 * when typing pauses, the box loses focus, or another change (filter, sort) is pushed with it.
 * Any navigation other than that replace (Back, a filter, clear) makes the URL win again, and
 * `resetKey` remounts the search box with the URL's text.
 */
export function useSearchDraft(urlSearch: string, setParams: SetListParams) {
  const resetKey = useNavigationResetKey();
  const [draft, setDraft] = useState<{ text: string; resetKey: string }>();
  const search = draft?.resetKey === resetKey ? draft.text : urlSearch;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pending = useRef<string | undefined>(undefined);

  /** Forget the pending write: the caller's own navigation carries the search. */
  const takePending = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = undefined;
  }, []);

  const flush = useCallback(() => {
    const text = pending.current;
    takePending();
    if (text !== undefined)
      setParams((current) => ({ ...current, search: text }), { replace: true });
  }, [setParams, takePending]);

  const type = useCallback(
    (text: string) => {
      setDraft({ text, resetKey });
      pending.current = text;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, SEARCH_URL_DELAY_MS);
    },
    [resetKey, flush],
  );

  // Nothing is written once the view is gone (it would change another page's URL).
  useEffect(() => () => clearTimeout(timer.current), []);

  return { search, resetKey, type, flush, takePending };
}
