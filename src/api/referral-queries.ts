import { queryOptions } from '@tanstack/react-query';
import type { UnreadableReferral } from '../domain/referral-page';
import type { Referral } from '../domain/referral-schema';
import { referralApi } from './api-registry';
import type { ServerFilter } from './odata-filter';
import { getReferral, getReferrals } from './referrals';
import { logicalRequestIds } from './request-ids';

/** Performance marks the benchmark reads (data available → rows painted). */
function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(name);
}

/** The list as the cache holds it: grows page by page while `isComplete` is false. */
export type ReferralList = {
  items: Referral[];
  /** Items the app could not read (shown read-only, never edited); absent means none. */
  unreadable?: readonly UnreadableReferral[];
  pages: number;
  isComplete: boolean;
};

export const referralKeys = {
  all: ['referrals'] as const,
  lists: () => [...referralKeys.all, 'list'] as const,
  list: (filter: ServerFilter) => [...referralKeys.lists(), filter] as const,
  details: () => [...referralKeys.all, 'detail'] as const,
  detail: (id: string) => [...referralKeys.details(), id] as const,
};

export const referralQueries = {
  /** Every referral matching the server filter; rows appear as each page arrives. */
  list: (filter: ServerFilter = {}) =>
    queryOptions({
      queryKey: referralKeys.list(filter),
      queryFn: async ({ signal, client, queryKey }): Promise<ReferralList> => {
        const ids = logicalRequestIds(client, queryKey);
        let unreadable: UnreadableReferral[] = [];
        const items = await getReferrals(referralApi(), filter, {
          signal,
          requestId: ids.forRequest,
          onPage: (progress) => {
            unreadable = progress.unreadable;
            if (progress.pages === 1) mark('rd:list-first-page');
            // A refetch keeps showing the complete list it replaces until the new one is complete.
            const current = client.getQueryData<ReferralList>(queryKey);
            if (!progress.isComplete && !current?.isComplete) {
              client.setQueryData<ReferralList>(queryKey, {
                items: progress.items.slice(),
                unreadable: progress.unreadable.slice(),
                pages: progress.pages,
                isComplete: false,
              });
            }
          },
        });
        mark('rd:list-complete');
        ids.done();
        return { items, unreadable, pages: 0, isComplete: true };
      },
      staleTime: 30_000,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: referralKeys.detail(id),
      queryFn: async ({ signal, client, queryKey }) => {
        const ids = logicalRequestIds(client, queryKey);
        const referral = await getReferral(referralApi(), id, {
          signal,
          clientRequestId: ids.forRequest(0),
        });
        ids.done();
        return referral;
      },
      staleTime: 30_000,
    }),
};
