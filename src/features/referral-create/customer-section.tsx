import { useT } from '../../components/ui/use-t';
import { CUSTOMER_SIZES } from '../../domain/referral-schema';
import { CountryField } from './country-field';
import { emptyContact } from '../../domain/create-form';
import { PeopleField } from '../../shared/form/people-field';
import { TextField } from '../../shared/form/text-field';
import { CheckboxField as CheckboxFieldWithHint, SelectField } from './fields';

const ADDRESS_LINES = ['addressLine1', 'addressLine2', 'city', 'state', 'postalCode'] as const;

export function CustomerSection() {
  const { t } = useT('create');
  return (
    <section className="edit-section" aria-labelledby="create-section-customer">
      <h2 id="create-section-customer">{t('section.customer')}</h2>
      <div className="field-row">
        <TextField
          name="customerName"
          label={t('referral:field.customerProfile.name')}
          isRequired
          autoComplete="organization"
        />
        <CountryField />
      </div>
      <div className="address-grid">
        {ADDRESS_LINES.map((line) => (
          <TextField
            key={line}
            name={`address.${line}`}
            label={t(`referral:field.customerProfile.address.${line}`)}
          />
        ))}
      </div>
      <div className="field-row">
        <SelectField
          name="customerSize"
          label={t('referral:field.customerProfile.size')}
          emptyLabel={t('customer.sizeUnset')}
          options={CUSTOMER_SIZES.map((size) => ({
            value: size,
            label: t(`referral:customerSize.${size}`),
          }))}
        />
        <TextField name="duns" label={t('field.duns')} inputMode="numeric" autoComplete="off" />
        <TextField
          name="externalCustomerId"
          label={t('field.externalCustomerId')}
          autoComplete="off"
        />
      </div>
      <h3>{t('section.contacts')}</h3>
      <PeopleField name="contacts" newPerson={emptyContact} />
    </section>
  );
}

export function ConsentSection() {
  const { t } = useT('create');
  return (
    <section className="edit-section" aria-labelledby="create-section-consent">
      <h2 id="create-section-consent">{t('section.consent')}</h2>
      <p className="field-hint">{t('consent.intro')}</p>
      <CheckboxRow name="consent.consentToContact" />
      <CheckboxRow name="consent.consentToToShareInfoWithOthers" />
    </section>
  );
}

function CheckboxRow({
  name,
}: {
  name: 'consent.consentToContact' | 'consent.consentToToShareInfoWithOthers';
}) {
  const { t } = useT('create');
  const key = name.split('.')[1] ?? '';
  return (
    <CheckboxFieldWithHint name={name} label={t(`consent.${key}`)} hint={t(`consent.${key}Hint`)} />
  );
}

export function TeamSection() {
  const { t } = useT('create');
  return (
    <section className="edit-section" aria-labelledby="create-section-team">
      <h2 id="create-section-team">{t('section.team')}</h2>
      <p className="field-hint">{t('people.teamHint')}</p>
      <PeopleField name="team" newPerson={emptyContact} />
    </section>
  );
}
