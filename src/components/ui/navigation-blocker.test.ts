import { createMemoryHistory } from './history';
import { createBlockingHistory, type ShouldBlock } from './navigation-blocker';

/** A blocking history over a memory history at /a, with the router's listener recording updates. */
function setup(entries = ['/a']) {
  const history = createBlockingHistory(createMemoryHistory(entries, entries.length - 1));
  const seen: string[] = [];
  history.listen(({ action, location }) => seen.push(`${action} ${location.pathname}`));
  const changes = vi.fn();
  history.subscribe(changes);
  return { history, seen, changes };
}

const leavingPath: ShouldBlock = ({ currentLocation, nextLocation }) =>
  currentLocation.pathname !== nextLocation.pathname;

describe('createBlockingHistory', () => {
  test('without a blocker every navigation goes through', () => {
    const { history, seen } = setup();
    history.push('/b');
    history.replace('/c');
    history.go(-1);
    expect(seen).toEqual(['PUSH /b', 'REPLACE /c', 'POP /a']);
    expect(history.isBlocked()).toBe(false);
  });

  test.each([
    ['push', (h: ReturnType<typeof setup>['history']) => h.push('/b'), 'PUSH /b'],
    ['replace', (h: ReturnType<typeof setup>['history']) => h.replace('/b'), 'REPLACE /b'],
  ])('a blocked %s waits; proceed carries it out', (_name, navigate, expected) => {
    const { history, seen, changes } = setup();
    history.setBlocker(leavingPath);
    navigate(history);
    expect(history.location.pathname).toBe('/a');
    expect(seen).toEqual([]);
    expect(history.isBlocked()).toBe(true);
    expect(changes).toHaveBeenCalled();

    history.proceed();
    expect(history.isBlocked()).toBe(false);
    expect(history.location.pathname).toBe('/b');
    expect(seen).toEqual([expected]);
  });

  test('reset drops the held navigation: the user stays', () => {
    const { history, seen } = setup();
    history.setBlocker(leavingPath);
    history.push('/b');
    history.reset();
    expect(history.isBlocked()).toBe(false);
    expect(history.location.pathname).toBe('/a');
    history.proceed(); // nothing is held any more
    expect(seen).toEqual([]);
  });

  test('a blocker that answers no lets the navigation through (same path, new search)', () => {
    const { history, seen } = setup();
    history.setBlocker(leavingPath);
    history.push('/a?q=x');
    expect(seen).toEqual(['PUSH /a']);
    expect(history.location.search).toBe('?q=x');
  });

  test('a blocked back step is undone at once and redone on proceed', () => {
    const { history, seen } = setup(['/list', '/edit']);
    history.setBlocker(leavingPath);
    history.go(-1);
    // The router never saw the step, and the address is back where the app is.
    expect(seen).toEqual([]);
    expect(history.location.pathname).toBe('/edit');
    expect(history.isBlocked()).toBe(true);

    history.proceed();
    expect(history.location.pathname).toBe('/list');
    expect(seen).toEqual(['POP /list']);
  });

  test('after a back step is reset, the next one asks again', () => {
    const { history, seen } = setup(['/list', '/edit']);
    history.setBlocker(leavingPath);
    history.go(-1);
    history.reset();
    history.go(-1);
    expect(history.isBlocked()).toBe(true);
    expect(seen).toEqual([]);
    expect(history.location.pathname).toBe('/edit');
  });

  test('lifting the blocker drops what it held, and later navigations go through', () => {
    const { history, seen } = setup();
    history.setBlocker(leavingPath);
    history.push('/b');
    history.setBlocker(undefined);
    expect(history.isBlocked()).toBe(false);
    history.push('/c');
    expect(seen).toEqual(['PUSH /c']);
  });
});
