import type { TFunction } from '../../components/ui/use-t';
import { SLOT, slotTemplate } from '../../components/ui/slot-template';
import type { ReferralCategory } from '../../domain/category';
import type { Expiry } from '../../domain/format';
import type { ReferralDirection } from '../../domain/referral-schema';
import { STAGE_IDS, type StageId } from '../../domain/status-machine';
import type { AgingLabels } from '../../shared/aging-note';
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
  stage: Record<StageId, string>;
  aging: AgingLabels;
};

export function rowLabels(t: TFunction, aging: AgingLabels): RowLabels {
  // Sentences with a value in them are translated once with a slot and filled per row.
  const expires = slotTemplate(t('common:expiry.expires', { when: SLOT }));
  const expired = slotTemplate(t('common:expiry.expired', { when: SLOT }));
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
    select: slotTemplate(t('selectRow', { name: SLOT })),
    expiry: (expiry) => (expiry.isExpired ? expired : expires)(expiry.label),
    stage: Object.fromEntries(STAGE_IDS.map((id) => [id, t(`common:stage.${id}`)])) as Record<
      StageId,
      string
    >,
    aging,
  };
}
