import { useId, useState } from 'react';
import { FormActions } from '../components/ui/form-actions';
import { useT } from '../components/ui/use-t';
import {
  fieldValue,
  MERGE_FIELDS,
  type ConflictChoice,
  type FieldConflict,
  type MergeResult,
} from '../domain/merge';
import type { Referral } from '../domain/referral-schema';
import { useFieldValueText } from './use-field-value-text';
import './referral-forms.css';
import './conflict-view.css';

export type ConflictViewProps = {
  merge: MergeResult;
  onResolve: (choices: Record<string, ConflictChoice>) => void;
  onCancel: () => void;
  isSubmitting?: boolean;
  /** Currency for showing deal values. */
  currency?: string | null;
  /** The three copies merged: with them, merged fields show their values ("old → new"), not only names. */
  copies?: MergeCopies;
};

export type MergeCopies = { base: Referral; mine: Referral; theirs: Referral };

/**
 * The outcome of a three-way merge after a 412: what merged by itself, and each field both sides
 * changed, yours beside theirs. Yours is preselected so nothing typed is dropped by accident.
 * It is the body of a dialog: the caller wraps it in a ModalDialog with a title.
 */
export function ConflictView({
  merge,
  onResolve,
  onCancel,
  isSubmitting,
  currency,
  copies,
}: ConflictViewProps) {
  const { t } = useT('referral');
  const ids = useId();
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>(() =>
    Object.fromEntries(merge.conflicts.map((c) => [c.key, 'mine' as const])),
  );
  const label = (key: string) => t(`field.${key}`, { defaultValue: key });
  const hasMerged = merge.mineOnly.length > 0 || merge.theirsOnly.length > 0;
  return (
    <form
      className="conflict-view"
      onSubmit={(event) => {
        event.preventDefault();
        onResolve(choices);
      }}
    >
      <p>{t('conflict.intro')}</p>
      <section aria-labelledby={`${ids}-merged`}>
        <h3 id={`${ids}-merged`}>{t('conflict.mergedTitle')}</h3>
        {!hasMerged && <p>{t('conflict.nothingMerged')}</p>}
        <FieldList
          title={t('conflict.mineOnly')}
          keys={merge.mineOnly}
          label={label}
          change={copies && { from: copies.base, to: copies.mine, currency }}
        />
        <FieldList
          title={t('conflict.theirsOnly')}
          keys={merge.theirsOnly}
          label={label}
          change={copies && { from: copies.base, to: copies.theirs, currency }}
        />
      </section>
      <section aria-labelledby={`${ids}-both`}>
        <h3 id={`${ids}-both`}>{t('conflict.conflictsTitle')}</h3>
        {merge.conflicts.length === 0 && <p>{t('conflict.noConflicts')}</p>}
        {merge.conflicts.map((conflict) => (
          <ConflictChoiceRow
            key={conflict.key}
            conflict={conflict}
            label={label(conflict.key)}
            currency={currency}
            choice={choices[conflict.key] ?? 'mine'}
            onChoose={(choice) => setChoices((all) => ({ ...all, [conflict.key]: choice }))}
          />
        ))}
      </section>
      <FormActions
        cancelLabel={t('conflict.cancel')}
        submitLabel={t('conflict.resolve')}
        isSubmitting={isSubmitting}
        onCancel={onCancel}
      />
    </form>
  );
}

type Change = { from: Referral; to: Referral; currency: string | null | undefined };

function FieldList({
  title,
  keys,
  label,
  change,
}: {
  title: string;
  keys: readonly string[];
  label: (key: string) => string;
  change: Change | undefined;
}) {
  const text = useFieldValueText();
  if (keys.length === 0) return null;
  const valueOf = (copy: Referral, key: string) => {
    const field = MERGE_FIELDS.find((f) => f.key === key);
    return field ? text(key, fieldValue(copy, field), change?.currency) : '';
  };
  return (
    <div className="conflict-merged">
      <p>{title}</p>
      <ul aria-label={title}>
        {keys.map((key) => (
          <li key={key}>
            {label(key)}
            {change && (
              <>
                {': '}
                <span className="conflict-before">{valueOf(change.from, key)}</span>
                {' → '}
                <span className="conflict-after">{valueOf(change.to, key)}</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ConflictChoiceRow({
  conflict,
  label,
  currency,
  choice,
  onChoose,
}: {
  conflict: FieldConflict;
  label: string;
  currency: string | null | undefined;
  choice: ConflictChoice;
  onChoose: (choice: ConflictChoice) => void;
}) {
  const { t } = useT('referral');
  const text = useFieldValueText();
  const sides = [
    { side: 'mine' as const, title: t('conflict.yours'), value: conflict.mine },
    { side: 'theirs' as const, title: t('conflict.theirs'), value: conflict.theirs },
  ];
  return (
    <fieldset className="conflict-row">
      <legend>{label}</legend>
      {sides.map(({ side, title, value }) => (
        <label key={side} className={`conflict-side${choice === side ? ' is-chosen' : ''}`}>
          <input
            type="radio"
            name={`conflict-${conflict.key}`}
            value={side}
            checked={choice === side}
            onChange={() => onChoose(side)}
          />
          <span className="conflict-side-title">{title}</span>
          <span className="conflict-side-value">{text(conflict.key, value, currency)}</span>
        </label>
      ))}
    </fieldset>
  );
}
