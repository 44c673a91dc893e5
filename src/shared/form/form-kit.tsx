import { createContext, useContext, type ReactNode } from 'react';

/** The referral forms that share these fields; each is also the namespace of its words. */
export type ReferralFormName = 'create' | 'edit';

/**
 * What differs between the create and edit forms for the shared fields: the prefix of the DOM
 * ids and the namespace of the words (both hold `errors.*`, `chips.*`, `people.*` and
 * `summary.title`), and whether a required field's label says so (create's `form.required`).
 */
export type FormKit = { form: ReferralFormName; marksRequired: boolean };

const FormKitContext = createContext<FormKit | null>(null);

export function FormKitProvider({ kit, children }: { kit: FormKit; children: ReactNode }) {
  return <FormKitContext.Provider value={kit}>{children}</FormKitContext.Provider>;
}

export function useFormKit(): FormKit {
  const kit = useContext(FormKitContext);
  if (!kit) throw new Error('A shared form field is rendered outside a FormKitProvider.');
  return kit;
}

/** The DOM id of a field from its path ("contacts.0.email" in edit → "edit-contacts-0-email"). */
export function formFieldId(form: ReferralFormName, path: string): string {
  return `${form}-${path.replace(/\./g, '-')}`;
}
