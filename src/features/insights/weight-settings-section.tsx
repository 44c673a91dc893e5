import { useId, useState, type FormEvent } from 'react';
import { withMessages, type MessageLoaders } from '../../components/ui/messages';
import { useT } from '../../components/ui/use-t';
import { DEFAULT_PROBABILITIES, type StageProbabilities } from './insights-data';
import { saveProbabilities, useStageProbabilities } from './stage-probabilities';

type Field = keyof StageProbabilities;
const FIELDS: readonly Field[] = ['new', 'accepted'];

function parseField(text: string): number | null {
  const normal = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normal)) return null;
  const value = Number(normal);
  return value >= 0 && value <= 100 ? value : null;
}

/** Its own words (namespace 'weights'), compiled like every catalogue; the insights view brings them too. */
const WEIGHTS_MESSAGES: MessageLoaders = {
  en: () => import('./locales/weights.en.json?lingui').then((m) => ({ weights: m.messages })),
  tr: () => import('./locales/weights.tr.json?lingui').then((m) => ({ weights: m.messages })),
};

/**
 * The stage probabilities of the weighted pipeline, editable; self-contained (words, store), so
 * the Settings dialog can show it as one of its sections.
 */
function WeightSettings() {
  const { t } = useT('weights');
  const stored = useStageProbabilities();
  const ids = useId();
  const [draft, setDraft] = useState<Record<Field, string> | null>(null);
  const [status, setStatus] = useState<'saved' | 'notSaved' | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const values = draft ?? { new: String(stored.new), accepted: String(stored.accepted) };
  const parsed = { new: parseField(values.new), accepted: parseField(values.accepted) };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (parsed.new === null || parsed.accepted === null) {
      setShowErrors(true);
      setStatus(null);
      return;
    }
    const ok = saveProbabilities({ new: parsed.new, accepted: parsed.accepted });
    setStatus(ok ? 'saved' : 'notSaved');
    if (ok) setDraft(null);
  };
  const handleReset = () => {
    setDraft({
      new: String(DEFAULT_PROBABILITIES.new),
      accepted: String(DEFAULT_PROBABILITIES.accepted),
    });
    setShowErrors(false);
    setStatus(null);
  };

  return (
    <form
      className="weight-settings"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby={`${ids}-title`}
    >
      <h3 id={`${ids}-title`}>{t('title')}</h3>
      <p id={`${ids}-hint`}>{t('hint')}</p>
      {FIELDS.map((field) => {
        const isInvalid = showErrors && parsed[field] === null;
        return (
          <div key={field} className="weight-field">
            <label htmlFor={`${ids}-${field}`}>{t(field)}</label>
            <input
              id={`${ids}-${field}`}
              inputMode="decimal"
              value={values[field]}
              aria-invalid={isInvalid || undefined}
              aria-describedby={isInvalid ? `${ids}-${field}-error` : `${ids}-hint`}
              onChange={(e) => {
                setDraft({ ...values, [field]: e.target.value });
                setStatus(null);
              }}
            />
            {isInvalid && (
              <p id={`${ids}-${field}-error`} className="field-error">
                {t('invalid')}
              </p>
            )}
          </div>
        );
      })}
      <div className="weight-actions">
        <button type="submit">{t('save')}</button>
        <button type="button" onClick={handleReset}>
          {t('reset')}
        </button>
      </div>
      <p role="status" className={status === 'notSaved' ? 'field-error' : undefined}>
        {status ? t(status) : ''}
      </p>
    </form>
  );
}

export const WeightSettingsSection = withMessages('weights', WEIGHTS_MESSAGES, WeightSettings);
