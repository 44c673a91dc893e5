import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PROBABILITIES, type StageProbabilities } from './insights-data';
import { saveProbabilities, useStageProbabilities } from './stage-probabilities';

/** Its own words, so the section can sit in any dialog (namespace 'weights'). */
export const weightsEn = {
  title: 'Win probabilities',
  hint: 'The weighted pipeline multiplies each open referral’s value by its stage’s probability.',
  new: 'New (%)',
  accepted: 'Active · Accepted (%)',
  save: 'Save probabilities',
  reset: 'Restore defaults (10 % and 40 %)',
  saved: 'Probabilities saved.',
  notSaved: 'The browser refused to store the probabilities; nothing was saved.',
  invalid: 'Enter a whole or decimal number from 0 to 100.',
};
export const weightsTr: typeof weightsEn = {
  title: 'Kazanma olasılıkları',
  hint: 'Ağırlıklı satış hattı, her açık yönlendirmenin değerini aşamasının olasılığıyla çarpar.',
  new: 'Yeni (%)',
  accepted: 'Etkin · Kabul edildi (%)',
  save: 'Olasılıkları kaydet',
  reset: 'Varsayılanlara dön (%10 ve %40)',
  saved: 'Olasılıklar kaydedildi.',
  notSaved: 'Tarayıcı olasılıkları saklamayı reddetti; hiçbir şey kaydedilmedi.',
  invalid: '0 ile 100 arasında bir sayı girin.',
};

type Field = keyof StageProbabilities;
const FIELDS: readonly Field[] = ['new', 'accepted'];

function parseField(text: string): number | null {
  const normal = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normal)) return null;
  const value = Number(normal);
  return value >= 0 && value <= 100 ? value : null;
}

function useWeightWords() {
  const { t, i18n } = useTranslation('weights');
  if (!i18n.hasResourceBundle('en', 'weights')) i18n.addResourceBundle('en', 'weights', weightsEn);
  if (!i18n.hasResourceBundle('tr', 'weights')) i18n.addResourceBundle('tr', 'weights', weightsTr);
  return t;
}

/**
 * The stage probabilities of the weighted pipeline, editable; self-contained (words, store), so
 * the Settings dialog can show it as one of its sections.
 */
export function WeightSettingsSection() {
  const t = useWeightWords();
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
