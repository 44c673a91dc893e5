import { useT } from '../../components/ui/use-t';
import { TextField } from '../../shared/form/text-field';

export function DealSection() {
  const { t } = useT('edit');
  return (
    <section className="edit-section" aria-labelledby="edit-section-deal">
      <h2 id="edit-section-deal">{t('section.deal')}</h2>
      <TextField name="name" label={t('referral:field.name')} isRequired />
      <TextField name="externalReferenceId" label={t('referral:field.externalReferenceId')} />
      <div className="field-row">
        <TextField
          name="dealValue"
          label={t('referral:field.details.dealValue')}
          hint={t('deal.dealValueHint')}
          inputMode="decimal"
          autoComplete="off"
        />
        <TextField
          name="currency"
          label={t('referral:field.details.currency')}
          hint={t('deal.currencyHint')}
          maxLength={3}
          autoComplete="off"
        />
        <TextField
          name="closingDate"
          label={t('referral:field.details.closingDateTime')}
          type="date"
        />
      </div>
      <TextField name="notes" label={t('referral:field.details.notes')} isMultiline />
    </section>
  );
}
