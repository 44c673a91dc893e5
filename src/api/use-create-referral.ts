import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { ReferralCreateBody } from '../domain/create-schema';
import type { Referral } from '../domain/referral-schema';
import { referralApi } from './api-registry';
import { newId } from './http-client';
import { addReferral } from './referral-cache';
import { createReferral } from './referral-write-requests';

/**
 * The `MS-RequestId` of a submission: the same id while the same body is sent again (a retry after
 * a network error or a time-out, when the first POST may have landed), a new id for a different one.
 */
export function createRequestIdKeeper(makeId: () => string = newId) {
  let last: { body: string; id: string } | undefined;
  return (body: ReferralCreateBody): string => {
    const text = JSON.stringify(body);
    if (last?.body !== text) last = { body: text, id: makeId() };
    return last.id;
  };
}

/**
 * Create a referral: one POST whose answer goes into the detail cache and the list caches (the list,
 * the board and their counts show it at once, nothing is refetched). Mutations never retry by
 * themselves: the user retries, with the same request id.
 */
export function useCreateReferral() {
  const queryClient = useQueryClient();
  const keeperRef = useRef<ReturnType<typeof createRequestIdKeeper>>(undefined);
  const mutation = useMutation({
    mutationKey: ['referrals', 'create'],
    mutationFn: ({ body, requestId }: { body: ReferralCreateBody; requestId: string }) =>
      createReferral(referralApi(), body, { requestId }),
    onSuccess: (created: Referral) => addReferral(queryClient, created),
  });
  const create = (body: ReferralCreateBody) => {
    keeperRef.current ??= createRequestIdKeeper();
    return mutation.mutateAsync({ body, requestId: keeperRef.current(body) });
  };
  return { ...mutation, create };
}
