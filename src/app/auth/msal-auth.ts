import {
  InteractionRequiredAuthError,
  createStandardPublicClientApplication,
  type AccountInfo,
  type Configuration,
  type IPublicClientApplication,
} from '@azure/msal-browser';

/** Entra ID sign-in for live mode (auth code + PKCE through MSAL). Loaded lazily: demo mode never loads it. */
export type MsalSettings = { clientId: string; authority: string; scope: string };

export type Auth = {
  account(): { name: string; username: string } | undefined;
  /** A token for the Partner API; silent renewal, `forceRefresh` after a 401. */
  getToken(options: { forceRefresh: boolean }): Promise<string | undefined>;
  /** After a 401: one interactive sign-in; true when the call should be retried. */
  reauthenticate(): Promise<boolean>;
  signIn(): Promise<void>;
  signOut(): Promise<void>;
};

export function msalConfiguration(settings: MsalSettings, origin: string): Configuration {
  return {
    auth: {
      clientId: settings.clientId,
      authority: settings.authority,
      redirectUri: origin,
      postLogoutRedirectUri: origin,
    },
    // Tokens live for the tab's session only; never in localStorage.
    cache: { cacheLocation: 'sessionStorage' },
  };
}

export type MsalFactory = (configuration: Configuration) => Promise<IPublicClientApplication>;

const defaultFactory: MsalFactory = (configuration) =>
  createStandardPublicClientApplication(configuration);

export async function createMsalAuth(
  settings: MsalSettings,
  factory: MsalFactory = defaultFactory,
  origin = window.location.origin,
): Promise<Auth> {
  const msal = await factory(msalConfiguration(settings, origin));
  const redirect = await msal.handleRedirectPromise();
  const pick = (): AccountInfo | null =>
    msal.getActiveAccount() ?? msal.getAllAccounts()[0] ?? null;
  msal.setActiveAccount(redirect?.account ?? pick());
  const scopes = [settings.scope];

  return {
    account() {
      const account = pick();
      return account
        ? { name: account.name ?? account.username, username: account.username }
        : undefined;
    },
    async getToken({ forceRefresh }) {
      const account = pick();
      if (!account) return undefined;
      try {
        const result = await msal.acquireTokenSilent({ scopes, account, forceRefresh });
        return result.accessToken;
      } catch (error) {
        if (error instanceof InteractionRequiredAuthError) return undefined; // the 401 path signs in
        throw error;
      }
    },
    async reauthenticate() {
      try {
        const result = await msal.acquireTokenPopup({ scopes, account: pick() ?? undefined });
        msal.setActiveAccount(result.account);
        return true;
      } catch {
        return false;
      }
    },
    async signIn() {
      await msal.loginRedirect({ scopes });
    },
    async signOut() {
      await msal.logoutRedirect({ account: pick() ?? undefined });
    },
  };
}
