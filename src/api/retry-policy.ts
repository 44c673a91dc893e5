import { isApiError } from './api-error';

export const MAX_RETRIES = 2;

/** Retry 5xx, 429, network errors and time-outs a bounded number of times; never other 4xx. */
export function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  if (error.kind !== 'http' || error.status === undefined) return false;
  return error.status === 429 || error.status >= 500;
}

export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isRetryable(error);
}

/** Honour `Retry-After`; otherwise exponential backoff from 500 ms, capped at 8 s. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterMs !== undefined)
    return Math.min(error.retryAfterMs, 60_000);
  return Math.min(500 * 2 ** failureCount, 8_000);
}
