import { useState, type KeyboardEvent } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useT } from '../../components/ui/use-t';
import { useIntlLocale } from '../../components/ui/use-intl-locale';
import type { ChipField, FormValues } from './form-model';
import { fieldId } from './field-labels';

/** A list of string chips (requirement ids) with add and remove. */
type ChipListFieldProps = {
  name: ChipField;
  label: string;
  /** Display text of a chip (a solution's name); the id otherwise. */
  chipLabel?: (id: string) => string;
};

export function ChipListField({ name, label, chipLabel = (id) => id }: ChipListFieldProps) {
  const { t } = useT('edit');
  const locale = useIntlLocale();
  const { control } = useFormContext<FormValues>();
  const { field } = useController({ control, name });
  const [draft, setDraft] = useState('');
  const id = fieldId(name);
  const chips = field.value;

  const handleAdd = () => {
    const value = draft.trim();
    if (!value) return;
    // Turkish-aware: "İSTANBUL" and "istanbul" are the same chip in tr, not in en.
    const folded = value.toLocaleLowerCase(locale);
    if (!chips.some((c) => c.toLocaleLowerCase(locale) === folded))
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
            // Saved data may repeat an id, so the position is part of the key.
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
