import { MutationCache, QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from '../api/retry-policy';

/**
 * Queries: no retry on 4xx, bounded retry with backoff on 5xx/network/time-out, Retry-After honoured
 * on 429. Mutations never retry by themselves: a save is retried by the user, who sees why it failed.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
    mutationCache: new MutationCache(),
  });
}
