import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useT } from '../../components/ui/use-t';
import { isApiError } from '../../api/api-error';
import { cachedReferral } from '../../api/referral-cache';
import { referralQueries } from '../../api/referral-queries';
import { useIsSavingReferral, useUpdateReferral } from '../../api/use-update-referral';
import { useToast } from '../../components/ui/toast';
import {
  mergedChanges,
  threeWayMerge,
  type ConflictChoice,
  type MergeResult,
} from '../../domain/merge';
import { applyChanges, type ReferralChanges } from '../../domain/put-body';
import type { Referral } from '../../domain/referral-schema';
import { hasChanges, toChanges, toFormValues, toReferral, type FormValues } from './form-model';
import { fieldForTarget } from './server-targets';

export type Conflict = {
  /** The copy the user started from: with `mine` and `latest`, the three copies merged. */
  from: Referral;
  latest: Referral;
  mine: Referral;
  merge: MergeResult;
  /** What the toast says once the merged save lands ("Referral closed." for a close). */
  successMessage: string;
};
export type SaveFailure = { error: unknown; retryAt: number | undefined };
/** A save the server refused (400): nothing was stored; `tried` is what the user wanted saved. */
export type SaveRefusal = { message: string; from: Referral; tried: Referral };

type Options = {
  form: UseFormReturn<FormValues>;
  /** The copy the user started from (with its eTag). */
  base: Referral;
  onBaseChange: (referral: Referral) => void;
};

/**
 * Saving the form: only changed fields go out, through the one write path with the user-merge
 * policy (the eTag comes from the cache when the write starts). A 412 turns into a three-way merge
 * the user reviews; a 400 lands on its field; anything worth
 * retrying keeps every value and offers Retry. Nothing the user typed is ever reset away.
 */
export function useReferralSave({ form, base, onBaseChange }: Options) {
  const { t } = useT('edit');
  const queryClient = useQueryClient();
  const update = useUpdateReferral('user-merge');
  const isWriting = useIsSavingReferral(base.id);
  const toast = useToast();
  const [failure, setFailure] = useState<SaveFailure>();
  const [conflict, setConflict] = useState<Conflict>();
  const [refusal, setRefusal] = useState<SaveRefusal>();
  const [isLoadingLatest, setIsLoadingLatest] = useState(false);
  // One client-request-id per logical save: a Retry of the same changes reuses it.
  const attempt = useRef<{ key: string; requestId: string }>(undefined);

  /** Adopt the server's copy; edits typed after submitting stay on top of it, still unsaved. */
  const adoptSaved = (saved: Referral, submitted: Referral) => {
    const typedSince = toChanges(submitted, form.getValues());
    onBaseChange(saved);
    form.reset(toFormValues(saved));
    if (hasChanges(typedSince))
      form.reset(toFormValues(applyChanges(saved, typedSince)), { keepDefaultValues: true });
  };

  const openConflict = (from: Referral, latest: Referral, successMessage: string) => {
    // The values as they are now, so edits typed while the request was out are part of "mine".
    const mine = applyChanges(from, toChanges(from, form.getValues()));
    const merge = threeWayMerge(from, mine, latest);
    if (merge.mineOnly.length === 0 && merge.conflicts.length === 0) {
      // Every change of mine is already on the server (e.g. a retried save whose first attempt
      // landed): there is nothing to ask, only the newer copy to adopt.
      adoptSaved(latest, mine);
      toast.show(successMessage, 'success');
      return;
    }
    setConflict({ from, latest, mine, merge, successMessage });
  };

  const handleFailure = async (error: unknown, from: Referral, successMessage: string) => {
    if (isApiError(error) && error.isConflict) {
      setIsLoadingLatest(true);
      try {
        const latest = await queryClient.fetchQuery({
          ...referralQueries.detail(from.id),
          staleTime: 0,
        });
        openConflict(from, latest, successMessage);
      } catch (fetchError) {
        setFailure({ error: fetchError, retryAt: undefined });
      } finally {
        setIsLoadingLatest(false);
      }
      return;
    }
    if (isApiError(error) && error.kind === 'http' && error.status === 400) {
      // Said in the save-problem area whatever the target: a read-only form (a merge that took
      // someone's close) renders no field for it, and the values stay for the user to copy.
      const tried = applyChanges(from, toChanges(from, form.getValues()));
      setRefusal({ message: t('save.rejectedTop', { message: error.message }), from, tried });
      const field = fieldForTarget(error.target);
      if (field) {
        const message = t('save.rejected', { message: error.message });
        form.setError(field, { type: 'server', message }, { shouldFocus: true });
      }
      return;
    }
    const retryAfter =
      isApiError(error) && error.status === 429 ? (error.retryAfterMs ?? 1000) : undefined;
    setFailure({ error, retryAt: retryAfter === undefined ? undefined : Date.now() + retryAfter });
  };

  /** The confirmation names what the save did: accepted, closed, or saved. */
  const successFor = (values: FormValues, from: Referral) => {
    if (values.status === from.status) return t('save.saved');
    if (values.status === 'Closed') return t('save.closed');
    return values.status === 'Active' ? t('save.accepted') : t('save.saved');
  };

  const save = async (
    values: FormValues,
    from: Referral = base,
    successMessage: string = successFor(values, from),
  ): Promise<boolean> => {
    setFailure(undefined);
    setRefusal(undefined);
    const changes: ReferralChanges = toChanges(from, values);
    if (!hasChanges(changes)) {
      toast.show(t('save.nothing'), 'info');
      return false;
    }
    // The cache already holds a newer copy (another tab, a refetch): merge before sending.
    const cached = cachedReferral(queryClient, from.id);
    if (cached?.eTag && from.eTag && cached.eTag !== from.eTag) {
      openConflict(from, cached, successMessage);
      return false;
    }
    const key = JSON.stringify(changes);
    if (attempt.current?.key !== key) attempt.current = { key, requestId: crypto.randomUUID() };
    try {
      const { referral: saved } = await update({
        id: from.id,
        changes,
        clientRequestId: attempt.current.requestId,
      });
      attempt.current = undefined;
      adoptSaved(saved, toReferral(from, values));
      toast.show(successMessage, 'success');
      return true;
    } catch (error) {
      await handleFailure(error, from, successMessage);
      return false;
    }
  };

  /** The user's picks: base becomes the latest copy, the form shows latest + my changes, save. */
  const resolveConflict = (choices: Record<string, ConflictChoice>) => {
    if (!conflict) return;
    const { latest, mine, merge, successMessage } = conflict;
    const next = toFormValues(applyChanges(latest, mergedChanges(mine, merge, choices)));
    setConflict(undefined);
    onBaseChange(latest);
    form.reset(toFormValues(latest));
    form.reset(next, { keepDefaultValues: true });
    void save(next, latest, successMessage);
  };

  return {
    save,
    failure,
    conflict,
    refusal,
    resolveConflict,
    cancelConflict: () => setConflict(undefined),
    isSaving: isWriting || isLoadingLatest,
  };
}
