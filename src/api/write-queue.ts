/**
 * Writes to one referral run one after another: a second save waits for the first and then reads
 * the eTag the first one stored, so rapid edits or drags never break the ETag chain.
 */
const tails = new Map<string, Promise<unknown>>();

export function enqueueWrite<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}
