/**
 * The session history the router reads its location from (wouter takes a location hook; see
 * navigation-blocker.tsx). A browser history over `window.history`, and a memory history for tests.
 * Each entry carries an index, so a Back/Forward step knows how far it went (`delta`): that is what
 * lets the navigation blocker undo a step it must hold.
 */
export type HistoryAction = 'POP' | 'PUSH' | 'REPLACE';

export type HistoryLocation = {
  pathname: string;
  search: string;
  hash: string;
  /** Unique per entry: a push makes a new one, a replace too (as React Router's did). */
  key: string;
  state: unknown;
};

export type HistoryUpdate = { action: HistoryAction; location: HistoryLocation; delta?: number };

export type History = {
  readonly action: HistoryAction;
  readonly location: HistoryLocation;
  push: (to: string, state?: unknown) => void;
  replace: (to: string, state?: unknown) => void;
  go: (delta: number) => void;
  /** Called after every change of entry, with how it happened. */
  listen: (listener: (update: HistoryUpdate) => void) => () => void;
};

type EntryState = { usr: unknown; key: string; idx: number };

const newKey = () => Math.random().toString(36).slice(2, 10);

/** `to` (absolute, or relative to `from`) as a location. */
export function parsePath(
  to: string,
  from = '/',
): Pick<HistoryLocation, 'pathname' | 'search' | 'hash'> {
  const url = new URL(to, `http://app${from}`);
  return { pathname: url.pathname, search: url.search, hash: url.hash };
}

export const pathOf = (l: Pick<HistoryLocation, 'pathname' | 'search' | 'hash'>) =>
  l.pathname + l.search + l.hash;

function listeners() {
  const set = new Set<(update: HistoryUpdate) => void>();
  return {
    add: (listener: (update: HistoryUpdate) => void) => {
      set.add(listener);
      return () => void set.delete(listener);
    },
    emit: (update: HistoryUpdate) => set.forEach((listener) => listener(update)),
  };
}

export function createBrowserHistory(win: Window = window): History {
  const h = win.history;
  const entryState = () => (h.state ?? {}) as Partial<EntryState>;
  if (typeof entryState().idx !== 'number') {
    h.replaceState({ usr: h.state as unknown, key: newKey(), idx: 0 }, '');
  }
  let action: HistoryAction = 'POP';
  let index = entryState().idx ?? 0;
  const read = (): HistoryLocation => {
    const { pathname, search, hash } = win.location;
    const state = entryState();
    return { pathname, search, hash, key: state.key ?? 'default', state: state.usr ?? null };
  };
  let location = read();
  const subscribers = listeners();
  const change = (next: HistoryAction, delta?: number) => {
    action = next;
    location = read();
    subscribers.emit({ action, location, delta });
  };
  win.addEventListener('popstate', () => {
    const next = entryState().idx ?? 0;
    const delta = next - index;
    index = next;
    change('POP', delta);
  });
  return {
    get action() {
      return action;
    },
    get location() {
      return location;
    },
    push(to, state) {
      index += 1;
      h.pushState(
        { usr: state, key: newKey(), idx: index },
        '',
        pathOf(parsePath(to, location.pathname)),
      );
      change('PUSH');
    },
    replace(to, state) {
      h.replaceState(
        { usr: state, key: newKey(), idx: index },
        '',
        pathOf(parsePath(to, location.pathname)),
      );
      change('REPLACE');
    },
    go: (delta) => h.go(delta),
    listen: subscribers.add,
  };
}

/** A history in memory (tests): `go` moves at once, as the browser's does a moment later. */
export function createMemoryHistory(initialEntries = ['/'], initialIndex?: number): History {
  const entries: HistoryLocation[] = initialEntries.map((to) => ({
    ...parsePath(to),
    key: newKey(),
    state: null,
  }));
  let index = Math.min(Math.max(initialIndex ?? entries.length - 1, 0), entries.length - 1);
  let action: HistoryAction = 'POP';
  const subscribers = listeners();
  const at = () => entries[index] as HistoryLocation;
  const entry = (to: string, state: unknown): HistoryLocation => ({
    ...parsePath(to, at().pathname),
    key: newKey(),
    state: state ?? null,
  });
  return {
    get action() {
      return action;
    },
    get location() {
      return at();
    },
    push(to, state) {
      entries.splice(index + 1, entries.length, entry(to, state));
      index += 1;
      action = 'PUSH';
      subscribers.emit({ action, location: at() });
    },
    replace(to, state) {
      entries[index] = entry(to, state);
      action = 'REPLACE';
      subscribers.emit({ action, location: at() });
    },
    go(delta) {
      const next = Math.min(Math.max(index + delta, 0), entries.length - 1);
      if (next === index) return;
      const moved = next - index;
      index = next;
      action = 'POP';
      subscribers.emit({ action, location: at(), delta: moved });
    },
    listen: subscribers.add,
  };
}
