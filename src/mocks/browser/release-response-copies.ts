import type { LifeCycleEventsMap } from 'msw';
import type { SetupWorker } from 'msw/browser';

type ResponseEvent = LifeCycleEventsMap['response:mocked'][0];

/**
 * For its `response:*` events, msw's worker sends the page a copy of every answer's body as a
 * stream moved over a MessagePort. Nobody here reads those events, so each copy stayed open and the
 * browser kept its stream and port alive for good: about one per request, a slow leak over a day in
 * demo mode. Cancelling each copy closes the port; the answer the app reads is a separate stream.
 */
export function releaseResponseCopies(events: SetupWorker['events']): void {
  const release = ({ response }: ResponseEvent) => {
    if (response.body && !response.bodyUsed) void response.body.cancel().catch(() => {});
  };
  events.on('response:mocked', release);
  events.on('response:bypass', release);
}
