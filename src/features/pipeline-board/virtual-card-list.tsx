import {
  createContext,
  memo,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type Ref,
} from 'react';
import { Virtualizer, type CacheSnapshot } from 'virtua';
import type { Referral } from '../../domain/referral-schema';
import type { StageId } from '../../domain/status-machine';
import { useBoardActions } from './board-context';
import { BoardCard } from './board-card';
import { estimateCardHeight } from './card-height';
import { SAVING_SEPARATOR } from './use-board-moves';

type VirtualCardListProps = {
  stage: StageId;
  items: readonly Referral[];
  /** The ids of this column's cards being saved: a string, so memo compares it. */
  savingKey: string;
  label: string;
};

/** What the list and its slots need besides virtua's own props (they are components, not closures). */
const ColumnListContext = createContext({ label: '', size: 0 });

type SlotProps = { style: CSSProperties; children: ReactNode; ref?: Ref<HTMLDivElement> };

/** The column's list element: virtua gives it the total height and positions the slots in it. */
function CardList({
  style: { pointerEvents: _whileScrolling, ...style },
  children,
  ref,
}: SlotProps) {
  const { label } = useContext(ColumnListContext);
  // Without virtua's `pointer-events: none` while the column scrolls: a press on a drag handle
  // just after a scroll (or while dnd-kit scrolls the column) must reach the card.
  return (
    <div ref={ref} role="list" aria-label={label} className="board-column-list" style={style}>
      {children}
    </div>
  );
}

/**
 * One card's slot. virtua measures it with a ResizeObserver (its content box, so the gap below a
 * card is the card's margin, not the slot's padding), never by reading layout while rendering.
 */
function CardSlot({ style, children, index, ref }: SlotProps & { index: number }) {
  const { size } = useContext(ColumnListContext);
  return (
    <div
      ref={ref}
      role="listitem"
      aria-setsize={size}
      aria-posinset={index + 1}
      data-index={index}
      className="board-card-slot"
      style={style}
    >
      {children}
    </div>
  );
}

/**
 * Every card's estimated height, handed to virtua as the sizes it starts from (its cache
 * snapshot: `[sizes, default size]`), so the first render places cards without measuring any of
 * them and without hiding them until measured. virtua reads it on mount only; later cards start
 * from the median and are measured by the observer. The snapshot's shape is virtua's, which is why
 * the version is pinned (decision 040).
 */
function estimatedSizes(items: readonly Referral[], stage: StageId): CacheSnapshot {
  const sizes = items.map((referral) => estimateCardHeight(referral, stage));
  const sorted = [...sizes].sort((a, b) => a - b);
  return [sizes, sorted[sorted.length >> 1] ?? estimateCardHeight(undefined, stage)];
}

const NO_SAVING: ReadonlySet<string> = new Set();

/** Only the cards in view (and a few around) are in the DOM, so a column of thousands scrolls smoothly. */
export const VirtualCardList = memo(function VirtualCardList({
  stage,
  items,
  savingKey,
  label,
}: VirtualCardListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { landingRef } = useBoardActions();
  const savingIds = useMemo(
    () => (savingKey === '' ? NO_SAVING : new Set(savingKey.split(SAVING_SEPARATOR))),
    [savingKey],
  );
  // Read once, when the list mounts (virtua ignores later snapshots).
  const [cache] = useState(() => estimatedSizes(items, stage));
  const context = useMemo(() => ({ label, size: items.length }), [label, items.length]);
  // A moved card goes to the top of its new column: bring the top into view so it can be seen.
  const first = items[0];
  useLayoutEffect(() => {
    const expected = landingRef.current;
    if (expected && first && expected.id === first.id && expected.stage === stage) {
      if (scrollRef.current && scrollRef.current.scrollTop > 0) scrollRef.current.scrollTop = 0;
    }
  }, [first, stage, landingRef]);
  return (
    <div ref={scrollRef} className="board-column-scroll">
      <ColumnListContext value={context}>
        <Virtualizer
          data={items}
          cache={cache}
          scrollRef={scrollRef}
          as={CardList}
          item={CardSlot}
          bufferSize={600}
        >
          {(referral: Referral) => (
            <BoardCard
              key={referral.id}
              referral={referral}
              stage={stage}
              isSaving={savingIds.has(referral.id)}
            />
          )}
        </Virtualizer>
      </ColumnListContext>
    </div>
  );
});
