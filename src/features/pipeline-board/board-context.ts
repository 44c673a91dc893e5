import { createContext, useContext, useLayoutEffect, type RefObject } from 'react';
import type { Referral } from '../../domain/referral-schema';
import type { StageId } from '../../domain/status-machine';
import type { Selection } from '../../shared/use-selection';
import type { CardLabels } from './card-labels';

/**
 * The card expected in a column after a move. When it renders there, it records the drop→moved
 * time for the benchmark (`board-moved`, paired with `board-drop` in the drop handler) and, after a
 * keyboard move, takes the focus back, since its old element is gone.
 */
export type Landing = { id: string; stage: StageId; isTimed: boolean; takesFocus: boolean };

export type MoveSource = 'drag' | 'menu';

export type BoardActions = {
  requestMove: (referral: Referral, from: StageId, target: StageId, source: MoveSource) => void;
  landingRef: RefObject<Landing | null>;
  now: Date;
  /** Cards picked for a bulk action (each card subscribes to its own id only). */
  selection: Selection;
  /** The cards' words, translated once for the board. */
  labels: CardLabels;
  /** The Intl locale the cards format money and dates with. */
  locale: string;
};

export const BoardContext = createContext<BoardActions | null>(null);

export function useBoardActions(): BoardActions {
  const actions = useContext(BoardContext);
  if (!actions) throw new Error('Board cards need a <BoardContext.Provider>');
  return actions;
}

/** Runs in the layout phase, so the mark is taken before the browser paints the moved card. */
export function useLanding(id: string, stage: StageId, focusTarget: RefObject<HTMLElement | null>) {
  const { landingRef } = useBoardActions();
  // After every render, not only when id or stage change: a card proposed in a closing column is
  // already there when the close is confirmed; it lands when it re-renders as saving.
  useLayoutEffect(() => {
    const expected = landingRef.current;
    if (!expected || expected.id !== id || expected.stage !== stage) return;
    landingRef.current = null;
    if (expected.isTimed) performance.mark('board-moved');
    if (expected.takesFocus) focusTarget.current?.focus();
  });
}
