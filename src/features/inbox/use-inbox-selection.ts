import { useCallback, useMemo } from 'react';
import { useSelectedIds, useSelection, type Selection } from '../../shared/use-selection';

/**
 * Which inbox rows are selected: the shared selection store (src/shared/use-selection.ts) that
 * the list, the board and the bulk-actions bar use, with the inbox's names for its operations.
 * `store` is what the BulkActionsBar takes.
 */
export type InboxSelection = {
  /** Selected ids that are still in the inbox, in the inbox's order. */
  selectedIds: readonly string[];
  isSelected: (id: string) => boolean;
  toggle: (id: string) => void;
  /** Select every row from the last toggled row (the anchor) to this one. */
  selectRange: (id: string) => void;
  selectAll: () => void;
  clear: () => void;
  store: Selection;
};

export function useInboxSelection(orderedIds: readonly string[]): InboxSelection {
  const store = useSelection(orderedIds);
  // Derived from the store: a row that left the inbox (accepted, declined, expired) drops out.
  const selectedIds = useSelectedIds(store);
  const selectedSet = useMemo(() => new Set(selectedIds), [selectedIds]);
  const isSelected = useCallback((id: string) => selectedSet.has(id), [selectedSet]);
  const toggle = useCallback((id: string) => store.toggle(id), [store]);
  const selectRange = useCallback(
    (id: string) => {
      // Shift+X from nothing selected yet selects the row itself.
      if (!store.selectedIds().length) store.toggle(id);
      else store.toggle(id, { range: true });
    },
    [store],
  );
  const selectAll = useCallback(() => store.select(orderedIds), [store, orderedIds]);
  const clear = useCallback(() => store.clear(), [store]);
  return useMemo(
    () => ({ selectedIds, isSelected, toggle, selectRange, selectAll, clear, store }),
    [selectedIds, isSelected, toggle, selectRange, selectAll, clear, store],
  );
}
