import type { TFunction } from '../../components/ui/use-t';
import { SLOT, slotTemplate } from '../../components/ui/slot-template';
import type { Expiry } from '../../domain/format';
import type { AgingLabels } from '../../shared/aging-note';

/**
 * Every string a card shows, translated once per language for the whole board rather than once
 * per card: a first render of a few hundred cards spent ~90 ms in translation lookups (issue 16).
 */
export type CardLabels = {
  unnamed: string;
  roleDescription: string;
  drag: (name: string) => string;
  select: (name: string) => string;
  customer: string;
  dealValue: string;
  closing: string;
  saving: string;
  moveTo: string;
  expiry: (expiry: Expiry) => string;
  aging: AgingLabels;
};

export function cardLabels(t: TFunction, aging: AgingLabels): CardLabels {
  const expires = slotTemplate(t('common:expiry.expires', { when: SLOT }));
  const expired = slotTemplate(t('common:expiry.expired', { when: SLOT }));
  return {
    unnamed: t('board:card.unnamed'),
    roleDescription: t('board:card.roleDescription'),
    drag: slotTemplate(t('board:card.drag', { name: SLOT })),
    select: slotTemplate(t('board:card.select', { name: SLOT })),
    customer: t('board:card.customer'),
    dealValue: t('board:card.dealValue'),
    closing: t('board:card.closing'),
    saving: t('board:card.saving'),
    moveTo: t('board:moveTo.button'),
    expiry: (expiry) => (expiry.isExpired ? expired : expires)(expiry.label),
    aging,
  };
}
