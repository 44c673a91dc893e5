import { useState, type KeyboardEvent } from 'react';
import { useController } from 'react-hook-form';
import { useT } from '../../components/ui/use-t';
import { useIntlLocale } from '../../components/ui/use-intl-locale';
import { formFieldId, useFormKit } from './form-kit';

type ChipsFieldProps = {
  /** The path of a string[] field. */
  name: string;
  label: string;
  /** Display text of a chip (a solution's name); the value itself otherwise. */
  chipLabel?: (value: string) => string;
};

/** A list of strings (requirement ids) as chips, with add (button or Enter) and remove. */
export function ChipsField({ name, label, chipLabel = (value) => value }: ChipsFieldProps) {
  const { form } = useFormKit();
  const { t } = useT(form);
  const locale = useIntlLocale();
  const { field } = useController({ name });
  const [draft, setDraft] = useState('');
  const id = formFieldId(form, name);
  const chips = field.value as string[];

  const handleAdd = () => {
    const value = draft.trim();
    if (!value) return;
    // Turkish-aware: "İSTANBUL" and "istanbul" are the same chip in tr, not in en.
    const folded = value.toLocaleLowerCase(locale);
    if (!chips.some((chip) => chip.toLocaleLowerCase(locale) === folded))
      field.onChange([...chips, value]);
    setDraft('');
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault(); // Enter adds a chip instead of submitting the form.
    handleAdd();
  };

  return (
    <fieldset className="chip-field">
      <legend>{label}</legend>
      {chips.length === 0 ? (
        <p className="field-hint">{t('chips.empty')}</p>
      ) : (
        <ul className="chips" aria-label={label}>
          {chips.map((chip, index) => (
            // Saved data may repeat a value, so the position is part of the key.
            <li key={`${index}-${chip}`} className="chip">
              <span>{chipLabel(chip)}</span>
              <button
                type="button"
                className="button-ghost chip-remove"
                aria-label={t('chips.remove', { value: chipLabel(chip) })}
                onClick={() => field.onChange(chips.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="chip-add">
        <label htmlFor={`${id}-new`} className="visually-hidden">
          {t('chips.addLabel', { field: label })}
        </label>
        <input
          id={`${id}-new`}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={handleKeyDown}
          onBlur={field.onBlur}
        />
        <button
          type="button"
          className="button-secondary"
          onClick={handleAdd}
          aria-label={t('chips.addLabel', { field: label })}
        >
          {t('chips.add')}
        </button>
      </div>
    </fieldset>
  );
}
