import { useUpdateReferral } from '../../api/use-update-referral';
import { closeChanges, type CloseDecision } from '../../domain/close';
import type { Referral } from '../../domain/referral-schema';
import { stagePair } from '../../domain/status-machine';

/**
 * The inbox's two writes, each a single save through the one write path (one PUT, or PATCH in
 * patch mode, with the cached eTag). Like a board move, a 412 is re-applied once when someone else
 * changed only other fields; otherwise it is a conflict the row reports.
 */
export function useTriageActions() {
  const update = useUpdateReferral('auto-reapply');
  return {
    accept: (referral: Referral) =>
      update({ id: referral.id, changes: stagePair('active-accepted') }),
    decline: (referral: Referral, decision: CloseDecision) =>
      update({ id: referral.id, changes: closeChanges(decision) }),
  };
}
