import { useId, useState } from 'react';
import { useT } from '../../components/ui/use-t';
import { clearDeviceCopy, setDeviceCopyOn, useDeviceCopyOn } from './device-copy-choice';

/** The device copy switch and a way to remove the copy; for the Settings dialog. */
export function DeviceCopySection() {
  const { t } = useT();
  const isOn = useDeviceCopyOn();
  const [isCleared, setIsCleared] = useState(false);
  const helpId = useId();
  const handleClear = async () => {
    await clearDeviceCopy();
    setIsCleared(true);
  };
  return (
    <fieldset className="device-copy">
      <legend>{t('deviceCopy.title')}</legend>
      <label>
        <input
          type="checkbox"
          checked={isOn}
          aria-describedby={helpId}
          onChange={(event) => {
            setIsCleared(false);
            void setDeviceCopyOn(event.target.checked);
          }}
        />{' '}
        {t('deviceCopy.label')}
      </label>
      <p id={helpId} className="device-copy-help">
        {t('deviceCopy.help')}
      </p>
      <button type="button" className="button-secondary" onClick={() => void handleClear()}>
        {t('deviceCopy.clear')}
      </button>
      <p role="status">{isCleared ? t('deviceCopy.cleared') : ''}</p>
    </fieldset>
  );
}

/** Until the Settings dialog holds the section: a small disclosure in the header. */
export function DeviceCopyMenu() {
  const { t } = useT();
  return (
    <details className="device-copy-menu">
      <summary>{t('deviceCopy.menu')}</summary>
      <div className="device-copy-panel">
        <DeviceCopySection />
      </div>
    </details>
  );
}
