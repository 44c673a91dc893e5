import { useMemo } from 'react';
import { useT } from '../../components/ui/use-t';
import { useIntlLocale } from '../../components/ui/use-intl-locale';
import { COUNTRY_CODES } from '../../domain/countries';
import { SelectField } from './fields';

/** Country names in the UI language (Intl.DisplayNames), sorted by that language's rules. */
export function useCountryOptions(locale: string) {
  return useMemo(() => {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = undefined;
    }
    const collator = new Intl.Collator(locale);
    return COUNTRY_CODES.map((code) => ({
      value: code,
      label: `${names?.of(code) ?? code} (${code})`,
    })).sort((a, b) => collator.compare(a.label, b.label));
  }, [locale]);
}

export function CountryField() {
  const { t } = useT('create');
  const options = useCountryOptions(useIntlLocale());
  return (
    <SelectField
      name="address.country"
      label={t('field.country')}
      isRequired
      emptyLabel={t('customer.chooseCountry')}
      options={options}
    />
  );
}
