import {
  createContext,
  useContext,
  useEffect,
  useRef,
  useSyncExternalStore,
  type ComponentProps,
  type ReactNode,
} from 'react';
import {
  NavigationType,
  type Location,
  type Path,
  type unstable_HistoryRouter,
} from 'react-router';

/** React Router's history interface (the package exports it only through the router's props). */
export type History = ComponentProps<typeof unstable_HistoryRouter>['history'];

/** Whether a navigation from `current` to `next` must wait for the user's answer. */
export type ShouldBlock = (args: { currentLocation: Location; nextLocation: Path }) => boolean;

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
 * Wraps a React Router history so a navigation away from unsaved work can be held until the user
 * answers. Pushes and replaces are held before they happen; a back/forward step has already moved
 * the address, so it is undone (`go(-delta)`) and redone on "Leave". This is what a data router's
 * `useBlocker` does; the app uses the declarative router, which is a third of the size.
 */
export function createBlockingHistory(base: History): BlockingHistory {
  let shouldBlock: ShouldBlock | undefined;
  let held: (() => void) | undefined;
  // Where the app is: the location of the last update the router was given.
  let lastLocation: Location = base.location;
  // The next update is the step the user let go: pass it.
  let isOwnStep = false;
  // The next back/forward event is our undo of a held step: swallow it.
  let ignoreNextPop = false;
  const subscribers = new Set<() => void>();
  const notify = () => subscribers.forEach((onChange) => onChange());

  const blocks = (nextLocation: Path) =>
    shouldBlock?.({ currentLocation: lastLocation, nextLocation }) === true;
  const hold = (step: () => void) => {
    held = step;
    notify();
  };
  const release = () => {
    held = undefined;
    notify();
  };

  return {
    get action() {
      return base.action;
    },
    get location() {
      return base.location;
    },
    createHref: (to) => base.createHref(to),
    createURL: (to) => base.createURL(to),
    encodeLocation: (to) => base.encodeLocation(to),
    push(to, state) {
      if (blocks(base.encodeLocation(to))) hold(() => base.push(to, state));
      else base.push(to, state);
    },
    replace(to, state) {
      if (blocks(base.encodeLocation(to))) hold(() => base.replace(to, state));
      else base.replace(to, state);
    },
    go: (delta) => base.go(delta),
    listen(listener) {
      return base.listen((update) => {
        const { action, delta, location } = update;
        if (action === NavigationType.Pop && ignoreNextPop) {
          ignoreNextPop = false;
          return;
        }
        if (action === NavigationType.Pop && !isOwnStep && delta && blocks(location)) {
          // The address already shows the other entry: step back to where the app is, and hold.
          ignoreNextPop = true;
          base.go(-delta);
          hold(() => base.go(delta));
          return;
        }
        isOwnStep = false;
        lastLocation = location;
        listener(update);
      });
    },
    setBlocker: (next) => {
      shouldBlock = next;
      if (!next && held) release();
    },
    subscribe: (onChange) => {
      subscribers.add(onChange);
      return () => subscribers.delete(onChange);
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

export type NavigationBlocker = { isBlocked: boolean; proceed: () => void; reset: () => void };

/** Holds in-app navigations while `shouldBlock` says so (like React Router's `useBlocker`). */
export function useNavigationBlocker(shouldBlock: ShouldBlock): NavigationBlocker {
  const history = useContext(BlockingHistoryContext);
  if (!history) throw new Error('useNavigationBlocker needs a BlockingHistoryProvider');
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
