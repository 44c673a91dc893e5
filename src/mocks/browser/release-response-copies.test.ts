import type { SetupWorker } from 'msw/browser';
import { releaseResponseCopies } from './release-response-copies';

type Listener = (event: { response: Response }) => void;

function fakeEvents() {
  const listeners = new Map<string, Listener[]>();
  const events = {
    on: (type: string, listener: Listener) => {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
  } as unknown as SetupWorker['events'];
  const emit = (type: string, response: Response) => {
    for (const listener of listeners.get(type) ?? []) listener({ response });
  };
  return { events, emit };
}

function copyWithBody() {
  const state = { isCancelled: false };
  const body = new ReadableStream<Uint8Array>({
    cancel: () => {
      state.isCancelled = true;
    },
  });
  return { response: new Response(body), state };
}

describe('releaseResponseCopies', () => {
  it.each(['response:mocked', 'response:bypass'])(
    'cancels the body copy of a %s event',
    async (type) => {
      const { events, emit } = fakeEvents();
      releaseResponseCopies(events);
      const { response, state } = copyWithBody();

      emit(type, response);
      await Promise.resolve();

      expect(state.isCancelled).toBe(true);
    },
  );

  it('leaves answers without a body alone', () => {
    const { events, emit } = fakeEvents();
    releaseResponseCopies(events);

    expect(() => emit('response:mocked', new Response(null, { status: 204 }))).not.toThrow();
  });
});
