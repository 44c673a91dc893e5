import { useSyncExternalStore, useEffect, useRef, type ChangeEvent } from 'react';
import { useIsSelected, type Selection } from './use-selection';

const isShift = (event: ChangeEvent<HTMLInputElement>) =>
  (event.nativeEvent as Partial<MouseEvent>).shiftKey === true;

/** A row's or a card's checkbox; Shift+click selects the range from the last one toggled. */
export function SelectCheckbox({
  selection,
  id,
  label,
}: {
  selection: Selection;
  id: string;
  /** Says what it selects: "Select Contoso migration". */
  label: string;
}) {
  const isSelected = useIsSelected(selection, id);
  return (
    <input
      type="checkbox"
      className="select-checkbox"
      aria-label={label}
      checked={isSelected}
      onChange={(event) => selection.toggle(id, { range: isShift(event) })}
    />
  );
}

/** "Select all in view": checked when every referral in view is, mixed when some are. */
export function SelectAllCheckbox({ selection, label }: { selection: Selection; label: string }) {
  const ref = useRef<HTMLInputElement>(null);
  const state = useSyncExternalStore(selection.subscribe, () => {
    const count = selection.selectedIds().length;
    const total = selection.viewIds().length;
    return count === 0 ? 'none' : count === total ? 'all' : 'some';
  });
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="select-checkbox"
      aria-label={label}
      checked={state === 'all'}
      onChange={() => selection.toggleAll()}
    />
  );
}
