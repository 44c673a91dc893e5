import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useT } from '../../components/ui/use-t';
import { useLocation } from 'wouter';
import { isApiError } from '../../api/api-error';
import { useCreateReferral } from '../../api/use-create-referral';
import { useToast } from '../../components/ui/toast';
import { buildCreateBody, createFormSchema, type CreateFormValues } from '../../domain/create-form';
import { useApiErrorText } from '../../shared/api-error-text';
import { ErrorSummary } from '../../shared/form/error-summary';
import { FormKitProvider, type FormKit } from '../../shared/form/form-kit';
import { LeaveGuard } from '../../shared/leave-guard';
import { ConsentSection, CustomerSection, TeamSection } from './customer-section';
import { DealSection } from './deal-section';
import { DealTypeSection } from './deal-type-section';
import { DuplicateWarning } from './duplicate-warning';
import { useFieldLabel } from './field-labels';
import { createFieldForTarget } from './server-targets';

/** The shared fields' ids start with "create-"; its words are in the 'create' namespace. */
const CREATE_KIT: FormKit = { form: 'create', marksRequired: true };

/**
 * The "New referral" form. Save is one POST; a failed save keeps every value and offers Retry,
 * which sends the same request id (useCreateReferral), so a retry never makes a second referral.
 * A 400 lands at its field. On success the app opens the new referral's edit page.
 */
export function CreateForm({ initialValues }: { initialValues: CreateFormValues }) {
  const { t } = useT('create');
  const [, navigate] = useLocation();
  const toast = useToast();
  const errorText = useApiErrorText();
  const label = useFieldLabel();
  const create = useCreateReferral();
  const form = useForm<CreateFormValues>({
    defaultValues: initialValues,
    resolver: zodResolver(createFormSchema),
  });
  const [failure, setFailure] = useState<unknown>();
  const [topError, setTopError] = useState<string>();
  const [createdId, setCreatedId] = useState<string>();
  const { isDirty } = form.formState;

  // After the leave guard has seen that nothing is unsaved any more (child effects run first).
  useEffect(() => {
    if (createdId) navigate(`/referrals/${encodeURIComponent(createdId)}`);
  }, [createdId, navigate]);

  const handleValid = async (values: CreateFormValues) => {
    setFailure(undefined);
    setTopError(undefined);
    try {
      const created = await create.create(buildCreateBody(values));
      toast.show(t('save.created', { name: created.name || created.id }), 'success');
      setCreatedId(created.id);
    } catch (error) {
      if (isApiError(error) && error.kind === 'http' && error.status === 400) {
        const message = t('save.rejected', { message: error.serverMessage ?? error.message });
        const field = createFieldForTarget(error.target);
        if (field) form.setError(field, { type: 'server', message }, { shouldFocus: true });
        else setTopError(message);
        return;
      }
      setFailure(error);
    }
  };
  const submit = form.handleSubmit(handleValid);
  const isSaving = create.isPending;

  return (
    <FormProvider {...form}>
      <FormKitProvider kit={CREATE_KIT}>
        <form
          noValidate
          className="edit-form create-form"
          aria-label={t('title')}
          onSubmit={(event) => void submit(event)}
        >
          <ErrorSummary label={label} />
          {topError && (
            <div className="callout callout-danger" role="alert">
              <p>{topError}</p>
            </div>
          )}
          {failure !== undefined && (
            <div className="callout callout-danger save-problem">
              <div role="alert">
                <p>{t('save.failed')}</p>
                <p>{errorText(failure)}</p>
              </div>
              <button type="button" onClick={() => void submit()} disabled={isSaving}>
                {t('save.retry')}
              </button>
            </div>
          )}
          <div className="edit-fields">
            <DealTypeSection />
            <DealSection />
            <CustomerSection />
            <ConsentSection />
            <TeamSection />
          </div>
          <DuplicateWarning />
          <div className="edit-actions">
            <p>{t('actions.hint')}</p>
            <button type="submit" disabled={isSaving || createdId !== undefined}>
              {isSaving ? t('actions.creating') : t('actions.create')}
            </button>
          </div>
        </form>
        <LeaveGuard isDirty={isDirty && createdId === undefined} />
      </FormKitProvider>
    </FormProvider>
  );
}
