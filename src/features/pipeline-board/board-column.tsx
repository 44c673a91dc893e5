import { useDroppable } from '@dnd-kit/core';
import { memo, useId } from 'react';
import { useT } from '../../components/ui/use-t';
import type { Referral } from '../../domain/referral-schema';
import type { StageId } from '../../domain/status-machine';
import { ColumnHeader } from './column-header';
import type { ColumnTotals } from './column-totals';
import { VirtualCardList } from './virtual-card-list';

/** How a column answers the card being dragged: it may take it, refuse it, or is where it is from. */
export type DropState = 'idle' | 'legal' | 'refused' | 'origin';

type BoardColumnProps = {
  stage: StageId;
  items: readonly Referral[];
  totals: ColumnTotals;
  unfilteredCount: number;
  isFiltering: boolean;
  isCollapsed: boolean;
  /** Hidden by the list's stage filter: folded, still a drop target. */
  isFilteredOut: boolean;
  onToggle?: (stage: StageId) => void;
  /** The ids of this column's cards being saved, joined (a string, so memo compares it). */
  savingKey: string;
  dropState: DropState;
};

export const BoardColumn = memo(function BoardColumn(props: BoardColumnProps) {
  const { stage, items, isCollapsed, isFilteredOut, onToggle, savingKey, dropState } = props;
  const { t } = useT(['board', 'common']);
  const titleId = useId();
  // Refused columns are not droppable at all: a drop there finds no target and changes nothing.
  const { setNodeRef, isOver } = useDroppable({ id: stage, disabled: dropState !== 'legal' });
  const isFolded = isCollapsed || isFilteredOut;
  const classes = [
    'board-column',
    `drop-${dropState}`,
    isOver ? 'is-over' : '',
    isFolded ? 'is-collapsed' : '',
  ];
  return (
    <section
      ref={setNodeRef}
      className={classes.filter(Boolean).join(' ')}
      data-testid="board-column"
      data-stage={stage}
      data-drop={dropState}
      aria-labelledby={titleId}
      aria-disabled={dropState === 'refused' ? true : undefined}
    >
      <ColumnHeader
        stage={stage}
        titleId={titleId}
        items={items}
        totals={props.totals}
        unfilteredCount={props.unfilteredCount}
        isFiltering={props.isFiltering}
        isCollapsed={isFolded}
        onToggle={isFilteredOut ? undefined : onToggle}
      />
      {dropState !== 'idle' && (
        <p className="board-column-drop-hint" aria-hidden="true">
          {t(`board:column.${dropState}`)}
        </p>
      )}
      {isFilteredOut && <p className="board-column-note">{t('board:column.filteredOut')}</p>}
      {!isFolded &&
        (items.length === 0 ? (
          <p className="board-column-empty">{t('board:column.empty')}</p>
        ) : (
          <VirtualCardList
            stage={stage}
            items={items}
            savingKey={savingKey}
            label={t(`common:stage.${stage}`)}
          />
        ))}
    </section>
  );
});
