import { useState, type KeyboardEvent } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useT } from '../../components/ui/use-t';
import type { CreateChipField, CreateFormValues } from '../../domain/create-form';
import { foldName } from '../../domain/duplicate-match';
import { fieldId } from './fields';

/** A list of requirement ids as chips, with add (button or Enter) and remove. */
export function ChipsField({ name, label }: { name: CreateChipField; label: string }) {
  const { t } = useT('create');
  const { control } = useFormContext<CreateFormValues>();
  const { field } = useController({ control, name });
  const [draft, setDraft] = useState('');
  const id = fieldId(name);
  const chips = field.value;

  const handleAdd = () => {
    const value = draft.trim();
    if (!value) return;
    // "İSTANBUL" and "istanbul" are the same chip.
    if (!chips.some((chip) => foldName(chip) === foldName(value)))
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
            <li key={`${index}-${chip}`} className="chip">
              <span>{chip}</span>
              <button
                type="button"
                className="button-ghost chip-remove"
                aria-label={t('chips.remove', { value: chip })}
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
