import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import type { CreateFormValues } from '../../domain/create-form';
import { formFieldId } from '../../shared/form/form-kit';
import { FieldNotes, FieldShell, useFieldA11y } from '../../shared/form/text-field';

/** The DOM id of a field from its path ("contacts.0.email" → "create-contacts-0-email"). */
export function fieldId(name: string): string {
  return formFieldId('create', name);
}

type SelectFieldProps = {
  name: string;
  label: string;
  hint?: ReactNode;
  isRequired?: boolean;
  options: readonly { value: string; label: string }[];
  /** Text of the empty choice; no empty choice when absent. */
  emptyLabel?: string;
};

export function SelectField({
  name,
  label,
  hint,
  isRequired,
  options,
  emptyLabel,
}: SelectFieldProps) {
  const { register } = useFormContext<CreateFormValues>();
  const { id, error, a11y } = useFieldA11y(name, { hint, isRequired });
  return (
    <FieldShell id={id} label={label} hint={hint} isRequired={isRequired} error={error}>
      <select {...a11y} {...register(name as 'name')}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A checkbox with its meaning in plain words under it. */
export function CheckboxField({
  name,
  label,
  hint,
}: {
  name: string;
  label: string;
  hint?: string;
}) {
  const { register } = useFormContext<CreateFormValues>();
  const { id, error, a11y } = useFieldA11y(name, { hint });
  return (
    <div className="field create-check">
      <label className="choice" htmlFor={id}>
        <input type="checkbox" {...a11y} {...register(name as 'acknowledgeSharing')} />
        {label}
      </label>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
