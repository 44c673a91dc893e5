import type { Referral } from '../../domain/referral-schema';
import type { SimResult } from './sim-result';

/**
 * B19: a POST retried with the same `MS-RequestId` (or `request-id`) returns the first result
 * instead of creating a duplicate. Kept in memory, per caller, for the most recent creates.
 */

const LIMIT = 500;

export type IdempotentCreates = {
  /** The key of a request that carries an idempotency header, or undefined. */
  keyOf(headers: { get(name: string): string | null }, callerKey: string): string | undefined;
  /** The first answer to this key, while the referral it created still exists. */
  replay(key: string, exists: (id: string) => boolean): SimResult | undefined;
  remember(key: string, result: SimResult): void;
};

export function createIdempotentCreates(): IdempotentCreates {
  const results = new Map<string, SimResult>();
  return {
    keyOf(headers, callerKey) {
      const id = headers.get('MS-RequestId')?.trim() || headers.get('request-id')?.trim();
      return id ? `${callerKey}|${id}` : undefined;
    },
    replay(key, exists) {
      const first = results.get(key);
      const id = (first?.body as Referral | undefined)?.id;
      // After a reset the referral is gone: the retry then creates it anew.
      if (!first || !id || !exists(id)) return undefined;
      return structuredClone(first);
    },
    remember(key, result) {
      results.set(key, structuredClone(result));
      while (results.size > LIMIT) results.delete(results.keys().next().value ?? '');
    },
  };
}
