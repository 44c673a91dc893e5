import { useUpdateReferral } from '../../api/use-update-referral';
import { closeChanges, type CloseDecision } from '../../domain/close';
import type { Referral } from '../../domain/referral-schema';
import { stagePair } from '../../domain/status-machine';

/**
 * The inbox's two writes, each a single save through the api layer's mutation (one PUT, or PATCH
 * in patch mode, with the cached eTag). The only place the inbox writes: swap the mutation here.
 */
export function useTriageActions() {
  const update = useUpdateReferral();
  return {
    accept: (referral: Referral) =>
      update.mutateAsync({ id: referral.id, changes: stagePair('active-accepted') }),
    decline: (referral: Referral, decision: CloseDecision) =>
      update.mutateAsync({ id: referral.id, changes: closeChanges(decision) }),
  };
}
