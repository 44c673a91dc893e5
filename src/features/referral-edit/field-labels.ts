import { useCallback } from 'react';
import { useT } from '../../components/ui/use-t';
import { formFieldId } from '../../shared/form/form-kit';

/** The DOM id of a form field, from its path ("contacts.0.email" → "edit-contacts-0-email"). */
export function fieldId(name: string): string {
  return formFieldId('edit', name);
}

/** Label keys of the form's top-level fields; most reuse the shared field labels. */
const LABEL_KEYS: Readonly<Record<string, string>> = {
  name: 'referral:field.name',
  externalReferenceId: 'referral:field.externalReferenceId',
  status: 'edit:status.status',
  substatus: 'edit:status.substatus',
  statusReason: 'referral:field.statusReason',
  dealValue: 'referral:field.details.dealValue',
  currency: 'referral:field.details.currency',
  closingDate: 'referral:field.details.closingDateTime',
  notes: 'referral:field.details.notes',
  industries: 'referral:field.details.requirements.industries',
  products: 'referral:field.details.requirements.products',
  services: 'referral:field.details.requirements.services',
  solutions: 'referral:field.details.requirements.solutions',
  customerName: 'referral:field.customerProfile.name',
  customerSize: 'referral:field.customerProfile.size',
  contacts: 'referral:field.customerProfile.team',
  team: 'referral:field.team',
};

/** A readable label for any field path, e.g. "Contact 2 · Email" for "contacts.1.email". */
export function useFieldLabel(): (name: string) => string {
  const { t } = useT('edit');
  return useCallback(
    (name: string) => {
      const [head = '', second, third] = name.split('.');
      if (head === 'address' && second)
        return t(`referral:field.customerProfile.address.${second}`);
      if (head === 'consent' && second) return t(`referral:field.consent.${second}`);
      if ((head === 'contacts' || head === 'team') && second !== undefined && third) {
        const who = t(head === 'contacts' ? 'people.contact' : 'people.teamMember', {
          n: Number(second) + 1,
        });
        return `${who} · ${t(`people.${third}`)}`;
      }
      const key = LABEL_KEYS[head];
      return key ? t(key) : name;
    },
    [t],
  );
}
