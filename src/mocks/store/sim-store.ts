import * as z from 'zod/mini';
import type { Referral } from '../../domain/referral-schema';
import { expiryTime, withLazyExpiry } from './lazy-expiry';
import { generateReferrals } from '../seed/seed';
import type { KeyValueStorage } from './storage';

/**
 * The simulator's state. Only `{ seed, size, anchor, changed }` is stored (a few KB), because
 * 20,000 full referrals do not fit localStorage: the base referrals are regenerated from the seed
 * and kept in memory, and `changed` holds every referral written since (created ones included).
 * `anchor` is the "now" the seed was generated at, so a reload or a second tab regenerates exactly
 * the same base data.
 */

export const STATE_KEY = 'referral-desk-sim/v1';
export const MAX_SIZE = 20_000;

export type StoredState = {
  seed: number;
  size: number;
  anchor: string;
  changed: Record<string, Referral>;
};

const storedStateSchema = z.object({
  seed: z.int(),
  size: z.int().check(z.gte(0), z.lte(MAX_SIZE)),
  anchor: z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)))),
  // Written by this code, so a light check is enough; a full parse per change would be slow.
  changed: z.record(z.string(), z.looseObject({ id: z.string(), status: z.string() })),
});

/** Seed and size of the stored state, without generating anything (for start-up decisions). */
export function readStoredSettings(
  storage: KeyValueStorage,
): { seed: number; size: number } | undefined {
  try {
    const raw = storage.getItem(STATE_KEY);
    const parsed = raw
      ? z.pick(storedStateSchema, { seed: true, size: true }).safeParse(JSON.parse(raw))
      : undefined;
    return parsed?.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

type Base = { key: string; items: Referral[]; index: Map<string, number> };

export type SimStore = {
  /** Re-read storage (every request starts here, so other tabs' writes are seen). */
  read(): StoredState;
  /** Store one written referral. Builds a new state, so a failed write leaves the old one intact. */
  save(state: StoredState, referral: Referral): void;
  reset(options: { seed: number; size: number }): void;
  /** Changes whenever the stored state changes, here or in another tab. */
  version(): number;
  current(state: StoredState, id: string, nowMs: number): Referral | undefined;
  /** Every referral as a reader sees it now, and the next instant one of them expires. */
  all(state: StoredState, nowMs: number): { items: Referral[]; nextExpiry: number };
};

export function createSimStore(options: {
  storage: KeyValueStorage;
  now: () => Date;
  defaultSize: number;
  defaultSeed: number;
}): SimStore {
  const { storage, now } = options;
  let lastRaw: string | null = null;
  let lastState: StoredState | undefined;
  let version = 0;
  let base: Base | undefined;

  const write = (state: StoredState) => {
    const raw = JSON.stringify(state);
    storage.setItem(STATE_KEY, raw);
    lastRaw = raw;
    lastState = state;
    version += 1;
  };

  const fresh = (seed: number, size: number): StoredState => ({
    seed,
    size: Math.min(Math.max(0, Math.floor(size)), MAX_SIZE),
    anchor: now().toISOString(),
    changed: {},
  });

  const read = (): StoredState => {
    const raw = storage.getItem(STATE_KEY);
    if (raw !== null && raw === lastRaw && lastState) return lastState;
    let parsed: StoredState | undefined;
    try {
      const result = raw === null ? undefined : storedStateSchema.safeParse(JSON.parse(raw));
      if (result?.success) parsed = result.data as StoredState;
    } catch {
      // Unreadable state (hand-edited, or an older format): start over below.
    }
    if (!parsed) {
      const state = fresh(options.defaultSeed, options.defaultSize);
      write(state);
      return state;
    }
    lastRaw = raw;
    lastState = parsed;
    version += 1;
    return parsed;
  };

  const baseOf = (state: StoredState): Base => {
    const key = `${state.seed}|${state.size}|${state.anchor}`;
    if (base?.key !== key) {
      const items = generateReferrals({
        seed: state.seed,
        size: state.size,
        now: new Date(state.anchor),
      });
      base = { key, items, index: new Map(items.map((r, i) => [r.id, i])) };
    }
    return base;
  };

  return {
    read,
    save: (state, referral) =>
      write({ ...state, changed: { ...state.changed, [referral.id]: referral } }),
    reset: ({ seed, size }) => write(fresh(seed, size)),
    version: () => version,
    current(state, id, nowMs) {
      const { items, index } = baseOf(state);
      const position = index.get(id);
      const stored = Object.prototype.hasOwnProperty.call(state.changed, id)
        ? state.changed[id]
        : position === undefined
          ? undefined
          : items[position];
      return stored && withLazyExpiry(stored, nowMs);
    },
    all(state, nowMs) {
      const { items, index } = baseOf(state);
      const out: Referral[] = [];
      let nextExpiry = Infinity;
      const add = (stored: Referral) => {
        const at = expiryTime(stored);
        if (at !== undefined && at > nowMs) nextExpiry = Math.min(nextExpiry, at);
        out.push(withLazyExpiry(stored, nowMs));
      };
      for (const item of items) add(state.changed[item.id] ?? item);
      // Referrals created through POST follow the seeded ones, oldest first.
      for (const [id, stored] of Object.entries(state.changed)) if (!index.has(id)) add(stored);
      return { items: out, nextExpiry };
    },
  };
}
