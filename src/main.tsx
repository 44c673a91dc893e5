import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { QueryClient } from '@tanstack/react-query';
import { createHttpClient, type TokenProvider } from './api/http-client';
import { setReferralApi } from './api/api-registry';
import { referralQueries } from './api/referral-queries';
import { App } from './app/app';
import { ConfigError, parseConfig, type AppConfig } from './app/config';
import {
  clearDeviceCopy,
  isDeviceCopyOn,
  mayHaveDeviceCopy,
  setDeviceCopyController,
  setDeviceCopyDefault,
} from './app/device-copy/device-copy-choice';
import { createI18n, detectLanguage, ensureLanguage, LANGUAGE_KEY } from './app/i18n';
import { createQueryClient } from './app/query-client';
import { fetchRuntimeConfig } from './app/runtime-config';
import { StartError } from './app/start-error';
import { applyTheme, readThemeChoice } from './app/theme';
import { intlLocaleFor } from './components/ui/use-intl-locale';
import { loadMessages } from './components/ui/messages';
import { PANEL_WORDS } from './app/panel-words';
import type * as DeviceCopyModule from './app/device-copy/device-copy';
import { emailOfToken, setLiveUser } from './shared/current-user';
import './app/styles.css';

/** Start-up steps on the Performance timeline (bench/cold-timeline.mjs reads them). */
const mark = (name: string) => performance.mark(name);
mark('rd:boot');

// The deployment's config.json, fetched before anything else so it loads with the translations.
const runtimeConfig = fetchRuntimeConfig();
// A demo build evaluates the demo backend (preloaded by route-preload.js) now, beside config.json
// and before the shell's first render, rather than after both (decision 046); config.json may
// still choose live mode, and then it is never started.
const demoBackend =
  (import.meta.env.VITE_API_MODE ?? 'demo') === 'demo' ? import('./mocks/browser') : undefined;
void demoBackend?.catch(() => undefined);
const root = createRoot(document.getElementById('root') as HTMLElement);

// Translations are ready before anything can fail, so even the start-up error speaks the user's language.
const language = detectLanguage(
  localStorage.getItem(LANGUAGE_KEY),
  navigator.languages ?? [navigator.language],
);
const i18n = createI18n();
const languageReady = ensureLanguage(i18n, language);

async function renderStartError(isConfig: boolean, problems: string[]) {
  // The words may still be on their way (or failed: then the keys show, with the problems).
  await languageReady.catch(() => undefined);
  const t = (key: string) => (i18n.locale ? i18n._(`common:${key}`) : key);
  root.render(<StartError t={t} isConfig={isConfig} problems={problems} />);
}

type Backend = {
  getToken?: TokenProvider;
  onUnauthenticated?: () => Promise<boolean>;
  /** Demo mode's banner, ready to show (its code and words are loaded). */
  demoPanel?: ReactNode;
  account?: ReactNode;
  /** Whose referrals these are: the device copy of another account is never shown. */
  accountKey: string;
};

/** The demo backend or the sign-in: gates the requests, not the first render. */
async function startBackend(config: AppConfig): Promise<Backend> {
  if (config.mode === 'demo') {
    // The banner's code and words load beside the backend and are there when it is: the banner
    // never arrives after the page and pushes it down (docs/decisions/065).
    const panel = Promise.all([
      import('./app/demo-controls'),
      loadMessages(i18n, 'common-panels', PANEL_WORDS, language),
    ]);
    void panel.catch(() => undefined);
    // The simulator is its own chunk, loaded only in demo mode.
    const { startDemoBackend, OWN_TEAM } = await (demoBackend ?? import('./mocks/browser'));
    const simulator = await startDemoBackend({ search: window.location.search });
    const [{ DemoBanner }] = await panel;
    const controls = {
      reset: () => {
        simulator.reset();
        void clearDeviceCopy();
      },
      faults: simulator.faults,
      teamMembers: OWN_TEAM.map((m) => ({
        email: m.email,
        name: `${m.firstName} ${m.lastName}`,
      })),
    };
    return { demoPanel: <DemoBanner controls={controls} />, accountKey: 'demo' };
  }
  if (config.auth.kind === 'token') {
    const token = config.auth.token;
    if (config.mode === 'live') setLiveUser(emailOfToken(token));
    return { getToken: () => Promise.resolve(token), accountKey: `token:${await digest(token)}` };
  }
  if (config.auth.kind === 'msal') {
    // MSAL is its own chunk, loaded only in live mode with Entra ID sign-in.
    const [{ createMsalAuth }, { AccountMenu }] = await Promise.all([
      import('./app/auth/msal-auth'),
      import('./app/auth/account-menu'),
    ]);
    const auth = await createMsalAuth(config.auth);
    setLiveUser(auth.account()?.username);
    return {
      getToken: (options) => auth.getToken(options),
      onUnauthenticated: () => auth.reauthenticate(),
      account: <AccountMenu auth={auth} />,
      accountKey: `entra:${auth.account()?.username ?? ''}`,
    };
  }
  return { accountKey: 'anonymous' };
}

/** A one-way name for a token (the copy's owner), so the token itself is never stored. */
async function digest(text: string): Promise<string> {
  const data = new TextEncoder().encode(text);
  // crypto.subtle exists only on secure origins (https, localhost); elsewhere FNV-1a will do.
  if (!globalThis.crypto?.subtle) {
    let hash = 0x811c9dc5;
    for (const byte of data) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
    return hash.toString(16);
  }
  const bytes = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(bytes).slice(0, 12)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

let deviceCopyModule: Promise<typeof DeviceCopyModule> | undefined;
/** The copy's chunk, asked for once (at start when the copy is on, else when switched on). */
function loadDeviceCopy() {
  deviceCopyModule ??= import('./app/device-copy/device-copy').catch((error: unknown) => {
    deviceCopyModule = undefined;
    throw error;
  });
  return deviceCopyModule;
}

/** The device copy, when on: restored before the first request, kept up to date afterwards. */
async function startDeviceCopy(queryClient: QueryClient, accountKey: string): Promise<void> {
  const { createDeviceCopy } = await loadDeviceCopy();
  const copy = createDeviceCopy({ queryClient, accountKey });
  setDeviceCopyController(copy);
  if (isDeviceCopyOn()) {
    await copy.restore();
    await copy.enable();
  }
}

async function start() {
  applyTheme(readThemeChoice());
  document.documentElement.lang = language;
  // config.json over the build's VITE_* values, one schema for both (README, "Deploy"); it was
  // asked for at load, alongside the translations.
  const config = parseConfig({ ...import.meta.env, ...(await runtimeConfig) });
  setDeviceCopyDefault(config.mode);
  // A demo build's route-preload.js registered the demo backend's worker; config.json chose live.
  if (config.mode !== 'demo') {
    void window.__referralDeskWorker?.then((registration) => registration.unregister());
  }
  const queryClient = createQueryClient();
  const backend = startBackend(config);
  // With the copy on, its chunk (preloaded by route-preload.js) and the token's digest (whose copy
  // it is) are asked for now, beside the translations and the shell's first render, not after.
  if (isDeviceCopyOn()) void loadDeviceCopy().catch(() => undefined);
  // The device copy's owner is known before the backend is up, except with Entra ID sign-in:
  // then the copy waits for the account.
  const accountKey =
    config.mode === 'demo'
      ? Promise.resolve('demo')
      : config.auth.kind === 'token'
        ? digest(config.auth.token).then((hash) => `token:${hash}`)
        : backend.then((b) => b.accountKey);
  // The list the first route shows is asked for now; its request waits only for the backend.
  if (isFirstListUnfiltered(window.location)) {
    void queryClient.prefetchQuery(referralQueries.list({}));
  }
  const render = (parts: Partial<Backend> = {}) =>
    root.render(
      <StrictMode>
        <App
          queryClient={queryClient}
          i18n={i18n}
          demoPanel={parts.demoPanel}
          account={parts.account}
        />
      </StrictMode>,
    );
  await languageReady;
  // The shell and the route's skeleton at once; the demo panel or account menu when ready.
  render();
  mark('rd:shell-render');
  // The formatters the first rows or cards need, built while their data is on its way (a small
  // chunk of its own: nothing on screen waits for it).
  void import('./app/warm-intl').then((m) => m.warmIntlAfterPaint(intlLocaleFor(language)));

  // Another demo data set (size, seed, reset) makes the device copy another account's.
  const isNewDemoData =
    config.mode === 'demo' && /[?&]demo-(size|seed|reset)\b/.test(window.location.search);
  const fresh = isNewDemoData ? clearDeviceCopy().catch(() => undefined) : Promise.resolve();
  const deviceCopy = Promise.all([accountKey, fresh]).then(([key]) => {
    if (isDeviceCopyOn()) return startDeviceCopy(queryClient, key).catch(() => undefined);
    // The copy's module is loaded only when the user switches it on.
    setDeviceCopyController({
      enable: () => startDeviceCopy(queryClient, key),
      disable: clearDeviceCopy,
      clear: clearDeviceCopy,
    });
  });
  void backend.then(() => mark('rd:backend-ready'));
  void deviceCopy.then(() => mark('rd:device-copy-ready'));
  // New demo data has just cleared the copy, and a copy switched off has nothing to restore: the
  // request need not wait for it (in live mode that wait was the token's digest, after the shell's
  // first render). Nor when route-preload.js found no copy (a first visit): the restore then has
  // nothing to put in the cache before the list's request (docs/decisions/063).
  const hasCopyToRestore = isDeviceCopyOn() && !isNewDemoData;
  const restored = hasCopyToRestore
    ? mayHaveDeviceCopy().then((mayHave) => (mayHave ? deviceCopy : undefined))
    : undefined;
  const [ready] = await Promise.all([backend, restored]);
  setReferralApi({
    http: createHttpClient({
      // A path (the dev proxy) is resolved against this origin.
      baseUrl: new URL(config.baseUrl, window.location.origin).href,
      timeoutMs: config.timeoutMs,
      getToken: ready.getToken,
      onUnauthenticated: ready.onUnauthenticated,
    }),
    writeMethod: config.writeMethod,
    isServerInPage: config.mode === 'demo',
  });
  mark('rd:api-ready');
  if (ready.demoPanel || ready.account) render(ready);
}

/**
 * Whether the route at `location` starts with the unfiltered list: the board always does; the list
 * view sends some URL filters to the server instead (docs/decisions/003).
 */
function isFirstListUnfiltered({ pathname, search }: Location): boolean {
  if (/^\/pipeline\/?$/.test(pathname)) return true;
  if (!/^\/(referrals\/?)?$/.test(pathname)) return false;
  return [...new URLSearchParams(search).keys()].every((key) => key.startsWith('demo-'));
}

start().catch((error: unknown) => {
  if (error instanceof ConfigError) void renderStartError(true, error.problems);
  else void renderStartError(false, [error instanceof Error ? error.message : String(error)]);
});
