import type { QueryClient } from '@tanstack/react-query';
import type { Referral } from '../domain/referral-schema';
import { referralKeys, type ReferralList } from './referral-queries';

/** Write a server copy into the detail cache and every list cache that holds it. No refetch. */
export function storeReferral(queryClient: QueryClient, referral: Referral): void {
  queryClient.setQueryData(referralKeys.detail(referral.id), referral);
  queryClient.setQueriesData<ReferralList>({ queryKey: referralKeys.lists() }, (list) => {
    if (!list) return list;
    const index = list.items.findIndex((r) => r.id === referral.id);
    if (index < 0) return list;
    const items = list.items.slice();
    items[index] = referral;
    return { ...list, items };
  });
}

/** The freshest cached copy of a referral: the detail cache, or else any list cache. */
export function cachedReferral(queryClient: QueryClient, id: string): Referral | undefined {
  const detail = queryClient.getQueryData<Referral>(referralKeys.detail(id));
  if (detail) return detail;
  for (const [, list] of queryClient.getQueriesData<ReferralList>({
    queryKey: referralKeys.lists(),
  })) {
    const found = list?.items.find((r) => r.id === id);
    if (found) return found;
  }
  return undefined;
}
