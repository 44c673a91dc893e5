import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReferralChanges } from '../domain/put-body';
import type { Referral } from '../domain/referral-schema';
import { referralApi } from './api-registry';
import { cachedReferral, storeReferral } from './referral-cache';
import { newId } from './http-client';
import { getReferral, updateReferral } from './referrals';
import { enqueueWrite } from './write-queue';

export type UpdateReferralVariables = {
  id: string;
  /** Only the fields the user changed; laid over the cached copy. */
  changes: ReferralChanges;
  /** Reuse to retry the same logical save with the same client-request-id. */
  clientRequestId?: string;
};

/**
 * Save a referral: the eTag is read from the cache at submit time (never a form field) and sent
 * in If-Match; the response goes into the detail and list caches, so nothing is refetched.
 */
export function useUpdateReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['referrals', 'update'],
    mutationFn: ({ id, changes, clientRequestId }: UpdateReferralVariables): Promise<Referral> =>
      enqueueWrite(id, async () => {
        const api = referralApi();
        let lastRead = cachedReferral(queryClient, id);
        if (!lastRead?.eTag) {
          // List pages may omit eTag (spec 3.1): read the referral once to get it.
          lastRead = await getReferral(api, id);
          storeReferral(queryClient, lastRead);
        }
        const saved = await updateReferral(api, {
          lastRead,
          changes,
          eTag: lastRead.eTag ?? '',
          clientRequestId: clientRequestId ?? newId(),
        });
        // Stored before the next queued write starts, so it reads this eTag.
        storeReferral(queryClient, saved);
        return saved;
      }),
    onSuccess: (saved) => storeReferral(queryClient, saved),
  });
}
