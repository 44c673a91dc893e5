import { useCallback, useState } from 'react';
import { isReadOnlyStage, isStageId, type StageId } from '../../domain/status-machine';

const STORAGE_KEY = 'referral-desk-board-collapsed';
/** Expired referrals are read-only and rarely looked at: folded until the user opens them. */
const DEFAULT_COLLAPSED: readonly StageId[] = ['closed-expired'];

function readCollapsed(): ReadonlySet<StageId> {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === null) return new Set(DEFAULT_COLLAPSED);
    const parsed: unknown = JSON.parse(stored);
    if (!Array.isArray(parsed)) return new Set(DEFAULT_COLLAPSED);
    return new Set(parsed.filter((v): v is StageId => typeof v === 'string' && isStageId(v)));
  } catch {
    // Storage may be blocked (private mode) or hold junk: fall back to the default.
    return new Set(DEFAULT_COLLAPSED);
  }
}

/** Which Closed columns are folded, remembered in localStorage across visits. */
export function useCollapsedStages(): [ReadonlySet<StageId>, (stage: StageId) => void] {
  const [collapsed, setCollapsed] = useState(readCollapsed);
  const toggle = useCallback(
    (stage: StageId) => {
      if (!isReadOnlyStage(stage)) return;
      const next = new Set(collapsed);
      if (next.has(stage)) next.delete(stage);
      else next.add(stage);
      setCollapsed(next);
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify([...next]));
      } catch {
        // Not remembered, still folded for this visit.
      }
    },
    [collapsed],
  );
  return [collapsed, toggle];
}
