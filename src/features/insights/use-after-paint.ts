import { startTransition, useEffect, useState } from 'react';

// In a tab that is not shown no frame comes; the rest is drawn anyway after this long.
const FALLBACK_MS = 250;

/**
 * False until the frame that first drew the page with `isReady` true has been painted, then true
 * for good. The flip is a transition: React renders what it brings in slices between which the
 * browser can handle input, and an urgent update (a period change) goes first.
 */
export function useAfterFirstPaint(isReady: boolean): boolean {
  const [isPainted, setIsPainted] = useState(false);
  useEffect(() => {
    if (!isReady || isPainted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    const flip = () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      startTransition(() => setIsPainted(true));
    };
    timer = setTimeout(flip, FALLBACK_MS);
    // A frame callback runs before that frame's paint; a task queued from it runs after it.
    frame = requestAnimationFrame(() => {
      clearTimeout(timer);
      timer = setTimeout(flip, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [isReady, isPainted]);
  return isPainted;
}
