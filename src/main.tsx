import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHttpClient, type TokenProvider } from './api/http-client';
import { setReferralApi } from './api/api-registry';
import { App } from './app/app';
import { ConfigError, parseConfig } from './app/config';
import { createI18n, detectLanguage, LANGUAGE_KEY } from './app/i18n';
import { createQueryClient } from './app/query-client';
import { applyTheme, readThemeChoice } from './app/theme';
import type { DemoControls } from './app/demo-controls';
import './app/styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);

function renderStartError(title: string, problems: string[]) {
  // Plain DOM-free React without i18n: the configuration itself is what failed.
  root.render(
    <main className="error-state" role="alert">
      <h1>{title}</h1>
      <ul>
        {problems.map((p) => (
          <li key={p}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
      <p>See README.md, section “Configuration”, and .env.example.</p>
    </main>,
  );
}

async function start() {
  applyTheme(readThemeChoice());
  const language = detectLanguage(
    localStorage.getItem(LANGUAGE_KEY),
    navigator.languages ?? [navigator.language],
  );
  document.documentElement.lang = language;
  const config = parseConfig(import.meta.env);

  let demo: DemoControls | undefined;
  if (config.mode === 'demo') {
    // The simulator is its own chunk, loaded only in demo mode.
    const { startDemoBackend } = await import('./mocks/browser');
    const simulator = await startDemoBackend({ search: window.location.search });
    demo = { reset: () => simulator.reset(), faults: simulator.faults };
  }

  let getToken: TokenProvider | undefined;
  let onUnauthenticated: (() => Promise<boolean>) | undefined;
  let account: ReactNode;
  if (config.auth.kind === 'token') {
    const token = config.auth.token;
    getToken = () => Promise.resolve(token);
  } else if (config.auth.kind === 'msal') {
    // MSAL is its own chunk, loaded only in live mode with Entra ID sign-in.
    const [{ createMsalAuth }, { AccountMenu }] = await Promise.all([
      import('./app/auth/msal-auth'),
      import('./app/auth/account-menu'),
    ]);
    const auth = await createMsalAuth(config.auth);
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
      <App
        queryClient={createQueryClient()}
        i18n={createI18n(language)}
        demo={demo}
        account={account}
      />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  if (error instanceof ConfigError)
    renderStartError('Referral Desk cannot start: the configuration is invalid.', error.problems);
  else
    renderStartError('Referral Desk could not start.', [
      error instanceof Error ? error.message : String(error),
    ]);
});
