import { ApiError } from './api-error';
import { retryDelay, shouldRetry } from './retry-policy';

const http = (status: number, retryAfterMs?: number) =>
  new ApiError({ kind: 'http', status, message: 'x', retryAfterMs });

describe('retry policy', () => {
  test.each([
    [http(400), false],
    [http(404), false],
    [http(412), false],
    [http(429), true],
    [http(500), true],
    [http(503), true],
    [new ApiError({ kind: 'network', message: 'x' }), true],
    [new ApiError({ kind: 'timeout', message: 'x' }), true],
    [new ApiError({ kind: 'invalid-response', message: 'x' }), false],
    [new Error('bug'), false],
  ])('retries %o: %s', (error, expected) => {
    expect(shouldRetry(0, error)).toBe(expected);
  });

  test('is bounded', () => {
    expect(shouldRetry(1, http(500))).toBe(true);
    expect(shouldRetry(2, http(500))).toBe(false);
  });

  test('waits for Retry-After, else backs off exponentially', () => {
    expect(retryDelay(0, http(429, 5000))).toBe(5000);
    expect(retryDelay(0, http(500))).toBe(500);
    expect(retryDelay(2, http(500))).toBe(2000);
    expect(retryDelay(10, http(500))).toBe(8000);
  });
});
