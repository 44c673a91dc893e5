import type { InputHTMLAttributes, ReactNode } from 'react';
import { useFormContext, type FieldError as RhfFieldError } from 'react-hook-form';
import { useT } from '../../components/ui/use-t';
import { FieldError, useFieldError } from './field-error';
import { formFieldId, useFormKit } from './form-kit';

/** id, aria-invalid, aria-describedby and aria-required for a field's control. */
export function useFieldA11y(name: string, options: { hint?: ReactNode; isRequired?: boolean }) {
  const { form } = useFormKit();
  const error = useFieldError(name);
  const id = formFieldId(form, name);
  const describedBy =
    [options.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  return {
    id,
    error,
    a11y: {
      id,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy,
      'aria-required': options.isRequired || undefined,
    },
  };
}

type FieldShellProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  isRequired?: boolean;
  error: RhfFieldError | undefined;
  children: ReactNode;
};

/** Label, control, hint and error in the shared `.field` layout. */
export function FieldShell({ id, label, hint, isRequired, error, children }: FieldShellProps) {
  const { form, marksRequired } = useFormKit();
  const { t } = useT(form);
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {isRequired && marksRequired && (
          <span className="required-mark"> ({t('form.required')})</span>
        )}
      </label>
      {children}
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

/** A field's hint and error under its control, with the ids its aria-describedby names. */
export function FieldNotes({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: ReactNode;
  error: RhfFieldError | undefined;
}) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </>
  );
}

type TextFieldProps = {
  name: string;
  label: string;
  hint?: ReactNode;
  isMultiline?: boolean;
  isRequired?: boolean;
} & Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'inputMode' | 'min' | 'step' | 'autoComplete' | 'maxLength' | 'placeholder'
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
  const { register } = useFormContext();
  const { id, error, a11y } = useFieldA11y(name, { hint, isRequired });
  const field = register(name);
  return (
    <FieldShell id={id} label={label} hint={hint} isRequired={isRequired} error={error}>
      {isMultiline ? (
        <textarea {...a11y} {...field} />
      ) : (
        <input {...a11y} type={type} {...inputProps} {...field} />
      )}
    </FieldShell>
  );
}
