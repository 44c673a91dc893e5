import {
  InteractionRequiredAuthError,
  type AccountInfo,
  type Configuration,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { createHttpClient } from '../../api/http-client';
import { createMsalAuth, msalConfiguration, type MsalFactory } from './msal-auth';

const settings = {
  clientId: 'client-1',
  authority: 'https://login.microsoftonline.com/organizations',
  scope: 'https://api.partner.microsoft.com/.default',
};
const account = {
  homeAccountId: 'h',
  environment: 'e',
  tenantId: 't',
  username: 'rep@contoso.com',
  localAccountId: 'l',
  name: 'Rep One',
} as AccountInfo;

/** A fake PublicClientApplication: records calls and hands out numbered tokens. */
function fakeMsal(options: { signedIn: boolean; silentFails?: boolean }) {
  let active: AccountInfo | null = null;
  let issued = 0;
  const calls: { method: string; args: unknown }[] = [];
  let configuration: Configuration | undefined;
  const pca = {
    handleRedirectPromise: () => Promise.resolve(null),
    getActiveAccount: () => active,
    setActiveAccount: (a: AccountInfo | null) => {
      active = a;
    },
    getAllAccounts: () => (options.signedIn ? [account] : []),
    acquireTokenSilent: (request: { forceRefresh?: boolean }) => {
      calls.push({ method: 'acquireTokenSilent', args: request });
      if (options.silentFails)
        return Promise.reject(
          new InteractionRequiredAuthError('interaction_required', 'test-correlation'),
        );
      issued += 1;
      return Promise.resolve({ accessToken: `token-${issued}`, account });
    },
    acquireTokenPopup: (request: unknown) => {
      calls.push({ method: 'acquireTokenPopup', args: request });
      issued += 1;
      return Promise.resolve({ accessToken: `token-${issued}`, account });
    },
    loginRedirect: (request: unknown) => {
      calls.push({ method: 'loginRedirect', args: request });
      return Promise.resolve();
    },
    logoutRedirect: (request: unknown) => {
      calls.push({ method: 'logoutRedirect', args: request });
      return Promise.resolve();
    },
  };
  const factory: MsalFactory = (config) => {
    configuration = config;
    return Promise.resolve(pca as unknown as IPublicClientApplication);
  };
  return { factory, calls, configuration: () => configuration };
}

describe('MSAL wiring', () => {
  test('signed out: no account, no token; Sign in redirects with the Partner API scope', async () => {
    const fake = fakeMsal({ signedIn: false });
    const auth = await createMsalAuth(settings, fake.factory, 'https://app.test');
    expect(auth.account()).toBeUndefined();
    expect(await auth.getToken({ forceRefresh: false })).toBeUndefined();
    await auth.signIn();
    expect(fake.calls).toEqual([{ method: 'loginRedirect', args: { scopes: [settings.scope] } }]);
    expect(fake.configuration()).toMatchObject({
      auth: { clientId: 'client-1', redirectUri: 'https://app.test' },
      cache: { cacheLocation: 'sessionStorage' },
    });
  });

  test('signed in: the name shows and tokens renew silently', async () => {
    const fake = fakeMsal({ signedIn: true });
    const auth = await createMsalAuth(settings, fake.factory, 'https://app.test');
    expect(auth.account()).toEqual({ name: 'Rep One', username: 'rep@contoso.com' });
    expect(await auth.getToken({ forceRefresh: false })).toBe('token-1');
    expect(await auth.getToken({ forceRefresh: true })).toBe('token-2');
    expect(fake.calls.map((c) => c.args)).toEqual([
      { scopes: [settings.scope], account, forceRefresh: false },
      { scopes: [settings.scope], account, forceRefresh: true },
    ]);
  });

  test('a 401 triggers one interactive sign-in and one retry, no more', async () => {
    const fake = fakeMsal({ signedIn: true });
    const auth = await createMsalAuth(settings, fake.factory, 'https://app.test');
    const seen: (string | null)[] = [];
    const statuses = [401, 200, 401, 401];
    const fetchImpl: typeof fetch = (_url, init) => {
      seen.push(new Headers(init?.headers).get('Authorization'));
      const status = statuses.shift() ?? 500;
      return Promise.resolve(
        new Response(
          JSON.stringify(
            status === 200
              ? { ok: true }
              : { error: { code: 'unauthenticated', message: 'Token expired' } },
          ),
          { status },
        ),
      );
    };
    const http = createHttpClient({
      baseUrl: 'https://api.test/r',
      fetch: fetchImpl,
      getToken: (o) => auth.getToken(o),
      onUnauthenticated: () => auth.reauthenticate(),
    });

    await expect(http.request({ url: 'x' })).resolves.toMatchObject({ status: 200 });
    expect(seen).toEqual(['Bearer token-1', 'Bearer token-3']);
    expect(fake.calls.filter((c) => c.method === 'acquireTokenPopup')).toHaveLength(1);

    // Still 401 after signing in again: the error reaches the caller, no loop.
    await expect(http.request({ url: 'x' })).rejects.toMatchObject({
      kind: 'http',
      status: 401,
      code: 'unauthenticated',
    });
    expect(fake.calls.filter((c) => c.method === 'acquireTokenPopup')).toHaveLength(2);
  });

  test('an expired session asks for interaction instead of failing the call', async () => {
    const fake = fakeMsal({ signedIn: true, silentFails: true });
    const auth = await createMsalAuth(settings, fake.factory, 'https://app.test');
    expect(await auth.getToken({ forceRefresh: false })).toBeUndefined();
  });

  test('the real PublicClientApplication keeps its cache out of localStorage', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const config = msalConfiguration(settings, 'http://localhost');
    expect(config.cache?.cacheLocation).toBe('sessionStorage');
    const auth = await createMsalAuth(settings, undefined, 'http://localhost');
    expect(auth.account()).toBeUndefined();
    const localKeys = Object.keys(localStorage);
    expect(localKeys.filter((k) => /msal|token|login\.windows|microsoftonline/i.test(k))).toEqual(
      [],
    );
  });
});
