import { useCallback, useMemo, useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now; updates when it changes. False where matchMedia is missing. */
export function useMediaQuery(query: string): boolean {
  // One MediaQueryList per query: matchMedia() is not free and this is read on every render.
  const list = useMemo(
    () => (typeof window.matchMedia === 'function' ? window.matchMedia(query) : undefined),
    [query],
  );
  const subscribe = useCallback(
    (onChange: () => void) => {
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [list],
  );
  return useSyncExternalStore(
    subscribe,
    () => list?.matches ?? false,
    () => false,
  );
}
