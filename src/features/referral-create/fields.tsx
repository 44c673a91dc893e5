import type { InputHTMLAttributes, ReactNode } from 'react';
import {
  get,
  useFormContext,
  useFormState,
  type FieldError as RhfFieldError,
} from 'react-hook-form';
import { useT } from '../../components/ui/use-t';
import type { CreateFormValues } from '../../domain/create-form';

/** The DOM id of a field from its path ("contacts.0.email" → "create-contacts-0-email"). */
export function fieldId(name: string): string {
  return `create-${name.replace(/\./g, '-')}`;
}

export function useFieldError(name: string): RhfFieldError | undefined {
  const { errors } = useFormState<CreateFormValues>({ name: name as 'name' });
  const error: RhfFieldError | undefined = get(errors, name);
  return error;
}

/** Zod messages are keys under `errors`; a server message (type 'server') is shown as it is. */
export function useErrorText(): (error: RhfFieldError) => string {
  const { t } = useT('create');
  return (error) =>
    error.type === 'server' ? (error.message ?? '') : t(`errors.${error.message ?? 'required'}`);
}

export function FieldError({ id, error }: { id: string; error: RhfFieldError | undefined }) {
  const text = useErrorText();
  if (!error) return null;
  return (
    <p id={id} className="field-error">
      {text(error)}
    </p>
  );
}

/** id, aria-invalid, aria-describedby and aria-required for a field's control. */
export function useFieldA11y(name: string, options: { hint?: ReactNode; isRequired?: boolean }) {
  const error = useFieldError(name);
  const id = fieldId(name);
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
  const { t } = useT('create');
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {isRequired && <span className="required-mark"> ({t('form.required')})</span>}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </div>
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

export function TextField({
  name,
  label,
  hint,
  isMultiline = false,
  isRequired = false,
  type = 'text',
  ...inputProps
}: TextFieldProps) {
  const { register } = useFormContext<CreateFormValues>();
  const { id, error, a11y } = useFieldA11y(name, { hint, isRequired });
  // Paths come from the form's own field names; the cast keeps register's literal types out of props.
  const field = register(name as 'name');
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
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
