import type { InputHTMLAttributes } from 'react';
import { useFormContext } from 'react-hook-form';
import type { FormValues } from './form-model';
import { fieldId } from './field-labels';
import { FieldError, useFieldError } from './field-error';

type TextFieldProps = {
  name: string;
  label: string;
  hint?: string;
  isMultiline?: boolean;
  isRequired?: boolean;
} & Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'inputMode' | 'min' | 'step' | 'autoComplete' | 'maxLength'
>;

/** A labelled input (or textarea) bound to the form, with its hint and error wired for assistive tech. */
export function TextField({
  name,
  label,
  hint,
  isMultiline = false,
  isRequired = false,
  type = 'text',
  ...inputProps
}: TextFieldProps) {
  const { register } = useFormContext<FormValues>();
  const error = useFieldError(name);
  const id = fieldId(name);
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const a11y = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': isRequired || undefined,
  };
  // Paths come from the form's own field names; the cast keeps register's literal types out of props.
  const field = register(name as 'name');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {isMultiline ? (
        <textarea {...a11y} {...field} />
      ) : (
        <input {...a11y} type={type} {...inputProps} {...field} />
      )}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
