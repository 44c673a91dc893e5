import { applyChanges } from '../../domain/put-body';
import { referralSchema, type Referral } from '../../domain/referral-schema';
import { createFaultController, type FaultController, type FaultScenario } from '../rules/faults';
import { createSimApi, type SimulatorApi } from '../rules/sim-api';
import { createSimStore } from './sim-store';
import { DEFAULT_SEED } from '../seed/seed';
import { newETag, nextServerTimestamp } from '../rules/server-values';
import type { KeyValueStorage } from './storage';

/**
 * The Partner Center simulator (spec section 4): the demo backend and the unit-test server.
 * State lives in the given storage and is re-read on every request, so a reload keeps edits and
 * two tabs share one backend (which is how a real 412 shows up with two tabs).
 */

export type { FaultScenario };

export type RecordedRequest = {
  method: string;
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** Parsed JSON, the raw text when it is not JSON, or undefined when empty. */
  body: unknown;
};

export type Simulator = {
  /** Reseed and drop every change. Without options: the default size and seed. */
  reset(options?: { size?: number; seed?: number }): void;
  size(): number;
  /** Current copies of every referral (lazy expiry applied). */
  all(): Referral[];
  get(id: string): Referral | undefined;
  /** Test/demo helper: apply a change as "someone else" would (new eTag, updatedDateTime). Returns the stored copy. */
  modify(id: string, changes: Record<string, unknown>): Referral;
  faults: FaultController;
  /** Every request the handlers received, in order (in memory only). */
  requests: RecordedRequest[];
  clearRequests(): void;
  /** The operations the msw handlers call; usable directly where msw is not wanted. */
  api: SimulatorApi;
};

export type SimulatorOptions = {
  storage: KeyValueStorage;
  now?: () => Date;
  /** Size used on first start and by `reset()` without a size. */
  defaultSize?: number;
  /** Seed used on first start and by `reset()` without a seed. */
  defaultSeed?: number;
};

export const DEFAULT_SIZE = 60;

export function createSimulator(options: SimulatorOptions): Simulator {
  const now = options.now ?? (() => new Date());
  const defaultSize = options.defaultSize ?? DEFAULT_SIZE;
  const defaultSeed = options.defaultSeed ?? DEFAULT_SEED;
  const store = createSimStore({ storage: options.storage, now, defaultSize, defaultSeed });
  const faults = createFaultController(options.storage);
  const requests: RecordedRequest[] = [];

  const get = (id: string) => {
    const referral = store.current(store.read(), id, now().getTime());
    return referral && structuredClone(referral);
  };

  return {
    reset: (reset = {}) =>
      store.reset({ seed: reset.seed ?? defaultSeed, size: reset.size ?? defaultSize }),
    size: () => store.read().size,
    all: () => structuredClone(store.all(store.read(), now().getTime()).items),
    get,
    modify(id, changes) {
      const at = now();
      const state = store.read();
      const current = store.current(state, id, at.getTime());
      if (!current) throw new Error(`modify: no referral with id '${id}'`);
      const merged = referralSchema.parse(applyChanges(current, changes));
      const stamp = nextServerTimestamp(at, current.updatedDateTime);
      const stored: Referral = { ...merged, id, updatedDateTime: stamp, eTag: newETag(at) };
      if (current.status !== 'Active' && stored.status === 'Active')
        stored.acceptedDateTime ??= stamp;
      if (current.status !== 'Closed' && stored.status === 'Closed')
        stored.closedDateTime ??= stamp;
      store.save(state, stored);
      return structuredClone(stored);
    },
    faults,
    requests,
    clearRequests: () => {
      requests.length = 0;
    },
    api: createSimApi({ store, now, faults, storage: options.storage }),
  };
}
