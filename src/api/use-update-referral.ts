import { useIsMutating, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  writeKeys,
  writeReferral,
  type ConflictPolicy,
  type WriteResult,
  type WriteVariables,
} from './referral-writes';

export type UpdateReferralVariables = Omit<WriteVariables, 'policy'>;

/**
 * Save a referral through the one write path (api/referral-writes.ts) with the caller's 412
 * policy: queued per referral, the eTag read from the cache when the write starts, the answer
 * stored in the detail and list caches.
 */
export function useUpdateReferral(
  policy: ConflictPolicy,
): (vars: UpdateReferralVariables) => Promise<WriteResult> {
  const queryClient = useQueryClient();
  return useCallback(
    (vars: UpdateReferralVariables) => writeReferral(queryClient, { ...vars, policy }),
    [policy, queryClient],
  );
}

/** Whether a write of this referral is queued or on its way. */
export function useIsSavingReferral(id: string): boolean {
  return useIsMutating({ mutationKey: writeKeys.referral(id) }) > 0;
}
