import { useId } from 'react';
import { useT } from '../components/ui/use-t';
import { SETTINGS_SECTIONS } from './settings-sections';

/** The Settings dialog's content: every section of settings-sections.tsx, then Done. */
export function SettingsBody({ onDone }: { onDone: () => void }) {
  const { t } = useT();
  const id = useId();
  return (
    <div className="settings-body">
      {SETTINGS_SECTIONS.map(({ id: sectionId, titleKey, Component }) =>
        titleKey ? (
          <section
            key={sectionId}
            className="settings-section"
            aria-labelledby={`${id}-${sectionId}`}
          >
            <h3 id={`${id}-${sectionId}`}>{t(titleKey)}</h3>
            <Component />
          </section>
        ) : (
          // A section that names itself (a form or fieldset with its own heading or legend).
          <div key={sectionId} className="settings-section">
            <Component />
          </div>
        ),
      )}
      <div className="form-actions">
        <button type="button" onClick={onDone}>
          {t('settings.done')}
        </button>
      </div>
    </div>
  );
}
