import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../components/ui/modal-dialog';
import { SETTINGS_SECTIONS } from './settings-sections';

/** The gear button in the header and the Settings dialog it opens (sections: settings-sections.tsx). */
export function SettingsButton() {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Mounted only while open (no hidden dialog in the page); the focus returns to the gear.
  const handleClose = () => {
    setIsOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button-ghost settings-button"
        aria-label={t('settings.open')}
        title={t('settings.open')}
        onClick={() => setIsOpen(true)}
      >
        <span aria-hidden="true">⚙</span>
      </button>
      {isOpen && (
        <ModalDialog title={t('settings.title')} isOpen onClose={handleClose}>
          <SettingsBody onDone={handleClose} />
        </ModalDialog>
      )}
    </>
  );
}

function SettingsBody({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="settings-body">
      {SETTINGS_SECTIONS.map(({ id: sectionId, titleKey, Component }) => (
        <section
          key={sectionId}
          className="settings-section"
          aria-labelledby={`${id}-${sectionId}`}
        >
          <h3 id={`${id}-${sectionId}`}>{t(titleKey)}</h3>
          <Component />
        </section>
      ))}
      <div className="form-actions">
        <button type="button" onClick={onDone}>
          {t('settings.done')}
        </button>
      </div>
    </div>
  );
}
