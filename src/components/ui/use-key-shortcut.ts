import { useEffect, useRef } from 'react';

/** Where a typed letter belongs to the field, not to a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
    type,
  );
}

/**
 * A single-key shortcut (e.g. `n`) on the whole page. It never fires while the user types in a
 * field, with a modifier held (Ctrl/⌘/Alt keep their browser meaning), or while a dialog is open.
 */
export function useKeyShortcut(key: string, onPress: () => void, isEnabled = true): void {
  const onPressRef = useRef(onPress);
  useEffect(() => {
    onPressRef.current = onPress;
  });
  useEffect(() => {
    if (!isEnabled) return;
    const wanted = key.toLowerCase();
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key.toLowerCase() !== wanted) return;
      if (isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open], [role="dialog"][aria-modal="true"]')) return;
      event.preventDefault();
      onPressRef.current();
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, [key, isEnabled]);
}
