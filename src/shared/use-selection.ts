import { useEffect, useState, useSyncExternalStore } from 'react';

/**
 * Which referrals are selected for a bulk action, as a small store outside React state: a row
 * subscribes to its own id only (useIsSelected), so a toggle re-renders the rows it changed and
 * the toolbar, never the whole (virtualized) table.
 */
export type Selection = {
  /** Toggle one id; with `range`, select every id in view from the last toggled one to it. */
  toggle: (id: string, options?: { range?: boolean }) => void;
  /** Select every id in view (the current filter), or clear them when all are selected. */
  toggleAll: () => void;
  select: (ids: readonly string[]) => void;
  clear: () => void;
  has: (id: string) => boolean;
  /** Selected ids that are in view, in view order. */
  selectedIds: () => readonly string[];
  /** Ids in view, in view order. */
  viewIds: () => readonly string[];
  subscribe: (listener: () => void) => () => void;
  /** Version that changes with every change of the selection or the view. */
  version: () => number;
  setView: (ids: readonly string[]) => void;
};

export function createSelection(initialView: readonly string[] = []): Selection {
  let view = initialView;
  let selected = new Set<string>();
  let anchor: string | undefined;
  let version = 0;
  let selectedInView: readonly string[] | undefined;
  const listeners = new Set<() => void>();
  const emit = () => {
    version += 1;
    selectedInView = undefined;
    for (const listener of listeners) listener();
  };
  const update = (next: Set<string>) => {
    selected = next;
    emit();
  };

  const selection: Selection = {
    toggle: (id, options = {}) => {
      const next = new Set(selected);
      const from = anchor === undefined ? -1 : view.indexOf(anchor);
      const to = view.indexOf(id);
      if (options.range && from >= 0 && to >= 0) {
        // The range takes the state the anchor has: shift-click extends a selection.
        const isSelecting = selected.has(anchor ?? '');
        const [lo, hi] = from < to ? [from, to] : [to, from];
        for (const rangeId of view.slice(lo, hi + 1)) {
          if (isSelecting) next.add(rangeId);
          else next.delete(rangeId);
        }
      } else if (next.has(id)) next.delete(id);
      else next.add(id);
      anchor = id;
      update(next);
    },
    toggleAll: () => {
      const isAll = view.length > 0 && view.every((id) => selected.has(id));
      const next = new Set(selected);
      for (const id of view) {
        if (isAll) next.delete(id);
        else next.add(id);
      }
      update(next);
    },
    select: (ids) => update(new Set([...selected, ...ids])),
    clear: () => {
      anchor = undefined;
      update(new Set());
    },
    has: (id) => selected.has(id),
    selectedIds: () => (selectedInView ??= view.filter((id) => selected.has(id))),
    viewIds: () => view,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
    setView: (ids) => {
      if (ids === view) return;
      view = ids;
      emit();
    },
  };
  return selection;
}

/** A selection over the ids in view (in view order; the list's filtered rows, a board column). */
export function useSelection(viewIds: readonly string[]): Selection {
  const [selection] = useState(() => createSelection(viewIds));
  useEffect(() => selection.setView(viewIds), [selection, viewIds]);
  return selection;
}

/** Whether one id is selected; re-renders only when that answer changes. */
export function useIsSelected(selection: Selection, id: string): boolean {
  return useSyncExternalStore(selection.subscribe, () => selection.has(id));
}

/** The selected ids in view (a new array only when the selection or the view changed). */
export function useSelectedIds(selection: Selection): readonly string[] {
  return useSyncExternalStore(selection.subscribe, selection.selectedIds);
}
