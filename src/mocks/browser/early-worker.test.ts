import { untilEarlyWorkerControls } from './early-worker';

type Listener = () => void;

function fakeContainer(controller: object | null) {
  const listeners: Listener[] = [];
  return {
    controller: controller as ServiceWorker | null,
    addEventListener: (_type: string, listener: Listener) => listeners.push(listener),
    takeControl(this: { controller: ServiceWorker | null }) {
      this.controller = {} as ServiceWorker;
      for (const listener of listeners) listener();
    },
  };
}

const worker = {} as ServiceWorker;
const settled = async (promise: Promise<void>) => {
  let isDone = false;
  void promise.then(() => (isDone = true));
  await new Promise((r) => setTimeout(r, 20));
  return isDone;
};

test.each([
  ['no early registration', null, () => undefined],
  ['the page already controlled', {}, () => Promise.resolve({ installing: worker, waiting: null })],
  [
    'an active worker not in control (hard reload)',
    null,
    () => Promise.resolve({ installing: null, waiting: null }),
  ],
  ['a failed registration', null, () => Promise.reject(new Error('404'))],
])('does not wait with %s', async (_name, controller, early) => {
  const container = fakeContainer(controller);
  expect(await settled(untilEarlyWorkerControls(container as never, early() as never))).toBe(true);
});

test('waits for a worker still installing to take control', async () => {
  const container = fakeContainer(null);
  const waiting = untilEarlyWorkerControls(
    container as never,
    Promise.resolve({ installing: worker, waiting: null }),
  );
  expect(await settled(waiting)).toBe(false);
  container.takeControl();
  expect(await settled(waiting)).toBe(true);
});

test('gives up after the time-out, leaving the rest to msw', async () => {
  const container = fakeContainer(null);
  const waiting = untilEarlyWorkerControls(
    container as never,
    Promise.resolve({ installing: null, waiting: worker }),
    30,
  );
  expect(await settled(waiting)).toBe(false);
  await new Promise((r) => setTimeout(r, 40));
  expect(await settled(waiting)).toBe(true);
});
