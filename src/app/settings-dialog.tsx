import { Suspense, useRef, useState } from 'react';
import { lazyWithMessages } from '../components/ui/messages';
import { PANEL_WORDS } from './panel-words';
import { useT } from '../components/ui/use-t';
import { ModalDialog } from '../components/ui/modal-dialog';

// Loaded when the dialog first opens: the first route does not carry the sections.
const SettingsBody = lazyWithMessages('common-panels', PANEL_WORDS, () =>
  import('./settings-body').then((m) => m.SettingsBody),
);

/** The gear button in the header and the Settings dialog it opens (sections: settings-sections.tsx). */
export function SettingsButton() {
  const { t } = useT();
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
          <Suspense fallback={<p className="loading">{t('loading')}</p>}>
            <SettingsBody onDone={handleClose} />
          </Suspense>
        </ModalDialog>
      )}
    </>
  );
}
