import { useFormContext, useWatch } from 'react-hook-form';
import { useT } from '../../components/ui/use-t';
import { closeOutcomesFor } from '../../domain/close';
import type { Referral, ReferralStatus } from '../../domain/referral-schema';
import { offeredStatusOptions, stageOf, stageOfReferral } from '../../domain/status-machine';
import type { FormValues } from './form-model';
import { FieldError, useFieldError } from '../../shared/form/field-error';
import { TextField } from '../../shared/form/text-field';
import { fieldId } from './field-labels';

type StatusSectionProps = {
  /** The saved copy: options always come from its stage, never from what is picked so far. */
  saved: Referral;
  isBusy: boolean;
  onAccept: () => void;
  onRequestClose: () => void;
};

export function StatusSection({ saved, isBusy, onAccept, onRequestClose }: StatusSectionProps) {
  const { t } = useT('edit');
  const { control, register, setValue } = useFormContext<FormValues>();
  const savedStage = stageOfReferral(saved);
  const options = savedStage ? offeredStatusOptions(savedStage) : [];
  const status = useWatch({ control, name: 'status' });
  const substatus = useWatch({ control, name: 'substatus' });
  const substatuses = options.find((o) => o.status === status)?.substatuses ?? [substatus];
  const isClosingPending = status === 'Closed';
  const pendingStage = stageOf({ status, substatus });
  const statusError = useFieldError('status');
  const canAccept = savedStage === 'new-pending' || savedStage === 'new-received';
  const canClose = closeOutcomesFor(savedStage).length > 0;

  const handleStatus = (next: ReferralStatus) => {
    // Closing needs an outcome and a reason: the dialog decides, the select stays as it was.
    if (next === 'Closed') {
      onRequestClose();
      return;
    }
    setValue('status', next, { shouldDirty: true });
    const first = options.find((o) => o.status === next)?.substatuses[0];
    if (first) setValue('substatus', first, { shouldDirty: true });
  };

  const statusId = fieldId('status');
  return (
    <section className="edit-section" aria-labelledby="edit-section-status">
      <h2 id="edit-section-status">{t('section.status')}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor={statusId}>{t('status.status')}</label>
          <select
            id={statusId}
            {...register('status')}
            // Controlled on top of register: picking Closed opens the dialog and the select snaps back.
            value={status}
            onChange={(event) => handleStatus(event.target.value as ReferralStatus)}
            aria-invalid={statusError ? true : undefined}
            aria-describedby={statusError ? `${statusId}-error` : undefined}
          >
            {options.map((o) => (
              <option key={o.status} value={o.status}>
                {t(`common:status.${o.status}`)}
              </option>
            ))}
          </select>
          <FieldError id={`${statusId}-error`} error={statusError} />
        </div>
        <div className="field">
          <label htmlFor={fieldId('substatus')}>{t('status.substatus')}</label>
          <select
            id={fieldId('substatus')}
            {...register('substatus')}
            // Controlled too, so a reset substatus shows once its new options are rendered.
            value={substatus}
            disabled={isClosingPending}
          >
            {substatuses.map((s) => (
              <option key={s} value={s}>
                {t(`common:substatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {isClosingPending && pendingStage && (
        <p className="callout callout-warning">
          {t('status.closePending', { stage: t(`common:stage.${pendingStage}`) })}
        </p>
      )}
      <TextField name="statusReason" label={t('referral:field.statusReason')} />
      <div className="status-actions">
        {canAccept && (
          <div>
            <button
              type="button"
              onClick={onAccept}
              disabled={isBusy}
              aria-describedby="edit-accept-hint"
            >
              {t('status.accept')}
            </button>
            <p id="edit-accept-hint" className="field-hint">
              {t('status.acceptHint')}
            </p>
          </div>
        )}
        {canClose && (
          <div>
            <button
              type="button"
              className="button-secondary"
              onClick={onRequestClose}
              disabled={isBusy}
              aria-describedby="edit-close-hint"
            >
              {t('status.close')}
            </button>
            <p id="edit-close-hint" className="field-hint">
              {t('status.closeHint')}
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
