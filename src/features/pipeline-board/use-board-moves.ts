import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { cachedReferral, storeReferral } from '../../api/referral-cache';
import { referralQueries } from '../../api/referral-queries';
import { useUpdateReferral } from '../../api/use-update-referral';
import { enqueueWrite } from '../../api/write-queue';
import { useToast } from '../../components/ui/toast';
import { changedFields } from '../../domain/merge';
import { applyChanges, type ReferralChanges } from '../../domain/put-body';
import type { Referral } from '../../domain/referral-schema';
import { stageOfReferral, stagePair, type StageId } from '../../domain/status-machine';
import { useApiErrorText } from '../../shared/api-error-text';
import { isOverlayActive, type OverlayEntry } from './group-by-stage';

type Entry = OverlayEntry & { moveId: number };
type Overlay = ReadonlyMap<string, Entry>;

/** A 412 re-applies the move on the latest copy; past this many tries the user is told instead. */
const MAX_ATTEMPTS = 3;

type SaveOutcome =
  | { kind: 'saved'; referral: Referral; wasReapplied: boolean }
  | { kind: 'moved-elsewhere'; latest: Referral };

export type BoardMoves = {
  overlay: Overlay;
  savingIds: ReadonlySet<string>;
  /** Show a card in a closing column while the close dialog asks for the reason; nothing is sent. */
  propose: (referral: Referral, target: StageId) => void;
  withdraw: (id: string) => void;
  /** Move a card now (optimistic) and save it with one PUT; `changes` default to the stage pair. */
  move: (referral: Referral, target: StageId, changes?: ReferralChanges) => void;
};

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
 * stays in the query cache only. Writes go through useUpdateReferral, which queues them per referral
 * and reads the eTag at submit time, so two quick moves of one card send two PUTs in order; each
 * move with its 412 re-sends is queued as a whole, so the order holds after a conflict too.
 */
export function useBoardMoves(): BoardMoves {
  const { t } = useTranslation(['board', 'common']);
  const queryClient = useQueryClient();
  const { mutateAsync } = useUpdateReferral();
  const toast = useToast();
  const errorText = useApiErrorText();
  const [overlay, setOverlay] = useState<Overlay>(() => new Map());
  const lastMoveId = useRef(0);

  const save = useCallback(
    async (id: string, changes: ReferralChanges, onStale: (eTag: string | null) => void) => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          const referral = await mutateAsync({ id, changes });
          return { kind: 'saved', referral, wasReapplied: attempt > 1 } satisfies SaveOutcome;
        } catch (error) {
          if (!isApiError(error) || !error.isConflict || attempt >= MAX_ATTEMPTS) throw error;
          // The copy the PUT was built on: the cache has not changed since the write read it.
          const base = cachedReferral(queryClient, id);
          const latest = await queryClient.fetchQuery({
            ...referralQueries.detail(id),
            staleTime: 0,
          });
          storeReferral(queryClient, latest);
          // The latest copy already holds this move: an earlier attempt landed but its answer was
          // lost (a garbled body, a time-out). It is saved, not moved by someone else.
          if (changedFields(latest, applyChanges(latest, changes)).length === 0) {
            return { kind: 'saved', referral: latest, wasReapplied: false } satisfies SaveOutcome;
          }
          onStale(latest.eTag ?? null);
          if (!base || changedFields(base, latest).includes('stage')) {
            return { kind: 'moved-elsewhere', latest } satisfies SaveOutcome;
          }
        }
      }
    },
    [mutateAsync, queryClient],
  );

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
      // One move at a time per card, retries included: a second move waits until the first is
      // settled, so a 412's re-send of the first can never land after the second.
      enqueueWrite(`board-move:${id}`, () => save(id, changes, addStale)).then(
        (outcome) => {
          if (outcome.kind === 'saved') {
            settle(outcome.referral);
            if (outcome.wasReapplied)
              toast.show(t('board:move.reapplied', { name: name() }), 'info');
            return;
          }
          settle(undefined);
          const latestStage = stageOfReferral(outcome.latest);
          toast.show(
            t('board:move.movedElsewhere', {
              name: name(),
              stage: t(`common:stage.${latestStage ?? 'unknown'}`),
            }),
            'error',
          );
        },
        (error: unknown) => {
          settle(undefined);
          const stage = t(`common:stage.${target}`);
          toast.show(
            t('board:move.failed', { name: name(), stage, reason: errorText(error) }),
            'error',
          );
        },
      );
    },
    [errorText, queryClient, save, t, toast],
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

  const savingIds = useMemo(
    () => new Set([...overlay].filter(([, e]) => e.phase === 'saving').map(([id]) => id)),
    [overlay],
  );

  return { overlay, savingIds, propose, withdraw, move };
}
