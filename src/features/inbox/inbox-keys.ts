/** The inbox's keyboard shortcuts: one table the handler and the help dialog both read. */
export type InboxCommand =
  'next' | 'previous' | 'open' | 'accept' | 'decline' | 'select' | 'range' | 'help';

export const SHORTCUTS: readonly { keys: readonly string[]; command: InboxCommand }[] = [
  { keys: ['J', '↓'], command: 'next' },
  { keys: ['K', '↑'], command: 'previous' },
  { keys: ['Enter'], command: 'open' },
  { keys: ['A'], command: 'accept' },
  { keys: ['D'], command: 'decline' },
  { keys: ['X'], command: 'select' },
  { keys: ['Shift+X'], command: 'range' },
  { keys: ['?'], command: 'help' },
];

/** The command a key press means, or undefined (modifier keys other than Shift never count). */
export function commandOf(event: {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): InboxCommand | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  switch (event.key) {
    case 'j':
    case 'J':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'K':
    case 'ArrowUp':
      return 'previous';
    case 'Enter':
      return 'open';
    case 'a':
    case 'A':
      return 'accept';
    case 'd':
    case 'D':
      return 'decline';
    case 'x':
    case 'X':
      return event.shiftKey ? 'range' : 'select';
    case '?':
      return 'help';
    default:
      return undefined;
  }
}

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'number',
  'password',
  'tel',
  'url',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

/** Is the user typing here? Then no shortcut may fire. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type);
  return false;
}
