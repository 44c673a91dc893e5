import {
  createContext,
  useContext,
  useEffect,
  useRef,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { History, HistoryAction, HistoryLocation, HistoryUpdate } from './history';
import { parsePath } from './history';

type Path = Pick<HistoryLocation, 'pathname' | 'search' | 'hash'>;

/** Whether a navigation from `current` to `next` must wait for the user's answer. */
export type ShouldBlock = (args: {
  currentLocation: HistoryLocation;
  nextLocation: Path;
}) => boolean;

export type BlockingHistory = History & {
  /** One blocker at a time (the view with unsaved edits); `undefined` lifts it. */
  setBlocker: (shouldBlock: ShouldBlock | undefined) => void;
  subscribe: (onChange: () => void) => () => void;
  isBlocked: () => boolean;
  /** Carries out the navigation that was held. */
  proceed: () => void;
  /** Drops the navigation that was held; the user stays. */
  reset: () => void;
};

/**
 * Wraps a history so a navigation away from unsaved work can be held until the user answers.
 * Pushes and replaces are held before they happen; a back/forward step has already moved the
 * address, so it is undone (`go(-delta)`) and redone on "Leave" (what React Router's `useBlocker`
 * does). Its listeners, the router's location hooks, see only the steps that went through.
 */
export function createBlockingHistory(base: History): BlockingHistory {
  let shouldBlock: ShouldBlock | undefined;
  let held: (() => void) | undefined;
  // Where the app is: the location of the last update the listeners were given.
  let current: { action: HistoryAction; location: HistoryLocation } = {
    action: base.action,
    location: base.location,
  };
  // The next update is the step the user let go: pass it.
  let isOwnStep = false;
  // The next back/forward event is our undo of a held step: swallow it.
  let ignoreNextPop = false;
  const listeners = new Set<(update: HistoryUpdate) => void>();
  const subscribers = new Set<() => void>();
  const notify = () => subscribers.forEach((onChange) => onChange());

  const blocks = (nextLocation: Path) =>
    shouldBlock?.({ currentLocation: current.location, nextLocation }) === true;
  const hold = (step: () => void) => {
    held = step;
    notify();
  };
  const release = () => {
    held = undefined;
    notify();
  };
  const target = (to: string) => parsePath(to, current.location.pathname);

  base.listen((update) => {
    const { action, delta, location } = update;
    if (action === 'POP' && ignoreNextPop) {
      ignoreNextPop = false;
      return;
    }
    if (action === 'POP' && !isOwnStep && delta && blocks(location)) {
      // The address already shows the other entry: step back to where the app is, and hold.
      ignoreNextPop = true;
      base.go(-delta);
      hold(() => base.go(delta));
      return;
    }
    isOwnStep = false;
    current = { action, location };
    listeners.forEach((listener) => listener(update));
  });

  return {
    get action() {
      return current.action;
    },
    get location() {
      return current.location;
    },
    push(to, state) {
      if (blocks(target(to))) hold(() => base.push(to, state));
      else base.push(to, state);
    },
    replace(to, state) {
      if (blocks(target(to))) hold(() => base.replace(to, state));
      else base.replace(to, state);
    },
    go: (delta) => base.go(delta),
    listen(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    setBlocker: (next) => {
      shouldBlock = next;
      if (!next && held) release();
    },
    subscribe: (onChange) => {
      subscribers.add(onChange);
      return () => void subscribers.delete(onChange);
    },
    isBlocked: () => held !== undefined,
    proceed: () => {
      const step = held;
      release();
      if (!step) return;
      isOwnStep = true;
      step();
    },
    reset: release,
  };
}

type NavigateOptions = { replace?: boolean; state?: unknown };
export type LocationHook = (() => [string, (to: string, options?: NavigateOptions) => void]) & {
  searchHook: () => string;
};

/**
 * wouter's location hooks over a (blocking) history: the path for matching, and the search for
 * `useSearch`/`useSearchParams`. wouter decodes the search with `decodeURI`, which would turn
 * `%2541` into `%41` and then `A`; escaping every `%` first gives the search back as it was.
 */
export function historyLocationHook(history: History): LocationHook {
  const subscribe = (onChange: () => void) => history.listen(onChange);
  const navigate = (to: string, options: NavigateOptions = {}) =>
    options.replace ? history.replace(to, options.state) : history.push(to, options.state);
  const usePath = (): [string, typeof navigate] => [
    useSyncExternalStore(subscribe, () => history.location.pathname),
    navigate,
  ];
  const useSearchText = () =>
    useSyncExternalStore(subscribe, () => history.location.search.replace(/%/g, '%25'));
  return Object.assign(usePath, { searchHook: useSearchText });
}

const BlockingHistoryContext = createContext<BlockingHistory | undefined>(undefined);

export function BlockingHistoryProvider({
  history,
  children,
}: {
  history: BlockingHistory;
  children: ReactNode;
}) {
  return <BlockingHistoryContext value={history}>{children}</BlockingHistoryContext>;
}

function useBlockingHistory(): BlockingHistory {
  const history = useContext(BlockingHistoryContext);
  if (!history) throw new Error('the navigation hooks need a BlockingHistoryProvider');
  return history;
}

/** The current history entry (its key changes on every navigation) and how it was reached. */
export function useHistoryEntry(): { key: string; action: HistoryAction } {
  const history = useBlockingHistory();
  const location = useSyncExternalStore(history.listen, () => history.location);
  return { key: location.key, action: history.action };
}

export type NavigationBlocker = { isBlocked: boolean; proceed: () => void; reset: () => void };

/** Holds in-app navigations while `shouldBlock` says so (like React Router's `useBlocker`). */
export function useNavigationBlocker(shouldBlock: ShouldBlock): NavigationBlocker {
  const history = useBlockingHistory();
  const latest = useRef(shouldBlock);
  useEffect(() => {
    latest.current = shouldBlock;
  });
  useEffect(() => {
    history.setBlocker((args) => latest.current(args));
    return () => history.setBlocker(undefined);
  }, [history]);
  const isBlocked = useSyncExternalStore(history.subscribe, history.isBlocked);
  return { isBlocked, proceed: history.proceed, reset: history.reset };
}
