import { setupWorker } from 'msw/browser';
import { withQuietWorkerUpdates } from './browser/quiet-worker-updates';
import { parseDemoOptions } from './browser/demo-params';
import { untilEarlyWorkerControls } from './browser/early-worker';
import { releaseResponseCopies } from './browser/release-response-copies';
import { referralHandlers } from './handlers/handlers';
import { DEFAULT_SEED } from './seed/seed';
import { readStoredSettings } from './store/sim-store';
import { createSimulator, DEFAULT_SIZE, type Simulator } from './store/simulator';

declare global {
  interface Window {
    /** The worker's registration, started by route-preload.js at load (decision 046). */
    __referralDeskWorker?: Promise<ServiceWorkerRegistration>;
    /** The running simulator, for Playwright journeys and the browser console. */
    __referralDeskSim?: Simulator;
  }
}

/**
 * Start the in-browser backend over `window.localStorage` (shared by the tabs of a profile).
 * URL options (`?demo-size=`, `?demo-seed=`, `?demo-reset`, `?demo-faults=`): see demo-params.ts.
 */
performance.mark('rd:demo-module');

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

  performance.mark('rd:sim-created');
  const worker = setupWorker(...referralHandlers(sim));
  releaseResponseCopies(worker.events);
  await untilEarlyWorkerControls(navigator.serviceWorker, window.__referralDeskWorker);
  await withQuietWorkerUpdates(() =>
    worker.start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: '/mockServiceWorker.js' },
    }),
  );
  performance.mark('rd:worker-started');
  window.__referralDeskSim = sim;
  return sim;
}

/** The seed's own team, for the demo banner's "Signed in as" choice. */
export { OWN_TEAM } from './seed/seed-data';
