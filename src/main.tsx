import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHttpClient } from './api/http-client';
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

  const getToken =
    config.auth.kind === 'token'
      ? () => Promise.resolve((config.auth as { token: string }).token)
      : undefined;
  setReferralApi({
    http: createHttpClient({ baseUrl: config.baseUrl, timeoutMs: config.timeoutMs, getToken }),
    writeMethod: config.writeMethod,
  });

  root.render(
    <StrictMode>
      <App queryClient={createQueryClient()} i18n={createI18n(language)} demo={demo} />
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
