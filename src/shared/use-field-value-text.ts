import { useCallback } from 'react';
import { useT } from '../components/ui/use-t';
import { useIntlLocale } from '../components/ui/use-intl-locale';
import { formatDate, formatMoney } from '../domain/format';
import { stageOf } from '../domain/status-machine';
import type { ReferralStatus, ReferralSubstatus } from '../domain/referral-schema';

type Labelled = {
  id?: unknown;
  name?: unknown;
  firstName?: unknown;
  lastName?: unknown;
  email?: unknown;
};

function itemText(item: unknown): string {
  if (item === null || typeof item !== 'object') return String(item);
  const o = item as Labelled;
  const person = [o.firstName, o.lastName].filter((x) => typeof x === 'string' && x).join(' ');
  if (person || typeof o.email === 'string') {
    return typeof o.email === 'string' && o.email ? `${person} <${o.email}>`.trim() : person;
  }
  if (typeof o.name === 'string' && o.name) return o.name;
  return typeof o.id === 'string' ? o.id : JSON.stringify(item);
}

/** Readable text of one merge field's value (domain/merge.ts keys), for the conflict view. */
export function useFieldValueText(): (
  key: string,
  value: unknown,
  currency?: string | null,
) => string {
  const { t } = useT('referral');
  const locale = useIntlLocale();
  return useCallback(
    (key, value, currency) => {
      if (key === 'stage' && Array.isArray(value)) {
        const [status, substatus] = value as [ReferralStatus, ReferralSubstatus];
        const stage = stageOf({ status, substatus });
        return stage ? t(`common:stage.${stage}`) : `${status} · ${substatus}`;
      }
      if (value === null || value === undefined || value === '') return t('value.empty');
      if (key === 'details.dealValue' && typeof value === 'number')
        return formatMoney(value, currency, locale);
      if (key === 'details.closingDateTime' && typeof value === 'string')
        return formatDate(value, locale);
      if (key === 'customerProfile.size' && typeof value === 'string')
        return t(`customerSize.${value}`, { defaultValue: value });
      if (typeof value === 'boolean') return value ? t('value.yes') : t('value.no');
      if (Array.isArray(value))
        return value.length ? value.map(itemText).join('; ') : t('value.none');
      return typeof value === 'string' || typeof value === 'number'
        ? String(value)
        : itemText(value);
    },
    [t, locale],
  );
}
