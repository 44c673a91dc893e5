import { useState } from 'react';
import { useT } from '../../components/ui/use-t';
import { copyText } from '../../components/ui/copy-text';
import { changedFields, fieldValue, MERGE_FIELDS } from '../../domain/merge';
import type { Referral } from '../../domain/referral-schema';
import { useFieldValueText } from '../../shared/use-field-value-text';

type SaveRefusedProps = { message: string; from: Referral; tried: Referral };

/** Each change the server refused as "Label: value", the lines the rep sees and copies. */
function useChangeLines(from: Referral, tried: Referral): string[] {
  const { t } = useT('referral');
  const text = useFieldValueText();
  const currency = tried.details?.currency;
  return changedFields(from, tried).map((key) => {
    const field = MERGE_FIELDS.find((f) => f.key === key);
    const value = field ? text(key, fieldValue(tried, field), currency) : '';
    return `${t(`field.${key}`, { defaultValue: key })}: ${value}`;
  });
}

/**
 * A save the server refused: nothing was stored. Says so and why, lists what the rep wanted saved
 * and copies it, so the words survive even when the referral can no longer take them.
 */
export function SaveRefused({ message, from, tried }: SaveRefusedProps) {
  const { t } = useT('edit');
  const lines = useChangeLines(from, tried);
  const [copied, setCopied] = useState<boolean>();
  const handleCopy = async () => setCopied(await copyText(lines.join('\n')));
  return (
    <div className="callout callout-danger save-problem" data-testid="save-refused">
      <div role="alert">
        <p>
          <strong>{t('save.notSaved')}</strong>
        </p>
        <p>{message}</p>
      </div>
      {lines.length > 0 && (
        <>
          <p>{t('save.unsavedList')}</p>
          <ul className="save-refused-lines" aria-label={t('save.unsavedList')}>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <button type="button" onClick={() => void handleCopy()}>
            {t('save.copy')}
          </button>
          <p role="status">
            {copied === true && t('save.copied')}
            {copied === false && t('save.copyFailed')}
          </p>
        </>
      )}
    </div>
  );
}
