import { useEffect } from 'react';
import { useT } from '../components/ui/use-t';
import { ModalDialog } from '../components/ui/modal-dialog';
import { useNavigationBlocker } from '../components/ui/navigation-blocker';

/**
 * Asks before an in-app navigation away from unsaved input (the edit and the create form); the
 * browser asks on tab close/reload.
 */
export function LeaveGuard({ isDirty }: { isDirty: boolean }) {
  const { t } = useT('referral');
  const blocker = useNavigationBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!isDirty) return;
    const handleBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', handleBeforeUnload);
    return () => window.removeEventListener('beforeunload', handleBeforeUnload);
  }, [isDirty]);
  const { isBlocked } = blocker;
  return (
    <ModalDialog
      title={t('leave.title')}
      isOpen={isBlocked}
      onClose={() => blocker.reset()}
      description={<p>{t('leave.body')}</p>}
    >
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={() => blocker.reset()}>
          {t('leave.stay')}
        </button>
        <button type="button" className="button-danger" onClick={() => blocker.proceed()}>
          {t('leave.leave')}
        </button>
      </div>
    </ModalDialog>
  );
}
