import {
  DndContext,
  DragOverlay,
  type Active,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
  type Over,
} from '@dnd-kit/core';
import { useMemo, useState } from 'react';
import { useT } from '../../components/ui/use-t';
import { useMediaQuery } from '../../components/ui/use-media-query';
import type { Referral } from '../../domain/referral-schema';
import {
  isClosingStage,
  isOfferedMove,
  isReadOnlyStage,
  isStageId,
  STAGE_IDS,
  type StageId,
} from '../../domain/status-machine';
import { isStageShown, type BoardFilter } from './board-filter';
import { CardPreview } from './board-card';
import { BoardColumn, type DropState } from './board-column';
import { boardCollisions, useBoardSensors } from './board-sensors';
import { totalsIn, type StageTotals } from './column-totals';
import { cardsIn, type StageColumns } from './group-by-stage';

type PipelineBoardProps = {
  columns: StageColumns;
  totals: StageTotals;
  unfilteredColumns: StageColumns;
  byId: ReadonlyMap<string, Referral>;
  filter: BoardFilter;
  isFiltering: boolean;
  /** Per column, the ids (joined by SAVING_SEPARATOR) of its cards being saved. */
  savingKeys: ReadonlyMap<StageId, string>;
  collapsed: ReadonlySet<StageId>;
  onToggle: (stage: StageId) => void;
  onDrop: (referral: Referral, from: StageId, target: StageId) => void;
  onDragChange?: (isDragging: boolean) => void;
};

type Dragged = { referral: Referral; stage: StageId };

const stageOfDraggable = (entry: Active | Over | null): StageId | undefined => {
  const stage: unknown = entry?.data.current?.stage;
  return typeof stage === 'string' && isStageId(stage) ? stage : undefined;
};

/**
 * On a phone one column fills the screen, so a card reaches the next column by resting at the
 * edge. dnd-kit's default edge scroll (up to ~2,000 px/s) would fly past every column before a
 * finger can stop; slower, a column passes in about a second. Desktop keeps the default.
 */
const PHONE_QUERY = '(max-width: 600px)';
const PHONE_AUTO_SCROLL = { acceleration: 2.5, threshold: { x: 0.15, y: 0.2 } };

const overStage = (over: Over | null): StageId | undefined =>
  over && isStageId(String(over.id)) ? (String(over.id) as StageId) : undefined;

/**
 * A dragged card's handle keeps the focus through the drag, and a move takes the card out of its
 * column. Removing a focused element makes the browser recalculate style and layout in the middle
 * of React's commit, and the card lists measure their new cards right after, laying out again: let
 * go of the focus before the move. Where it ends up is unchanged: on the page, or after a keyboard
 * drag on the moved card's handle (dnd-kit restores it).
 */
function releaseFocus(pressed: EventTarget | null) {
  const focused = document.activeElement;
  // The press may land on the handle's icon: the handle is the focused element around it.
  if (focused instanceof HTMLElement && pressed instanceof Node && focused.contains(pressed)) {
    focused.blur();
  }
}

function dropStateOf(dragged: Dragged | null, stage: StageId): DropState {
  if (!dragged) return 'idle';
  if (stage === dragged.stage) return 'origin';
  return isOfferedMove(dragged.stage, stage) ? 'legal' : 'refused';
}

/** The columns in a drag-and-drop context: legal columns light up, the others refuse the card. */
export function PipelineBoard(props: PipelineBoardProps) {
  const { columns, byId, collapsed, onToggle, onDrop, onDragChange } = props;
  const { t } = useT(['board', 'common']);
  const sensors = useBoardSensors();
  const isPhone = useMediaQuery(PHONE_QUERY);
  const [dragged, setDragged] = useState<Dragged | null>(null);

  const accessibility = useMemo(() => {
    const nameOf = (active: Active) => byId.get(String(active.id))?.name || t('board:card.unnamed');
    const stageName = (stage: StageId | undefined) => t(`common:stage.${stage ?? 'unknown'}`);
    const announcements: Announcements = {
      onDragStart: ({ active }) =>
        t('board:dnd.start', { name: nameOf(active), stage: stageName(stageOfDraggable(active)) }),
      onDragOver: ({ active, over }) =>
        over
          ? t('board:dnd.over', { name: nameOf(active), stage: stageName(overStage(over)) })
          : t('board:dnd.notOver', { name: nameOf(active) }),
      onDragEnd: ({ active, over }) =>
        over
          ? t('board:dnd.end', { name: nameOf(active), stage: stageName(overStage(over)) })
          : t('board:dnd.endNowhere', { name: nameOf(active) }),
      onDragCancel: ({ active }) =>
        t('board:dnd.cancel', { name: nameOf(active), stage: stageName(stageOfDraggable(active)) }),
    };
    return { announcements, screenReaderInstructions: { draggable: t('board:dnd.instructions') } };
  }, [byId, t]);

  const handleDragStart = ({ active }: DragStartEvent) => {
    const referral = byId.get(String(active.id));
    const stage = stageOfDraggable(active);
    setDragged(referral && stage ? { referral, stage } : null);
    onDragChange?.(true);
  };

  const handleDragEnd = ({ over, activatorEvent }: DragEndEvent) => {
    const from = dragged;
    setDragged(null);
    onDragChange?.(false);
    const target = overStage(over);
    // Refused columns are disabled droppables, so `over` is null there; check the rule anyway.
    if (!from || !target || target === from.stage || !isOfferedMove(from.stage, target)) return;
    // Paired with 'board-moved' when the card renders in its column (the benchmark reads both).
    // A closing drop waits for the dialog, so it is not timed.
    if (!isClosingStage(target)) {
      performance.mark('board-drop');
      releaseFocus(activatorEvent?.target ?? null);
    }
    onDrop(from.referral, from.stage, target);
  };

  return (
    <DndContext
      sensors={sensors}
      autoScroll={isPhone ? PHONE_AUTO_SCROLL : true}
      collisionDetection={boardCollisions}
      accessibility={accessibility}
      onDragStart={handleDragStart}
      onDragEnd={handleDragEnd}
      onDragCancel={() => {
        setDragged(null);
        onDragChange?.(false);
      }}
    >
      <div className={`board-columns${dragged ? ' is-dragging' : ''}`}>
        {STAGE_IDS.map((stage) => (
          <BoardColumn
            key={stage}
            stage={stage}
            items={cardsIn(columns, stage)}
            totals={totalsIn(props.totals, stage)}
            unfilteredCount={cardsIn(props.unfilteredColumns, stage).length}
            isFiltering={props.isFiltering}
            isCollapsed={collapsed.has(stage)}
            isFilteredOut={!isStageShown(props.filter, stage)}
            onToggle={isReadOnlyStage(stage) ? onToggle : undefined}
            savingKey={props.savingKeys.get(stage) ?? ''}
            dropState={dropStateOf(dragged, stage)}
          />
        ))}
      </div>
      {/* No drop animation: the card is already in its new column when the drop ends. */}
      <DragOverlay dropAnimation={null}>
        {dragged ? <CardPreview referral={dragged.referral} /> : null}
      </DragOverlay>
    </DndContext>
  );
}
