import { useFormContext } from 'react-hook-form';
import { useT } from '../../components/ui/use-t';
import { CUSTOMER_SIZES } from '../../domain/referral-schema';
import { FieldError, useFieldError } from '../../shared/form/field-error';
import { PeopleField } from '../../shared/form/people-field';
import { TextField } from '../../shared/form/text-field';
import { fieldId } from './field-labels';
import { ADDRESS_FIELDS, CONSENT_FIELDS, emptyMember, type FormValues } from './form-model';

export function CustomerSection({ savedSize }: { savedSize: string }) {
  const { t } = useT('edit');
  const { register } = useFormContext<FormValues>();
  const sizeError = useFieldError('customerSize');
  const sizeId = fieldId('customerSize');
  // A size the service sent that is not in today's list stays choosable, so it is not lost.
  const sizes: string[] = [...CUSTOMER_SIZES];
  if (savedSize && !sizes.includes(savedSize)) sizes.push(savedSize);
  return (
    <section className="edit-section" aria-labelledby="edit-section-customer">
      <h2 id="edit-section-customer">{t('section.customer')}</h2>
      <div className="field-row">
        <TextField name="customerName" label={t('referral:field.customerProfile.name')} />
        <div className="field">
          <label htmlFor={sizeId}>{t('referral:field.customerProfile.size')}</label>
          <select
            id={sizeId}
            aria-invalid={sizeError ? true : undefined}
            aria-describedby={sizeError ? `${sizeId}-error` : undefined}
            {...register('customerSize')}
          >
            <option value="">{t('deal.sizeUnset')}</option>
            {sizes.map((size) => (
              <option key={size} value={size}>
                {t(`referral:customerSize.${size}`, { defaultValue: size })}
              </option>
            ))}
          </select>
          <FieldError id={`${sizeId}-error`} error={sizeError} />
        </div>
      </div>
      <div className="address-grid">
        {ADDRESS_FIELDS.map((f) => (
          <TextField
            key={f}
            name={`address.${f}`}
            label={t(`referral:field.customerProfile.address.${f}`)}
            maxLength={f === 'country' ? 2 : undefined}
          />
        ))}
      </div>
      <h3>{t('section.contacts')}</h3>
      <PeopleField name="contacts" newPerson={emptyMember} />
    </section>
  );
}

export function ConsentSection() {
  const { t } = useT('edit');
  const { register } = useFormContext<FormValues>();
  return (
    <section className="edit-section" aria-labelledby="edit-section-consent">
      <h2 id="edit-section-consent">{t('section.consent')}</h2>
      {CONSENT_FIELDS.map((f) => (
        <label key={f} className="choice">
          <input type="checkbox" id={fieldId(`consent.${f}`)} {...register(`consent.${f}`)} />
          {t(`referral:field.consent.${f}`)}
        </label>
      ))}
    </section>
  );
}

export function TeamSection() {
  const { t } = useT('edit');
  return (
    <section className="edit-section" aria-labelledby="edit-section-team">
      <h2 id="edit-section-team">{t('section.team')}</h2>
      <PeopleField name="team" newPerson={emptyMember} />
    </section>
  );
}
