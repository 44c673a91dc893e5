import { useFormState, type FieldError, type FieldErrors } from 'react-hook-form';
import { useT } from '../../components/ui/use-t';
import type { FormValues } from './form-model';
import { useErrorText } from './field-error';
import { fieldId, useFieldLabel } from './field-labels';

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

/** Shown after a submit: a single announcement listing what to fix, each item a link to its field. */
export function ErrorSummary() {
  const { t } = useT('edit');
  const { errors, submitCount } = useFormState<FormValues>();
  const label = useFieldLabel();
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
                <a href={`#${fieldId(path)}`}>
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
