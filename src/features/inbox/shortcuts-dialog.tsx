import { useT } from '../../components/ui/use-t';
import { ModalDialog } from '../../components/ui/modal-dialog';
import { SHORTCUTS, type InboxCommand } from './inbox-keys';

const LABEL: Readonly<Record<InboxCommand, string>> = {
  next: 'shortcuts.next',
  previous: 'shortcuts.previous',
  open: 'shortcuts.openReferral',
  accept: 'shortcuts.accept',
  decline: 'shortcuts.decline',
  select: 'shortcuts.select',
  range: 'shortcuts.range',
  help: 'shortcuts.help',
};

export function ShortcutsDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const { t } = useT('inbox');
  return (
    <ModalDialog
      title={t('shortcuts.title')}
      isOpen={isOpen}
      onClose={onClose}
      description={<p>{t('shortcuts.hint')}</p>}
    >
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.key')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(({ keys, command }) => (
            <tr key={command}>
              <td>
                {keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ' / '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(LABEL[command])}</td>
            </tr>
          ))}
          {/* Handled by the page's "New referral" link (src/shared/new-referral-link.tsx). */}
          <tr>
            <td>
              <kbd>N</kbd>
            </td>
            <td>{t('shortcuts.newReferral')}</td>
          </tr>
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
