import { setupWorker } from 'msw/browser';
import { parseDemoOptions } from './demo-params';
import { referralHandlers } from './handlers';
import { DEFAULT_SEED } from './seed';
import { readStoredSettings } from './sim-store';
import { createSimulator, DEFAULT_SIZE, type Simulator } from './simulator';

declare global {
  interface Window {
    /** The running simulator, for Playwright journeys and the browser console. */
    __referralDeskSim?: Simulator;
  }
}

/**
 * msw's start() fires `registration.update()` on an existing worker and never awaits it. When the
 * last other tab has just closed, the worker unregisters itself (mockServiceWorker.js does so when
 * its last client leaves) and that update rejects ("Failed to update a ServiceWorker"), unhandled.
 * The worker in place keeps serving this tab, so a failed update check changes nothing: while
 * start() runs, each update's rejection is handled here (the promise msw gets still rejects).
 */
async function withQuietWorkerUpdates<T>(run: () => Promise<T>): Promise<T> {
  const proto = globalThis.ServiceWorkerRegistration?.prototype;
  if (!proto) return run();
  // Kept to be called with each registration as `this` and put back afterwards.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const update = proto.update;
  proto.update = function quietUpdate(this: ServiceWorkerRegistration) {
    const pending = update.call(this);
    pending.catch((error: unknown) => {
      console.info('The demo backend kept its worker; its update check failed:', error);
    });
    return pending;
  };
  try {
    return await run();
  } finally {
    proto.update = update;
  }
}

/**
 * Start the in-browser backend over `window.localStorage` (shared by the tabs of a profile).
 * URL options (`?demo-size=`, `?demo-seed=`, `?demo-reset`, `?demo-faults=`): see demo-params.ts.
 */
export async function startDemoBackend({ search }: { search: string }): Promise<Simulator> {
  const options = parseDemoOptions(search);
  const storage = window.localStorage;
  const stored = readStoredSettings(storage);
  // The defaults are what this demo runs at, so `reset()` (the demo panel's button) keeps them.
  const sim = createSimulator({
    storage,
    defaultSize: options.size ?? stored?.size ?? DEFAULT_SIZE,
    defaultSeed: options.seed ?? stored?.seed ?? DEFAULT_SEED,
  });
  const isSizeChanged = options.size !== undefined && options.size !== stored?.size;
  const isSeedChanged = options.seed !== undefined && options.seed !== stored?.seed;
  if (options.isReset || isSizeChanged || isSeedChanged) sim.reset();
  if (options.faults) {
    sim.faults.clear();
    sim.faults.set(options.faults);
  }

  await withQuietWorkerUpdates(() =>
    setupWorker(...referralHandlers(sim)).start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: '/mockServiceWorker.js' },
    }),
  );
  window.__referralDeskSim = sim;
  return sim;
}
