import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { Referral } from '../../domain/referral-schema';
import type { StageId } from '../../domain/status-machine';
import { useBoardActions } from './board-context';
import { BoardCard } from './board-card';

type VirtualCardListProps = {
  stage: StageId;
  items: readonly Referral[];
  savingIds: ReadonlySet<string>;
  label: string;
};

const estimateSize = () => 150;

/** Only the cards in view (and a few around) are in the DOM, so a column of thousands scrolls smoothly. */
export function VirtualCardList({ stage, items, savingIds, label }: VirtualCardListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { landingRef } = useBoardActions();
  // The virtualizer recomputes every row's position when `getItemKey` changes: a new function on
  // each render did that for all columns on every drop, not only for the two whose cards changed.
  const getItemKey = useCallback((index: number) => items[index]?.id ?? index, [items]);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders this component itself.
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: 4,
    getItemKey,
  });
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
      <div
        role="list"
        aria-label={label}
        className="board-column-list"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const referral = items[row.index];
          if (!referral) return null;
          return (
            <div
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              role="listitem"
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              className="board-card-slot"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <BoardCard referral={referral} stage={stage} isSaving={savingIds.has(referral.id)} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
