import type { QueryClient } from '@tanstack/react-query';
import type { Referral } from '../domain/referral-schema';
import type { ServerFilter } from './odata-filter';
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

const FILTER_KEYS = [
  'status',
  'substatus',
  'direction',
  'type',
  'qualification',
  'engagementId',
] as const;

/** Whether a referral belongs in the list cached under this server filter. */
function matchesServerFilter(referral: Referral, filter: ServerFilter | undefined): boolean {
  return FILTER_KEYS.every((key) => !filter?.[key] || referral[key] === filter[key]);
}

/**
 * A referral the app just created: into the detail cache and every list cache whose server filter
 * it matches, so the list, the board and their counts show it at once. No refetch.
 */
export function addReferral(queryClient: QueryClient, referral: Referral): void {
  queryClient.setQueryData(referralKeys.detail(referral.id), referral);
  for (const [key, list] of queryClient.getQueriesData<ReferralList>({
    queryKey: referralKeys.lists(),
  })) {
    if (!list) continue;
    const filter = key[2] as ServerFilter | undefined;
    if (!matchesServerFilter(referral, filter)) continue;
    const index = list.items.findIndex((r) => r.id === referral.id);
    const items = list.items.slice();
    if (index < 0) items.push(referral);
    else items[index] = referral;
    queryClient.setQueryData<ReferralList>(key, { ...list, items });
  }
}
