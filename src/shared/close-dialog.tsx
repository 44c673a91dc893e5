import { zodResolver } from '@hookform/resolvers/zod';
import { useId, type ChangeEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useT } from '../components/ui/use-t';
import { ModalDialog } from '../components/ui/modal-dialog';
import { FormActions } from '../components/ui/form-actions';
import {
  CLOSE_REASONS,
  closeOutcomesForReferral,
  composeStatusReason,
  type CloseDecision,
  type CloseOutcome,
} from '../domain/close';
import type { Referral } from '../domain/referral-schema';
import { stagePair } from '../domain/status-machine';
import { closeFormSchema, type CloseFormValues } from './close-form-schema';
import './referral-forms.css';

export type CloseDialogProps = {
  /** The saved copy: outcomes are offered from its saved stage. */
  referral: Referral;
  isOpen: boolean;
  /** e.g. the column a card was dropped on. */
  initialOutcome?: CloseOutcome;
  isSubmitting?: boolean;
  /** What the user typed last time (a close that failed): the dialog opens with it, nothing lost. */
  draft?: CloseFormValues;
  onCancel: () => void;
  /** The decision to save, and the form values that made it (keep them as a draft if it fails). */
  onConfirm: (decision: CloseDecision, values: CloseFormValues) => void;
};

/** Close a referral: outcome, a required reason (preset + free text) and, for Won, the final value. */
export function CloseDialog(props: CloseDialogProps) {
  const { t } = useT('referral');
  const { referral, isOpen, isSubmitting = false, onCancel } = props;
  return (
    <ModalDialog
      title={t('close.title', { name: referral.name || referral.id })}
      isOpen={isOpen}
      // Escape must not abandon a close that is already on its way to the server.
      onClose={isSubmitting ? () => undefined : onCancel}
      description={<p className="callout callout-warning">{t('close.irreversible')}</p>}
    >
      {/* ModalDialog renders children only while open, so every opening starts from fresh values. */}
      <CloseForm {...props} />
    </ModalDialog>
  );
}

function CloseForm({
  referral,
  initialOutcome,
  draft,
  isSubmitting = false,
  onCancel,
  onConfirm,
}: CloseDialogProps) {
  const { t } = useT('referral');
  const ids = useId();
  const outcomes = closeOutcomesForReferral(referral);
  const firstOutcome =
    initialOutcome && outcomes.includes(initialOutcome) ? initialOutcome : outcomes[0];
  const form = useForm<CloseFormValues>({
    resolver: zodResolver(closeFormSchema),
    defaultValues: {
      outcome: firstOutcome ?? 'closed-declined',
      preset: '',
      details: '',
      dealValue: String(referral.details?.dealValue ?? ''),
      ...(draft && outcomes.includes(draft.outcome) ? draft : {}),
    },
  });
  const { register, handleSubmit, setValue, getValues, formState } = form;
  const { errors } = formState;
  const outcome = useWatch({ control: form.control, name: 'outcome' });
  const preset = useWatch({ control: form.control, name: 'preset' });
  const currency = referral.details?.currency || '—';

  const handleValid = (values: CloseFormValues) => {
    const label = values.preset ? t(`common:closeReason.${values.preset}`) : '';
    onConfirm(
      {
        outcome: values.outcome,
        statusReason: composeStatusReason(label, values.details),
        ...(values.outcome === 'closed-won' ? { dealValue: Number(values.dealValue.trim()) } : {}),
      },
      values,
    );
  };

  if (!firstOutcome) {
    return (
      <>
        <p>{t('close.noOutcome')}</p>
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('close.cancel')}
          </button>
        </div>
      </>
    );
  }

  const errorText = (message: string | undefined) =>
    message ? t(`close.errors.${message}`) : undefined;
  const describedBy = (name: string, hasHint = false) =>
    [
      hasHint ? `${ids}-${name}-hint` : '',
      errors[name as keyof CloseFormValues] ? `${ids}-${name}-error` : '',
    ]
      .filter(Boolean)
      .join(' ') || undefined;

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(handleValid)(event)}>
      <fieldset className="choice-group">
        <legend>{t('close.outcome')}</legend>
        {outcomes.map((o) => (
          <label key={o} className="choice">
            <input
              type="radio"
              value={o}
              {...register('outcome', {
                onChange: (event: ChangeEvent<HTMLInputElement>) => {
                  // Won and Lost/Declined have different presets: drop one that no longer fits.
                  const next = event.target.value as CloseOutcome;
                  const current = getValues('preset');
                  if (current && !CLOSE_REASONS[next].includes(current)) setValue('preset', '');
                },
              })}
            />
            {t(`common:substatus.${stagePair(o).substatus}`)}
          </label>
        ))}
      </fieldset>

      <div className="field">
        <label htmlFor={`${ids}-preset`}>{t('close.reason')}</label>
        <select
          id={`${ids}-preset`}
          aria-invalid={errors.preset ? true : undefined}
          aria-describedby={describedBy('preset')}
          aria-required
          {...register('preset')}
        >
          <option value="">{t('close.reasonPlaceholder')}</option>
          {CLOSE_REASONS[outcome].map((key) => (
            <option key={key} value={key}>
              {t(`common:closeReason.${key}`)}
            </option>
          ))}
        </select>
        <FieldError id={`${ids}-preset-error`} message={errorText(errors.preset?.message)} />
      </div>

      <div className="field">
        <label htmlFor={`${ids}-details`}>{t('close.details')}</label>
        <textarea
          id={`${ids}-details`}
          aria-invalid={errors.details ? true : undefined}
          aria-describedby={describedBy('details', true)}
          aria-required={preset === 'other'}
          {...register('details')}
        />
        <p id={`${ids}-details-hint`} className="field-hint">
          {t('close.detailsHint')}
        </p>
        <FieldError id={`${ids}-details-error`} message={errorText(errors.details?.message)} />
      </div>

      {outcome === 'closed-won' && (
        <div className="field">
          <label htmlFor={`${ids}-dealValue`}>{t('close.dealValue', { currency })}</label>
          <input
            id={`${ids}-dealValue`}
            inputMode="decimal"
            autoComplete="off"
            aria-invalid={errors.dealValue ? true : undefined}
            aria-describedby={describedBy('dealValue', true)}
            aria-required
            {...register('dealValue')}
          />
          <p id={`${ids}-dealValue-hint`} className="field-hint">
            {t('close.dealValueHint')}
          </p>
          <FieldError
            id={`${ids}-dealValue-error`}
            message={errorText(errors.dealValue?.message)}
          />
        </div>
      )}

      <FormActions
        cancelLabel={t('close.cancel')}
        submitLabel={isSubmitting ? t('close.confirming') : t('close.confirm')}
        isSubmitting={isSubmitting}
        onCancel={onCancel}
      />
    </form>
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {message}
    </p>
  );
}
