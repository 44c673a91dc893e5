import { useCallback, useMemo, useState } from 'react';

/**
 * Which inbox rows are selected. This is the API a bulk-actions bar plugs into:
 * `selectedIds` (only ids still in the inbox, in inbox order), `clear()` after a bulk action, and
 * `toggle` / `selectRange` / `selectAll` for the rows' checkboxes and the X / Shift+X keys.
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
};

export function useInboxSelection(orderedIds: readonly string[]): InboxSelection {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const [anchor, setAnchor] = useState<string | null>(null);

  // Derived: a row that left the inbox (accepted, declined, expired) is no longer selected.
  const selectedIds = useMemo(
    () => orderedIds.filter((id) => chosen.has(id)),
    [orderedIds, chosen],
  );
  const selectedSet = useMemo(() => new Set(selectedIds), [selectedIds]);

  const toggle = useCallback((id: string) => {
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
    setAnchor(id);
  }, []);

  const selectRange = useCallback(
    (id: string) => {
      const to = orderedIds.indexOf(id);
      if (to < 0) return;
      const fromIndex = anchor === null ? -1 : orderedIds.indexOf(anchor);
      const from = fromIndex < 0 ? to : fromIndex;
      const [start, end] = from <= to ? [from, to] : [to, from];
      setChosen((current) => {
        const next = new Set(current);
        for (const rowId of orderedIds.slice(start, end + 1)) next.add(rowId);
        return next;
      });
      setAnchor(id);
    },
    [orderedIds, anchor],
  );

  const selectAll = useCallback(() => setChosen(new Set(orderedIds)), [orderedIds]);
  const clear = useCallback(() => {
    setChosen(new Set());
    setAnchor(null);
  }, []);

  return {
    selectedIds,
    isSelected: (id) => selectedSet.has(id),
    toggle,
    selectRange,
    selectAll,
    clear,
  };
}
