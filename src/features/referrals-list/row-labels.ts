import type { TFunction } from 'i18next';
import type { ReferralCategory } from '../../domain/category';
import type { Expiry } from '../../domain/format';
import type { ReferralDirection } from '../../domain/referral-schema';
import type { SortKey } from './list-params';

/**
 * Every string a row shows, translated once per language rather than once per row: rows mount
 * by the dozen on every scroll step, and a translation lookup per cell adds up.
 */
export type RowLabels = {
  column: Record<SortKey, string>;
  none: string;
  urgent: string;
  direction: Record<ReferralDirection, string>;
  category: Record<ReferralCategory, string>;
  expiry: (expiry: Expiry) => string;
  select: (name: string) => string;
};

export function rowLabels(t: TFunction<['list', 'common']>): RowLabels {
  return {
    column: {
      name: t('column.name'),
      customer: t('column.customer'),
      stage: t('column.stage'),
      dealValue: t('column.dealValue'),
      closing: t('column.closing'),
      expiry: t('column.expiry'),
      direction: t('column.direction'),
      category: t('column.category'),
      updated: t('column.updated'),
    },
    none: t('cell.none'),
    urgent: t('expiry.urgent'),
    direction: {
      Incoming: t('common:direction.Incoming'),
      Outgoing: t('common:direction.Outgoing'),
    },
    category: {
      'marketplace-lead': t('common:category.marketplace-lead'),
      'qualified-lead': t('common:category.qualified-lead'),
      'co-sell': t('common:category.co-sell'),
    },
    select: (name) => t('selectRow', { name }),
    expiry: (expiry) =>
      t(expiry.isExpired ? 'common:expiry.expired' : 'common:expiry.expires', {
        when: expiry.label,
      }),
  };
}
