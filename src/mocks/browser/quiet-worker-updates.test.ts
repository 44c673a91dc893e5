import { withQuietWorkerUpdates } from './quiet-worker-updates';

/** A registration whose update check fails, as when the last other tab has just closed. */
class FailingRegistration {
  update(): Promise<void> {
    return Promise.reject(new Error('Failed to update a ServiceWorker: the registration is gone'));
  }
}

describe('withQuietWorkerUpdates', () => {
  const original = (globalThis as { ServiceWorkerRegistration?: unknown })
    .ServiceWorkerRegistration;
  beforeEach(() => {
    (globalThis as { ServiceWorkerRegistration?: unknown }).ServiceWorkerRegistration =
      FailingRegistration;
  });
  afterEach(() => {
    (globalThis as { ServiceWorkerRegistration?: unknown }).ServiceWorkerRegistration = original;
  });

  test('an update fired and forgotten during start raises no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    vi.spyOn(console, 'info').mockImplementation(() => {});
    try {
      await withQuietWorkerUpdates(() => {
        // What msw does: update() on the existing registration, never awaited.
        void new FailingRegistration().update();
        return Promise.resolve();
      });
      // Without a handler the rejection would be reported by now.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  test('the caller of update() still sees the failure, and update is put back after start', async () => {
    const quiet = vi.spyOn(console, 'info').mockImplementation(() => {});
    const seen = await withQuietWorkerUpdates(() =>
      new FailingRegistration().update().then(
        () => 'updated',
        () => 'rejected',
      ),
    );
    expect(seen).toBe('rejected');
    expect(quiet).toHaveBeenCalled();
    await expect(new FailingRegistration().update()).rejects.toThrow(/Failed to update/);
  });
});
