import { useEffect, useRef } from 'react';
import { commandOf, isTypingTarget } from './inbox-keys';

type InboxKeysOptions = {
  /** False while a dialog of the inbox is open: its own keys win. */
  isActive: boolean;
  rowIds: readonly string[];
  /** The row the keys act on when the focus is not inside a row. */
  current: string | null;
  onMove: (id: string) => void;
  onOpen: (id: string) => void;
  onAccept: (id: string) => void;
  onDecline: (id: string) => void;
  onSelect: (id: string) => void;
  onRange: (id: string) => void;
  onHelp: () => void;
};

function rowOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLElement>('[data-row-id]')?.dataset.rowId ?? null;
}

/**
 * The inbox's shortcuts, listened for on the document while the inbox is shown. Never while the
 * user types in a field or a dialog is open; Enter on a link or button keeps its own meaning.
 */
export function useInboxKeys(options: InboxKeysOptions): void {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      const o = latest.current;
      if (!o.isActive || event.defaultPrevented || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const command = commandOf(event);
      if (!command) return;
      if (command === 'help') {
        event.preventDefault();
        o.onHelp();
        return;
      }
      const inRow = rowOf(event.target);
      const here = inRow ?? o.current;
      if (here === null) return;
      const index = o.rowIds.indexOf(here);
      switch (command) {
        case 'next':
        case 'previous': {
          event.preventDefault();
          // From outside the list, the first key lands on the current row.
          const step = inRow === null ? 0 : command === 'next' ? 1 : -1;
          const target = o.rowIds[Math.min(o.rowIds.length - 1, Math.max(0, index + step))];
          if (target) o.onMove(target);
          return;
        }
        case 'open': {
          const target = event.target;
          if (target instanceof HTMLAnchorElement || target instanceof HTMLButtonElement) return;
          if (inRow === null) return;
          event.preventDefault();
          o.onOpen(here);
          return;
        }
        case 'accept':
          if (inRow === null) return;
          event.preventDefault();
          o.onAccept(here);
          return;
        case 'decline':
          if (inRow === null) return;
          event.preventDefault();
          o.onDecline(here);
          return;
        case 'select':
          if (inRow === null) return;
          event.preventDefault();
          o.onSelect(here);
          return;
        case 'range':
          if (inRow === null) return;
          event.preventDefault();
          o.onRange(here);
          return;
      }
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, []);
}
