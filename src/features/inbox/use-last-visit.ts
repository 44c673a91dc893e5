import { useEffect, useState } from 'react';

/** When this browser last opened the inbox (a time only: no personal data). */
export const LAST_VISIT_KEY = 'referral-desk-inbox-last-visit';

function readLastVisit(): number | null {
  try {
    const stored = Number(localStorage.getItem(LAST_VISIT_KEY));
    return Number.isFinite(stored) && stored > 0 ? stored : null;
  } catch {
    return null;
  }
}

/**
 * The previous visit's time, read once when the inbox opens; this visit is recorded as it opens,
 * so "new since your last visit" keeps its meaning for the whole visit.
 */
export function useLastVisit(): number | null {
  const [previous] = useState(readLastVisit);
  useEffect(() => {
    try {
      localStorage.setItem(LAST_VISIT_KEY, String(Date.now()));
    } catch {
      // Not remembered: the next visit marks nothing as new.
    }
  }, []);
  return previous;
}
