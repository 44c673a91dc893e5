import { useFormState, type FieldError, type FieldErrors } from 'react-hook-form';
import { useT } from '../../components/ui/use-t';
import { useErrorText } from './field-error';
import { formFieldId, useFormKit } from './form-kit';

function isFieldError(value: unknown): value is FieldError {
  return typeof value === 'object' && value !== null && 'type' in value && 'message' in value;
}

/** Every field error with its path ("contacts.1.email"), in form order. */
function flatten(errors: FieldErrors, prefix = ''): [string, FieldError][] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (key === 'root' || key === 'ref') return [];
    const path = prefix ? `${prefix}.${key}` : key;
    if (isFieldError(value)) return [[path, value] as [string, FieldError]];
    return value && typeof value === 'object' ? flatten(value as FieldErrors, path) : [];
  });
}

/** After a submit: one announcement listing what to fix, each item a link to its field. */
export function ErrorSummary({ label }: { label: (path: string) => string }) {
  const { form } = useFormKit();
  const { t } = useT(form);
  const { errors, submitCount } = useFormState();
  const text = useErrorText();
  const items = submitCount > 0 ? flatten(errors) : [];
  return (
    <div role="alert" className="error-summary-region">
      {items.length > 0 && (
        <div className="callout callout-danger">
          <p>{t('summary.title')}</p>
          <ul>
            {items.map(([path, error]) => (
              <li key={path}>
                <a href={`#${formFieldId(form, path)}`}>
                  {label(path)}: {text(error)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
