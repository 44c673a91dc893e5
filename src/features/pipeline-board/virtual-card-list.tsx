import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
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

/**
 * A card's height from the ResizeObserver's entry only. The library's default reads `offsetHeight`
 * when a card mounts, which forces style and layout once per card inside React's commit (about
 * 140 ms for a first board, issue 16). Without an entry the card keeps its estimate (or its last
 * measured height); the observer reports every mounted card after the browser's own layout.
 */
function measureLazily(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
): number {
  const box = entry?.borderBoxSize[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  const key = instance.options.getItemKey(index);
  return instance.itemSizeCache.get(key) ?? instance.options.estimateSize(index);
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
  // The virtualizer recomputes every row's position when `getItemKey` changes: a new function on
  // each render did that for all columns on every drop, not only for the two whose cards changed.
  const getItemKey = useCallback((index: number) => items[index]?.id ?? index, [items]);
  const estimateSize = useCallback(
    (index: number) => estimateCardHeight(items[index], stage),
    [items, stage],
  );
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    measureElement: measureLazily,
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
});
