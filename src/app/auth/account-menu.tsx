import { useT } from '../../components/ui/use-t';
import { clearDeviceCopy } from '../device-copy/device-copy-choice';
import type { Auth } from './msal-auth';

/** Sign in / out in the header with the user's name (live mode with MSAL only). */
export function AccountMenu({ auth }: { auth: Auth }) {
  const { t } = useT();
  const account = auth.account();
  if (!account) {
    return (
      <button type="button" onClick={() => void auth.signIn()}>
        {t('auth.signIn')}
      </button>
    );
  }
  return (
    <span className="account">
      <span title={account.username}>{t('auth.signedInAs', { name: account.name })}</span>{' '}
      <button type="button" className="button-secondary" onClick={() => void handleSignOut(auth)}>
        {t('auth.signOut')}
      </button>
    </span>
  );
}

/** The device copy is the signed-in account's: it goes before the account does. */
async function handleSignOut(auth: Auth) {
  await clearDeviceCopy().catch(() => undefined);
  await auth.signOut();
}
