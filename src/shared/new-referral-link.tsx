import { useT } from '../components/ui/use-t';
import { Link, useLocation } from 'wouter';
import { useKeyShortcut } from '../components/ui/use-key-shortcut';

export const NEW_REFERRAL_PATH = '/referrals/new';

/** The `N` shortcut to "New referral", for any view that offers the link (list, board, inbox). */
export function useNewReferralShortcut(isEnabled = true): void {
  const [, navigate] = useLocation();
  useKeyShortcut('n', () => navigate(NEW_REFERRAL_PATH), isEnabled);
}

/** "New referral": a link styled as a button, with the `N` shortcut announced and installed. */
export function NewReferralLink({ className = 'button' }: { className?: string }) {
  const { t } = useT('referral');
  useNewReferralShortcut();
  return (
    <Link
      to={NEW_REFERRAL_PATH}
      className={className}
      aria-keyshortcuts="N"
      title={t('newReferral.shortcut')}
    >
      {t('newReferral.label')}
    </Link>
  );
}
