import { useId, useState } from 'react';
import { useT } from '../components/ui/use-t';
import {
  SETTING_LIMITS,
  settingSchemas,
  updateSettings,
  useSettings,
  type NumberSetting,
} from '../shared/settings';

/**
 * A whole-number setting. A valid value is kept at once; an invalid one shows why next to the
 * field and is never stored (the last valid value stays in force).
 */
export function NumberSettingField({ name, label }: { name: NumberSetting; label: string }) {
  const { t } = useT();
  const settings = useSettings();
  const id = useId();
  const [draft, setDraft] = useState(() => String(settings[name]));
  const limits = SETTING_LIMITS[name];
  const trimmed = draft.trim();
  const isValid = /^\d+$/.test(trimmed) && settingSchemas[name].safeParse(Number(trimmed)).success;
  const handleChange = (value: string) => {
    setDraft(value);
    const text = value.trim();
    if (/^\d+$/.test(text) && settingSchemas[name].safeParse(Number(text)).success)
      updateSettings({ [name]: Number(text) });
  };
  return (
    <div className="settings-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={limits.min}
        max={limits.max}
        step={1}
        value={draft}
        aria-invalid={!isValid}
        aria-describedby={isValid ? undefined : `${id}-error`}
        onChange={(event) => handleChange(event.target.value)}
      />
      {!isValid && (
        <p id={`${id}-error`} className="field-error">
          {t('settings.outOfRange', limits)}
        </p>
      )}
    </div>
  );
}
