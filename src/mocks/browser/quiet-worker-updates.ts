/**
 * msw's start() fires `registration.update()` on an existing worker and never awaits it. When the
 * last other tab has just closed, the worker unregisters itself (mockServiceWorker.js does so when
 * its last client leaves) and that update rejects ("Failed to update a ServiceWorker"), unhandled.
 * The worker in place keeps serving this tab, so a failed update check changes nothing: while
 * start() runs, each update's rejection is handled here (the promise msw gets still rejects).
 */
export async function withQuietWorkerUpdates<T>(run: () => Promise<T>): Promise<T> {
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
