import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useT } from '../../components/ui/use-t';
import { cachedReferral } from '../../api/referral-cache';
import { isWriteConflict } from '../../api/referral-writes';
import { useUpdateReferral } from '../../api/use-update-referral';
import { useToast } from '../../components/ui/toast';
import type { ReferralChanges } from '../../domain/put-body';
import type { Referral } from '../../domain/referral-schema';
import { stageOfReferral, stagePair, type StageId } from '../../domain/status-machine';
import { useApiErrorText } from '../../shared/api-error-text';
import { isOverlayActive, type OverlayEntry } from './group-by-stage';

type Entry = OverlayEntry & { moveId: number };
type Overlay = ReadonlyMap<string, Entry>;

export type BoardMoves = {
  overlay: Overlay;
  /**
   * Per column (the stage the card shows in), the ids (joined by SAVING_SEPARATOR) of its cards being saved:
   * strings, so a drop re-renders only the columns whose saving cards changed.
   */
  savingKeys: ReadonlyMap<StageId, string>;
  /** Show a card in a closing column while the close dialog asks for the reason; nothing is sent. */
  propose: (referral: Referral, target: StageId) => void;
  withdraw: (id: string) => void;
  /** Move a card now (optimistic) and save it with one PUT; `changes` default to the stage pair. */
  move: (referral: Referral, target: StageId, changes?: ReferralChanges) => void;
};

/** Between the ids of a column's saving cards (never part of an id). */
export const SAVING_SEPARATOR = '\u001f';

const without = (overlay: Overlay, id: string): Overlay => {
  const next = new Map(overlay);
  next.delete(id);
  return next;
};

/** Saved entries whose copy the cache has overtaken do nothing any more (kept off the drop path). */
function withoutOvertaken(overlay: Overlay, queryClient: QueryClient): Overlay {
  let next: Map<string, Entry> | undefined;
  for (const [key, entry] of overlay) {
    if (entry.phase !== 'saved') continue;
    const cached = cachedReferral(queryClient, key);
    if (cached && !isOverlayActive(entry, cached)) {
      next ??= new Map(overlay);
      next.delete(key);
    }
  }
  return next ?? overlay;
}

/**
 * Optimistic moves as a local overlay (id → target stage) over the cached list: the server data
 * stays in the query cache only. Writes go through the one write path (useUpdateReferral) with the
 * automatic 412 policy: it queues them per referral, re-applies a move once when someone else
 * changed only other fields, and reports a conflict when they moved the card too.
 */
export function useBoardMoves(): BoardMoves {
  const { t } = useT(['board', 'common']);
  const queryClient = useQueryClient();
  const update = useUpdateReferral('auto-reapply');
  const toast = useToast();
  const errorText = useApiErrorText();
  const [overlay, setOverlay] = useState<Overlay>(() => new Map());
  const lastMoveId = useRef(0);

  const move = useCallback(
    (referral: Referral, target: StageId, changes: ReferralChanges = stagePair(target)) => {
      const id = referral.id;
      const moveId = ++lastMoveId.current;
      // Translated when a toast needs them, not on the drop path.
      const name = () => referral.name || t('board:card.unnamed');
      setOverlay((prev) => {
        const staleETags = [...(prev.get(id)?.staleETags ?? []), referral.eTag ?? null];
        return new Map(prev).set(id, { target, phase: 'saving', staleETags, moveId });
      });
      const addStale = (eTag: string | null) =>
        setOverlay((prev) => {
          const entry = prev.get(id);
          if (!entry) return prev;
          return new Map(prev).set(id, { ...entry, staleETags: [...entry.staleETags, eTag] });
        });
      const settle = (saved: Referral | undefined) =>
        setOverlay((current) => {
          const prev = withoutOvertaken(current, queryClient);
          const entry = prev.get(id);
          if (!entry) return prev;
          if (entry.moveId !== moveId) {
            // A later move of this card is queued: this answer is older than what it will bring.
            return saved
              ? new Map(prev).set(id, {
                  ...entry,
                  staleETags: [...entry.staleETags, saved.eTag ?? null],
                })
              : prev;
          }
          return saved ? new Map(prev).set(id, { ...entry, phase: 'saved' }) : without(prev, id);
        });
      update({ id, changes, onNewerCopy: (copy) => addStale(copy.eTag ?? null) }).then(
        (result) => {
          settle(result.referral);
          if (result.isReapplied) toast.show(t('board:move.reapplied', { name: name() }), 'info');
        },
        (error: unknown) => {
          if (isWriteConflict(error)) {
            // The latest copy is in the cache already: the card shows where the server has it.
            settle(undefined);
            const latestStage = stageOfReferral(error.latest);
            const isMoved = error.fields.includes('stage');
            toast.show(
              isMoved
                ? t('board:move.movedElsewhere', {
                    name: name(),
                    stage: t(`common:stage.${latestStage ?? 'unknown'}`),
                  })
                : t('board:move.failed', {
                    name: name(),
                    stage: t(`common:stage.${target}`),
                    reason: error.message,
                  }),
              'error',
            );
            return;
          }
          settle(undefined);
          const stage = t(`common:stage.${target}`);
          toast.show(
            t('board:move.failed', { name: name(), stage, reason: errorText(error) }),
            'error',
          );
        },
      );
    },
    [errorText, queryClient, t, toast, update],
  );

  const propose = useCallback((referral: Referral, target: StageId) => {
    const moveId = ++lastMoveId.current;
    setOverlay((prev) => {
      const current = prev.get(referral.id);
      // A move still saving keeps the card where it is: its answer must find its own entry.
      if (current?.phase === 'saving') return prev;
      const staleETags = current?.staleETags ?? [];
      return new Map(prev).set(referral.id, { target, phase: 'proposed', staleETags, moveId });
    });
  }, []);

  const withdraw = useCallback((id: string) => {
    setOverlay((prev) => (prev.get(id)?.phase === 'proposed' ? without(prev, id) : prev));
  }, []);

  const savingKeys = useMemo(() => {
    const ids = new Map<StageId, string[]>();
    for (const [id, entry] of overlay) {
      if (entry.phase === 'saving') ids.set(entry.target, [...(ids.get(entry.target) ?? []), id]);
    }
    return new Map([...ids].map(([stage, list]) => [stage, list.sort().join(SAVING_SEPARATOR)]));
  }, [overlay]);

  return { overlay, savingKeys, propose, withdraw, move };
}
