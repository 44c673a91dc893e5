import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { hashKey } from '@tanstack/react-query';
import { newId } from './http-client';

/**
 * `client-request-id` per logical call, the same on its retries (Partner API headers). A query's
 * retries call its function again; they are told apart from a new fetch by the query's failure
 * count, which is above zero only while the same fetch is being retried. A list fetch sends one
 * request per page, so ids are kept per page.
 */
const idsByQuery = new Map<string, string[]>();

export type RequestIds = { forRequest: (index: number) => string; done: () => void };

export function logicalRequestIds(client: QueryClient, queryKey: QueryKey): RequestIds {
  const hash = hashKey(queryKey);
  const isRetry = (client.getQueryState(queryKey)?.fetchFailureCount ?? 0) > 0;
  let ids = isRetry ? idsByQuery.get(hash) : undefined;
  if (!ids) {
    ids = [];
    idsByQuery.set(hash, ids);
  }
  const list = ids;
  return {
    forRequest: (index) => (list[index] ??= newId()),
    done: () => {
      if (idsByQuery.get(hash) === list) idsByQuery.delete(hash);
    },
  };
}
