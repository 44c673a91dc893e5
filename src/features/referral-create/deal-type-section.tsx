import { useFormContext, useWatch } from 'react-hook-form';
import { useT } from '../../components/ui/use-t';
import type { CreateFormValues } from '../../domain/create-form';
import {
  ASSISTANCE_CODES,
  CREATE_QUALIFICATIONS,
  DEAL_TYPES,
  isSharedDeal,
} from '../../domain/create-schema';
import { FieldError, useFieldError } from '../../shared/form/field-error';
import { TextField } from '../../shared/form/text-field';
import { CheckboxField, SelectField, fieldId } from './fields';

/** How the deal is shared (Partner Center's three choices) and what only that choice needs. */
export function DealTypeSection() {
  const { t } = useT('create');
  const { register, control } = useFormContext<CreateFormValues>();
  const dealType = useWatch({ control, name: 'dealType' });
  const error = useFieldError('dealType');
  const groupId = fieldId('dealType');
  return (
    <section className="edit-section create-deal-type" aria-labelledby="create-section-type">
      <h2 id="create-section-type">{t('section.dealType')}</h2>
      <fieldset
        className="choice-group"
        aria-describedby={error ? `${groupId}-error` : undefined}
        aria-invalid={error ? true : undefined}
      >
        <legend>
          {t('dealType.legend')} <span className="required-mark">({t('form.required')})</span>
        </legend>
        {DEAL_TYPES.map((type, index) => (
          <div key={type} className="deal-type-choice">
            <label className="choice">
              <input
                type="radio"
                value={type}
                // The first radio carries the group's id so the error summary can focus it.
                id={index === 0 ? groupId : undefined}
                aria-describedby={`${groupId}-${type}-hint`}
                {...register('dealType')}
              />
              {t(`dealType.${type}.label`)}
            </label>
            <p id={`${groupId}-${type}-hint`} className="field-hint">
              {t(`dealType.${type}.hint`)}
            </p>
          </div>
        ))}
        <FieldError id={`${groupId}-error`} error={error} />
      </fieldset>
      <SelectField
        name="qualification"
        label={t('field.qualification')}
        hint={t('qualification.hint')}
        options={CREATE_QUALIFICATIONS.map((q) => ({ value: q, label: t(`qualification.${q}`) }))}
      />
      {dealType === 'co-sell' && (
        <div className="co-sell-fields">
          <TextField
            name="solutionProfileId"
            label={t('field.solutionProfileId')}
            hint={t('coSell.solutionHint')}
            isRequired
            autoComplete="off"
          />
          <SelectField
            name="assistanceCode"
            label={t('field.assistanceCode')}
            isRequired
            emptyLabel={t('coSell.choose')}
            options={ASSISTANCE_CODES.map((code) => ({
              value: code,
              label: t(`assistance.${code}`),
            }))}
          />
          <TextField
            name="assistanceNotes"
            label={t('field.assistanceNotes')}
            hint={t('coSell.notesHint')}
            isMultiline
          />
        </div>
      )}
      {isSharedDeal(dealType) && (
        <div className="shared-fields">
          <CheckboxField
            name="allowMicrosoftToContactPartners"
            label={t('field.allowMicrosoftToContactPartners')}
            hint={t('consent.allowMicrosoftToContactPartnersHint')}
          />
          <div className="callout callout-warning" id="create-sharing-warning">
            <p>
              <strong>{t('sharing.title')}</strong>
            </p>
            <p>{t('sharing.body')}</p>
          </div>
          <CheckboxField name="acknowledgeSharing" label={t('field.acknowledgeSharing')} />
        </div>
      )}
    </section>
  );
}
