import { useState, type ComponentType } from 'react';
import { useT } from '../components/ui/use-t';
import { updateSettings, useSettings } from '../shared/settings';
import { WeightSettingsSection } from '../features/insights/weight-settings-section';
import { DeviceCopySection } from './device-copy/device-copy-section';
import { NumberSettingField } from './settings-fields';

/**
 * The Settings dialog is a list of sections. To add one: a component (it reads and writes
 * src/shared/settings.ts, with its own field for any new value) and a line in SETTINGS_SECTIONS.
 */
export type SettingsSection = {
  id: string;
  /** The section's heading (common namespace); none when the section names itself. */
  titleKey?: string;
  Component: ComponentType;
};

function AgingSection() {
  const { t } = useT();
  return (
    <>
      <p className="settings-hint">{t('settings.aging.hint')}</p>
      <NumberSettingField name="agingNewDays" label={t('settings.aging.newDays')} />
      <NumberSettingField name="agingActiveDays" label={t('settings.aging.activeDays')} />
    </>
  );
}

function ScopesSection() {
  const { t } = useT();
  return <NumberSettingField name="staleDays" label={t('settings.scopes.staleDays')} />;
}

function RefreshSection() {
  const { t } = useT();
  return <NumberSettingField name="refreshMinutes" label={t('settings.refresh.minutes')} />;
}

function NotifySection() {
  const { t } = useT();
  const { notify } = useSettings();
  const isSupported = typeof window !== 'undefined' && 'Notification' in window;
  const [isDenied, setIsDenied] = useState(
    () => isSupported && Notification.permission === 'denied',
  );
  if (!isSupported) return <p>{t('settings.notify.unsupported')}</p>;
  // Permission is asked for here, on the user's click, never at start.
  const handleChange = async (checked: boolean) => {
    if (!checked) {
      updateSettings({ notify: false });
      return;
    }
    const permission =
      Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission();
    setIsDenied(permission === 'denied');
    updateSettings({ notify: permission === 'granted' });
  };
  return (
    <>
      <label className="settings-check">
        <input
          type="checkbox"
          checked={notify && !isDenied}
          onChange={(event) => void handleChange(event.target.checked)}
        />
        {t('settings.notify.label')}
      </label>
      {isDenied && <p className="field-error">{t('settings.notify.denied')}</p>}
    </>
  );
}

export const SETTINGS_SECTIONS: readonly SettingsSection[] = [
  { id: 'aging', titleKey: 'settings.aging.title', Component: AgingSection },
  { id: 'scopes', titleKey: 'settings.scopes.title', Component: ScopesSection },
  { id: 'refresh', titleKey: 'settings.refresh.title', Component: RefreshSection },
  { id: 'notify', titleKey: 'settings.notify.title', Component: NotifySection },
  { id: 'weights', Component: WeightSettingsSection },
  { id: 'device-copy', Component: DeviceCopySection },
];
