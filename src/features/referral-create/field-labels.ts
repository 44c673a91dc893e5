import { useCallback } from 'react';
import { useT } from '../../components/ui/use-t';

const LABEL_KEYS: Readonly<Record<string, string>> = {
  dealType: 'create:dealType.legend',
  qualification: 'create:field.qualification',
  solutionProfileId: 'create:field.solutionProfileId',
  assistanceCode: 'create:field.assistanceCode',
  assistanceNotes: 'create:field.assistanceNotes',
  allowMicrosoftToContactPartners: 'create:field.allowMicrosoftToContactPartners',
  acknowledgeSharing: 'create:field.acknowledgeSharing',
  name: 'referral:field.name',
  externalReferenceId: 'referral:field.externalReferenceId',
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
  duns: 'create:field.duns',
  externalCustomerId: 'create:field.externalCustomerId',
};

/** A readable label for a field path ("Contact 2 · Email" for "contacts.1.email"). */
export function useFieldLabel(): (path: string) => string {
  const { t } = useT('create');
  return useCallback(
    (path: string) => {
      const [head = '', second, third] = path.split('.');
      if (head === 'address' && second === 'country') return t('field.country');
      if (head === 'address' && second)
        return t(`referral:field.customerProfile.address.${second}`);
      if (head === 'consent' && second) return t(`consent.${second}`);
      if ((head === 'contacts' || head === 'team') && second !== undefined && third) {
        const who = t(head === 'contacts' ? 'people.contact' : 'people.teamMember', {
          n: Number(second) + 1,
        });
        return `${who} · ${t(`people.${third}`)}`;
      }
      const key = LABEL_KEYS[head];
      return key ? t(key) : path;
    },
    [t],
  );
}
