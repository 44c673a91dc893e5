import {
  useDraggable,
  type DraggableAttributes,
  type DraggableSyntheticListeners,
} from '@dnd-kit/core';
import { memo, useId, useRef } from 'react';
import { Link } from 'wouter';
import { SelectCheckbox } from '../../shared/select-checkbox';
import type { Referral } from '../../domain/referral-schema';
import { offeredTargets, type StageId } from '../../domain/status-machine';
import { useBoardActions, useLanding } from './board-context';
import { CardSummary } from './card-summary';
import { MoveToMenu } from './move-to-menu';

type BoardCardProps = { referral: Referral; stage: StageId; isSaving: boolean };

/**
 * One referral on the board. Dragging starts only from the handle, so a finger on the rest of the
 * card scrolls the board on a phone; the Move to… menu is the keyboard and screen-reader path.
 */
export const BoardCard = memo(function BoardCard({ referral, stage, isSaving }: BoardCardProps) {
  const titleId = useId();
  const canMove = offeredTargets(stage).length > 0;
  // useDraggable re-renders every mounted card on each drag event and on the drop, so this wrapper
  // stays small: the handle and the card's content are memoised apart.
  const { labels } = useBoardActions();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: referral.id,
    data: { stage },
    disabled: !canMove,
  });
  return (
    <article
      ref={setNodeRef}
      className={`board-card${isDragging ? ' is-dragging' : ''}${isSaving ? ' is-saving' : ''}`}
      data-testid="board-card"
      data-referral-id={referral.id}
      aria-labelledby={titleId}
      aria-busy={isSaving}
    >
      {canMove && (
        <DragHandle
          label={labels.drag(referral.name || labels.unnamed)}
          roleDescription={labels.roleDescription}
          attributes={attributes}
          listeners={listeners}
          handleRef={setActivatorNodeRef}
        />
      )}
      <CardContent referral={referral} stage={stage} isSaving={isSaving} titleId={titleId} />
    </article>
  );
});

type DragHandleProps = {
  label: string;
  roleDescription: string;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  handleRef: (element: HTMLElement | null) => void;
};

/** dnd-kit keeps `attributes` and `listeners` stable, so a drag event does not re-render this. */
const DragHandle = memo(function DragHandle({
  label,
  roleDescription,
  attributes,
  listeners,
  handleRef,
}: DragHandleProps) {
  return (
    <button
      ref={handleRef}
      type="button"
      className="board-card-handle"
      {...attributes}
      {...listeners}
      // dnd-kit's default role description is the English word "draggable".
      aria-roledescription={roleDescription}
      aria-label={label}
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
});

const CardContent = memo(function CardContent({
  referral,
  stage,
  isSaving,
  titleId,
}: BoardCardProps & { titleId: string }) {
  const { requestMove, now, selection, labels, locale } = useBoardActions();
  const moveButton = useRef<HTMLButtonElement>(null);
  const titleLink = useRef<HTMLAnchorElement>(null);
  const targets = offeredTargets(stage);
  // A closed card has no Move to… button: the focus lands on its title instead of the page body.
  useLanding(referral.id, stage, targets.length > 0 ? moveButton : titleLink);
  const name = referral.name || labels.unnamed;
  return (
    <>
      <h3 id={titleId} className="board-card-title">
        <Link ref={titleLink} to={`/referrals/${encodeURIComponent(referral.id)}`}>
          {name}
        </Link>
      </h3>
      <span className="board-card-select">
        <SelectCheckbox selection={selection} id={referral.id} label={labels.select(name)} />
      </span>
      <CardSummary referral={referral} now={now} labels={labels} locale={locale} />
      {isSaving && (
        <p className="board-card-saving">
          <span className="board-spinner" aria-hidden="true" />
          {labels.saving}
        </p>
      )}
      {targets.length > 0 && (
        <MoveToMenu
          name={name}
          buttonLabel={labels.moveTo}
          targets={targets}
          buttonRef={moveButton}
          onSelect={(target) => requestMove(referral, stage, target, 'menu')}
        />
      )}
    </>
  );
});

/** The copy that follows the pointer while dragging (the card itself may scroll out of its list). */
export function CardPreview({ referral }: { referral: Referral }) {
  const { now, labels, locale } = useBoardActions();
  return (
    <div className="board-card is-preview" aria-hidden="true">
      <span className="board-card-handle">⠿</span>
      <p className="board-card-title">{referral.name || labels.unnamed}</p>
      <CardSummary referral={referral} now={now} labels={labels} locale={locale} />
    </div>
  );
}
