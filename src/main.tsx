import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHttpClient, type TokenProvider } from './api/http-client';
import { setReferralApi } from './api/api-registry';
import { App } from './app/app';
import { ConfigError, parseConfig } from './app/config';
import { createI18n, detectLanguage, ensureLanguage, LANGUAGE_KEY } from './app/i18n';
import { createQueryClient } from './app/query-client';
import { fetchRuntimeConfig } from './app/runtime-config';
import { StartError } from './app/start-error';
import { applyTheme, readThemeChoice } from './app/theme';
import type { DemoControls } from './app/demo-controls';
import { emailOfToken, setLiveUser } from './shared/current-user';
import './app/styles.css';

// The deployment's config.json, fetched before anything else so it loads with the translations.
const runtimeConfig = fetchRuntimeConfig();
const root = createRoot(document.getElementById('root') as HTMLElement);

// Translations are ready before anything can fail, so even the start-up error speaks the user's language.
const language = detectLanguage(
  localStorage.getItem(LANGUAGE_KEY),
  navigator.languages ?? [navigator.language],
);
const i18n = createI18n(language);

function renderStartError(isConfig: boolean, problems: string[]) {
  root.render(<StartError t={(key) => i18n.t(key)} isConfig={isConfig} problems={problems} />);
}

async function start() {
  applyTheme(readThemeChoice());
  document.documentElement.lang = language;
  const [runtime] = await Promise.all([runtimeConfig, ensureLanguage(i18n, language)]);
  // config.json over the build's VITE_* values, one schema for both (README, "Deploy").
  const config = parseConfig({ ...import.meta.env, ...runtime });

  let demo: DemoControls | undefined;
  if (config.mode === 'demo') {
    // The simulator is its own chunk, loaded only in demo mode.
    const { startDemoBackend, OWN_TEAM } = await import('./mocks/browser');
    const simulator = await startDemoBackend({ search: window.location.search });
    demo = {
      reset: () => simulator.reset(),
      faults: simulator.faults,
      teamMembers: OWN_TEAM.map((m) => ({ email: m.email, name: `${m.firstName} ${m.lastName}` })),
    };
  }

  let getToken: TokenProvider | undefined;
  let onUnauthenticated: (() => Promise<boolean>) | undefined;
  let account: ReactNode;
  if (config.auth.kind === 'token') {
    const token = config.auth.token;
    getToken = () => Promise.resolve(token);
    if (config.mode === 'live') setLiveUser(emailOfToken(token));
  } else if (config.auth.kind === 'msal') {
    // MSAL is its own chunk, loaded only in live mode with Entra ID sign-in.
    const [{ createMsalAuth }, { AccountMenu }] = await Promise.all([
      import('./app/auth/msal-auth'),
      import('./app/auth/account-menu'),
    ]);
    const auth = await createMsalAuth(config.auth);
    setLiveUser(auth.account()?.username);
    getToken = (options) => auth.getToken(options);
    onUnauthenticated = () => auth.reauthenticate();
    account = <AccountMenu auth={auth} />;
  }
  setReferralApi({
    http: createHttpClient({
      // A path (the dev proxy) is resolved against this origin.
      baseUrl: new URL(config.baseUrl, window.location.origin).href,
      timeoutMs: config.timeoutMs,
      getToken,
      onUnauthenticated,
    }),
    writeMethod: config.writeMethod,
  });

  root.render(
    <StrictMode>
      <App queryClient={createQueryClient()} i18n={i18n} demo={demo} account={account} />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  if (error instanceof ConfigError) renderStartError(true, error.problems);
  else renderStartError(false, [error instanceof Error ? error.message : String(error)]);
});
