import { fireEvent, render } from '@testing-library/react';
import { useKeyShortcut } from './use-key-shortcut';

function Page({ onPress }: { onPress: () => void }) {
  useKeyShortcut('n', onPress);
  return (
    <div>
      <input aria-label="Search" />
      <textarea aria-label="Notes" />
      <input type="checkbox" aria-label="Flag" />
      <button type="button">Other</button>
    </div>
  );
}

function setup() {
  const onPress = vi.fn();
  const view = render(<Page onPress={onPress} />);
  return { onPress, ...view };
}

test.each([
  ['the page', () => document.body, {}, 1],
  ['a button', (v: ReturnType<typeof setup>) => v.getByRole('button'), {}, 1],
  ['a checkbox', (v: ReturnType<typeof setup>) => v.getByRole('checkbox'), {}, 1],
  ['the page, with Shift (capital N)', () => document.body, { key: 'N', shiftKey: true }, 1],
  [
    'a text box',
    (v: ReturnType<typeof setup>) => v.getByRole('textbox', { name: 'Search' }),
    {},
    0,
  ],
  [
    'a textarea: a letter typed',
    (v: ReturnType<typeof setup>) => v.getByRole('textbox', { name: 'Notes' }),
    {},
    0,
  ],
  ['the page with Ctrl held: the browser keeps it', () => document.body, { ctrlKey: true }, 0],
  ['the page with ⌘ held: the browser keeps it', () => document.body, { metaKey: true }, 0],
  ['the page, but the key is M', () => document.body, { key: 'm' }, 0],
] as const)('N on %s', (_where, target, init, times) => {
  const view = setup();
  fireEvent.keyDown(target(view), { key: 'n', ...init });
  expect(view.onPress).toHaveBeenCalledTimes(times);
});

test('not while a modal dialog is open', () => {
  const view = setup();
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  document.body.append(dialog);
  fireEvent.keyDown(document.body, { key: 'n' });
  expect(view.onPress).not.toHaveBeenCalled();
  dialog.remove();
});
