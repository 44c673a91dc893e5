import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useT } from '../../components/ui/use-t';
import { ModalDialog } from '../../components/ui/modal-dialog';
import type { CloseDecision } from '../../domain/close';
import type { Referral } from '../../domain/referral-schema';
import { isReadOnlyStage, stageOfReferral, stagePair } from '../../domain/status-machine';
import { CloseDialog } from '../../shared/close-dialog';
import { ConflictView } from '../../shared/conflict-view';
import { ErrorSummary } from '../../shared/form/error-summary';
import { FormKitProvider, type FormKit } from '../../shared/form/form-kit';
import { LeaveGuard } from '../../shared/leave-guard';
import { ClosedBanner } from './closed-banner';
import { ConsentSection, CustomerSection, TeamSection } from './customer-section';
import { DealSection } from './deal-section';
import { toFormValues, type FormValues } from './form-model';
import { createFormSchema } from './form-schema';
import { RequirementsSection } from './requirements-section';
import { SaveProblem, useSecondsUntil } from './save-problem';
import { SaveRefused } from './save-refused';
import { useFieldLabel } from './field-labels';
import { ServerFacts } from './server-facts';
import { StatusSection } from './status-section';
import { useReferralSave } from './use-referral-save';

/** The shared fields' ids start with "edit-"; its words are in the 'edit' namespace. */
const EDIT_KIT: FormKit = { form: 'edit', marksRequired: false };

/**
 * Holds the form over one referral. `base` is the copy the user started from: it changes only when
 * a save succeeds or a merge adopts a newer copy, never because the cache moved underneath.
 */
export function ReferralForm({ referral }: { referral: Referral }) {
  const { t } = useT('edit');
  const [base, setBase] = useState(referral);
  const savedValues = useMemo(() => toFormValues(base), [base]);
  const resolver = useMemo(() => zodResolver(createFormSchema(savedValues)), [savedValues]);
  const form = useForm<FormValues>({ defaultValues: savedValues, resolver });
  const fieldLabel = useFieldLabel();
  const saving = useReferralSave({ form, base, onBaseChange: setBase });
  const [closeFor, setCloseFor] = useState<Referral>();
  const [isClosing, setIsClosing] = useState(false);
  const secondsLeft = useSecondsUntil(saving.failure?.retryAt);
  const isReadOnly = isReadOnlyStage(stageOfReferral(base));
  const isBusy = saving.isSaving || isClosing || secondsLeft > 0;
  const { isDirty } = form.formState;
  // A refresh brought a newer server copy than the one the form started from. The form keeps
  // what the user typed; the 412 merge on save lays it over the newer copy.
  const hasServerChange =
    !saving.isSaving && !!referral.eTag && !!base.eTag && referral.eTag !== base.eTag;
  const handleLoadLatest = () => {
    setBase(referral);
    form.reset(toFormValues(referral));
  };

  const submit = (message?: string) =>
    form.handleSubmit((values) => saving.save(values, base, message));

  const handleAccept = () => {
    form.setValue('status', 'Active', { shouldDirty: true });
    form.setValue('substatus', 'Accepted', { shouldDirty: true });
    void submit(t('save.accepted'))();
  };

  const handleRequestClose = () => {
    // Won confirms the deal value: offer what the user has typed, not only the saved one.
    const typed = Number(form.getValues('dealValue'));
    const dealValue =
      form.getValues('dealValue').trim() !== '' && Number.isFinite(typed)
        ? typed
        : base.details?.dealValue;
    setCloseFor({ ...base, details: { ...base.details, dealValue } });
  };

  const handleCloseConfirm = async (decision: CloseDecision) => {
    const { status, substatus } = stagePair(decision.outcome);
    form.setValue('status', status, { shouldDirty: true });
    form.setValue('substatus', substatus, { shouldDirty: true });
    form.setValue('statusReason', decision.statusReason, { shouldDirty: true });
    if (decision.dealValue !== undefined)
      form.setValue('dealValue', String(decision.dealValue), { shouldDirty: true });
    setIsClosing(true);
    await submit(t('save.closed'))();
    setIsClosing(false);
    setCloseFor(undefined);
  };

  return (
    <FormProvider {...form}>
      <FormKitProvider kit={EDIT_KIT}>
        <form
          noValidate
          className="edit-form"
          aria-label={t('title')}
          onSubmit={(event) => void submit()(event)}
        >
          <ErrorSummary label={fieldLabel} />
          {saving.refusal && <SaveRefused {...saving.refusal} />}
          {hasServerChange && (
            <div role="status" className="callout callout-warning" data-testid="server-changed">
              <p>{isDirty ? t('serverChanged.dirty') : t('serverChanged.clean')}</p>
              {!isDirty && (
                <button type="button" className="button-secondary" onClick={handleLoadLatest}>
                  {t('serverChanged.load')}
                </button>
              )}
            </div>
          )}
          {saving.failure && (
            <SaveProblem
              error={saving.failure.error}
              secondsLeft={secondsLeft}
              isBusy={saving.isSaving}
              onRetry={() => void submit()()}
            />
          )}
          {isReadOnly && <ClosedBanner referral={base} />}
          <fieldset disabled={isReadOnly} className="edit-fields">
            {!isReadOnly && (
              <StatusSection
                saved={base}
                isBusy={isBusy}
                onAccept={handleAccept}
                onRequestClose={handleRequestClose}
              />
            )}
            <DealSection />
            <RequirementsSection savedSolutions={base.details?.requirements?.solutions} />
            <CustomerSection savedSize={savedValues.customerSize} />
            <ConsentSection />
            <TeamSection />
          </fieldset>
          {!isReadOnly && (
            <div className="edit-actions">
              <p>{isDirty ? t('actions.unsaved') : t('actions.upToDate')}</p>
              <button type="submit" disabled={isBusy}>
                {saving.isSaving ? t('actions.saving') : t('actions.save')}
              </button>
            </div>
          )}
        </form>
        <ServerFacts referral={base} />
        <CloseDialog
          referral={closeFor ?? base}
          isOpen={closeFor !== undefined}
          isSubmitting={isClosing}
          onCancel={() => setCloseFor(undefined)}
          onConfirm={(decision) => void handleCloseConfirm(decision)}
        />
        <ModalDialog
          title={t('save.conflictTitle')}
          isOpen={saving.conflict !== undefined}
          onClose={saving.cancelConflict}
        >
          {saving.conflict && (
            <ConflictView
              merge={saving.conflict.merge}
              currency={saving.conflict.mine.details?.currency}
              copies={{
                base: saving.conflict.from,
                mine: saving.conflict.mine,
                theirs: saving.conflict.latest,
              }}
              isSubmitting={saving.isSaving}
              onResolve={saving.resolveConflict}
              onCancel={saving.cancelConflict}
            />
          )}
        </ModalDialog>
        {/* A refused save leaves values that exist nowhere else, even on a form now read-only. */}
        <LeaveGuard isDirty={(isDirty && !isReadOnly) || saving.refusal !== undefined} />
      </FormKitProvider>
    </FormProvider>
  );
}
