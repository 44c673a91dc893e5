import { get, useFormState, type FieldError as RhfFieldError } from 'react-hook-form';
import { useT } from '../../components/ui/use-t';
import { useFormKit } from './form-kit';

/** The error of one field path; the component re-renders only when that field's state changes. */
export function useFieldError(name: string): RhfFieldError | undefined {
  const { errors } = useFormState({ name });
  const error: RhfFieldError | undefined = get(errors, name);
  return error;
}

/** Zod messages are keys under `errors`; a server message (type 'server') is shown as it is. */
export function useErrorText(): (error: RhfFieldError) => string {
  const { t } = useT(useFormKit().form);
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
