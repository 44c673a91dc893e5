/**
 * route-preload.js registers the worker while the app loads. msw reloads the page when it finds its
 * worker registered but not in control, so a worker still installing is given time to take
 * control (mockServiceWorker.js claims its clients when it activates). An active worker that does
 * not control this page (a hard reload) is left to msw, as before.
 */
export async function untilEarlyWorkerControls(
  container: Pick<ServiceWorkerContainer, 'controller' | 'addEventListener'> | undefined,
  early: Promise<Pick<ServiceWorkerRegistration, 'installing' | 'waiting'>> | undefined,
  timeoutMs = 10_000,
): Promise<void> {
  if (!early || !container || container.controller) return;
  const registration = await early.catch(() => undefined);
  if (!registration || container.controller) return;
  if (!registration.installing && !registration.waiting) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    container.addEventListener(
      'controllerchange',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
    if (container.controller) resolve();
  });
}
