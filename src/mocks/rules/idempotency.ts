import type { Referral } from '../../domain/referral-schema';
import type { SimResult } from './sim-result';
import type { KeyValueStorage } from '../store/storage';

/**
 * B19: a POST retried with the same `MS-RequestId` (or `request-id`) returns the first result
 * instead of creating a duplicate. Remembered per caller for the most recent creates: in the
 * simulator's storage when it has one (the in-browser demo's localStorage, so a retry after a
 * reload or from another tab is recognised too), else in memory.
 */

export const CREATES_KEY = 'referral-desk-sim/creates';
const LIMIT = 200;

export type IdempotentCreates = {
  /** The key of a request that carries an idempotency header, or undefined. */
  keyOf(headers: { get(name: string): string | null }, callerKey: string): string | undefined;
  /** The first answer to this key, while the referral it created still exists. */
  replay(key: string, exists: (id: string) => boolean): SimResult | undefined;
  remember(key: string, result: SimResult): void;
};

type Remembered = Record<string, SimResult>;

function memoryMap(): { load(): Remembered; save(map: Remembered): void } {
  let map: Remembered = {};
  return { load: () => map, save: (next) => void (map = next) };
}

function storedMap(storage: KeyValueStorage): { load(): Remembered; save(map: Remembered): void } {
  return {
    load() {
      try {
        const parsed = JSON.parse(storage.getItem(CREATES_KEY) ?? '{}') as unknown;
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
          ? (parsed as Remembered)
          : {};
      } catch {
        return {};
      }
    },
    save: (map) => storage.setItem(CREATES_KEY, JSON.stringify(map)),
  };
}

export function createIdempotentCreates(storage?: KeyValueStorage): IdempotentCreates {
  const results = storage ? storedMap(storage) : memoryMap();
  return {
    keyOf(headers, callerKey) {
      const id = headers.get('MS-RequestId')?.trim() || headers.get('request-id')?.trim();
      return id ? `${callerKey}|${id}` : undefined;
    },
    replay(key, exists) {
      const map = results.load();
      const first = Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
      const id = (first?.body as Referral | undefined)?.id;
      // After a reset the referral is gone: the retry then creates it anew.
      if (!first || !id || !exists(id)) return undefined;
      return structuredClone(first);
    },
    remember(key, result) {
      // Insertion order is kept by JSON objects for string keys: the oldest go first.
      const map: Remembered = { ...results.load(), [key]: structuredClone(result) };
      const keys = Object.keys(map);
      for (const old of keys.slice(0, Math.max(0, keys.length - LIMIT))) delete map[old];
      results.save(map);
    },
  };
}
