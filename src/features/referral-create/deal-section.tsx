import { useT } from '../../components/ui/use-t';
import { CREATE_CHIP_FIELDS } from '../../domain/create-form';
import { ChipsField } from '../../shared/form/chips-field';
import { TextField } from '../../shared/form/text-field';

export function DealSection() {
  const { t } = useT('create');
  return (
    <section className="edit-section" aria-labelledby="create-section-deal">
      <h2 id="create-section-deal">{t('section.deal')}</h2>
      <TextField name="name" label={t('referral:field.name')} isRequired />
      <div className="field-row">
        <TextField
          name="dealValue"
          label={t('referral:field.details.dealValue')}
          inputMode="decimal"
          autoComplete="off"
          isRequired
        />
        <TextField
          name="currency"
          label={t('referral:field.details.currency')}
          hint={t('deal.currencyHint')}
          maxLength={3}
          isRequired
          autoComplete="off"
        />
        <TextField
          name="closingDate"
          label={t('referral:field.details.closingDateTime')}
          type="date"
          isRequired
        />
      </div>
      <TextField name="notes" label={t('referral:field.details.notes')} isMultiline />
      <TextField
        name="externalReferenceId"
        label={t('referral:field.externalReferenceId')}
        hint={t('deal.externalReferenceHint')}
        autoComplete="off"
      />
      <h3>{t('section.requirements')}</h3>
      <div className="chip-grid">
        {CREATE_CHIP_FIELDS.map((field) => (
          <ChipsField
            key={field}
            name={field}
            label={t(`referral:field.details.requirements.${field}`)}
          />
        ))}
      </div>
    </section>
  );
}
