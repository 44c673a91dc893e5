import { useT } from '../../components/ui/use-t';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useNow } from '../../components/ui/use-now';
import { useIntlLocale } from '../../components/ui/use-intl-locale';
import { closeChanges, type CloseDecision, type CloseOutcome } from '../../domain/close';
import type { Referral } from '../../domain/referral-schema';
import { isClosingStage, STAGE_IDS, type StageId } from '../../domain/status-machine';
import { BulkActionsBar } from '../../shared/bulk-actions-bar';
import { CloseDialog } from '../../shared/close-dialog';
import { useSelection } from '../../shared/use-selection';
import { useAgingLabels } from '../../shared/aging-note';
import { cardLabels } from './card-labels';
import type { CloseFormValues } from '../../shared/close-form-schema';
import { BoardContext, type BoardActions, type Landing, type MoveSource } from './board-context';
import { hasCardFilter, isStageShown, type BoardFilter } from './board-filter';
import { stageTotals, totalsWithMoves } from './column-totals';
import {
  applyMoves,
  applyOverlay,
  cardsIn,
  filterColumns,
  overlayMoves,
  type BoardData,
} from './group-by-stage';
import { PipelineBoard } from './pipeline-board';
import { useBoardMoves } from './use-board-moves';
import { useCollapsedStages } from './use-collapsed-stages';

type Closing = { referral: Referral; from: StageId; outcome: CloseOutcome; source: MoveSource };

/** The board's derived state: filters and the optimistic overlay over the cached list, and the moves. */
export function BoardView({
  data,
  filter,
  onDragChange,
}: {
  data: BoardData;
  filter: BoardFilter;
  /** A drag started (true) or ended (false): the page holds list refreshes meanwhile. */
  onDragChange?: (isDragging: boolean) => void;
}) {
  const { t } = useT(['board', 'common']);
  const aging = useAgingLabels();
  const labels = useMemo(() => cardLabels(t, aging), [t, aging]);
  const locale = useIntlLocale();
  const now = useNow();
  const moves = useBoardMoves();
  const [collapsed, toggleCollapsed] = useCollapsedStages();
  const [closing, setClosing] = useState<Closing | null>(null);
  const [closeDrafts, setCloseDrafts] = useState<Readonly<Record<string, CloseFormValues>>>({});
  const landingRef = useRef<Landing | null>(null);
  // Typing in the search box stays responsive while thousands of cards are filtered behind it.
  const deferredFilter = useDeferredValue(filter);
  const { move, propose, withdraw, overlay } = moves;

  const filtered = useMemo(
    () => filterColumns(data.columns, deferredFilter, locale),
    [data.columns, deferredFilter, locale],
  );
  // A drop changes only the overlay: what follows costs the cards moved and the two columns they
  // touch, not a pass over every card (the filters and the column sums wait for new data).
  const movedCards = useMemo(
    () => overlayMoves(filtered, overlay, data.byId),
    [filtered, overlay, data.byId],
  );
  const shown = useMemo(() => applyMoves(filtered, movedCards), [filtered, movedCards]);
  const filteredTotals = useMemo(() => stageTotals(filtered), [filtered]);
  const totals = useMemo(
    () => totalsWithMoves(filteredTotals, movedCards),
    [filteredTotals, movedCards],
  );
  const unfiltered = useMemo(
    () => (filtered === data.columns ? shown : applyOverlay(data.columns, overlay, data.byId)),
    [filtered, shown, data.columns, overlay, data.byId],
  );

  // The cards a bulk selection can reach, in board order; from the filtered data, not the overlay,
  // so a drop does not pay for a pass over every card.
  const viewIds = useMemo(
    () =>
      STAGE_IDS.flatMap((stage) =>
        isStageShown(deferredFilter, stage) ? cardsIn(filtered, stage).map((r) => r.id) : [],
      ),
    [filtered, deferredFilter],
  );
  const selection = useSelection(viewIds);
  const allReferrals = useMemo(() => [...data.byId.values()], [data.byId]);

  const requestMove = useCallback(
    (referral: Referral, from: StageId, target: StageId, source: MoveSource) => {
      if (isClosingStage(target)) {
        // Nothing is sent before the close dialog has its reason.
        propose(referral, target);
        setClosing({ referral, from, outcome: target as CloseOutcome, source });
        return;
      }
      landingRef.current = {
        id: referral.id,
        stage: target,
        isTimed: source === 'drag',
        takesFocus: source === 'menu',
      };
      move(referral, target);
    },
    [move, propose],
  );

  const actions = useMemo<BoardActions>(
    () => ({ requestMove, landingRef, now, selection, labels, locale }),
    [requestMove, now, selection, labels, locale],
  );

  const handleCancelClose = () => {
    if (!closing) return;
    const { referral, from, source } = closing;
    setCloseDrafts(({ [referral.id]: _dropped, ...rest }) => rest);
    landingRef.current = {
      id: referral.id,
      stage: from,
      isTimed: false,
      takesFocus: source === 'menu',
    };
    withdraw(referral.id);
    setClosing(null);
  };

  const handleConfirmClose = (decision: CloseDecision, values: CloseFormValues) => {
    if (!closing) return;
    const { referral, source } = closing;
    // Kept until the user cancels a close of this card: if the save fails and the card goes back,
    // the next close of it opens with the reason the user already typed.
    setCloseDrafts((drafts) => ({ ...drafts, [referral.id]: values }));
    landingRef.current = {
      id: referral.id,
      stage: decision.outcome,
      isTimed: false,
      takesFocus: source === 'menu',
    };
    move(referral, decision.outcome, closeChanges(decision));
    setClosing(null);
  };

  const isFiltering = hasCardFilter(deferredFilter) || deferredFilter.stages.length > 0;
  const shownCount = STAGE_IDS.reduce(
    (sum, stage) => sum + (isStageShown(deferredFilter, stage) ? cardsIn(shown, stage).length : 0),
    0,
  );

  return (
    <BoardContext.Provider value={actions}>
      {isFiltering && (
        <p className="board-filter-note">
          {t('board:filtered', { count: shownCount, total: data.total })}
        </p>
      )}
      <BulkActionsBar selection={selection} referrals={allReferrals} />
      <PipelineBoard
        columns={shown}
        totals={totals}
        unfilteredColumns={unfiltered}
        byId={data.byId}
        filter={deferredFilter}
        isFiltering={hasCardFilter(deferredFilter)}
        savingKeys={moves.savingKeys}
        collapsed={collapsed}
        onToggle={toggleCollapsed}
        onDrop={(referral, from, target) => requestMove(referral, from, target, 'drag')}
        onDragChange={onDragChange}
      />
      {closing && (
        <CloseDialog
          referral={closing.referral}
          isOpen
          initialOutcome={closing.outcome}
          draft={closeDrafts[closing.referral.id]}
          onCancel={handleCancelClose}
          onConfirm={handleConfirmClose}
        />
      )}
    </BoardContext.Provider>
  );
}
