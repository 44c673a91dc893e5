import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { I18nProvider } from '@lingui/react';
import { act, type ReactElement, type ReactNode } from 'react';
import { ToastProvider } from '../components/ui/toast';
import type { Language } from '../app/i18n';
import { createTestI18n, SHELL_NAMESPACES, type Namespace } from './test-i18n';
import { AppShell } from '../app/app';
import { AppRoutes } from '../app/router';
import { createMemoryHistory } from '../components/ui/history';
import { createBlockingHistory } from '../components/ui/navigation-blocker';
import { retryDelay } from '../api/retry-policy';

/** A fresh QueryClient per test: no retries (tests assert the first failure), no cache sharing. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, retryDelay, refetchOnWindowFocus: false, gcTime: Infinity },
      mutations: { retry: false },
    },
  });
}

type Options = {
  language?: Language;
  queryClient?: QueryClient;
  /** Namespaces loaded up front; every one by default, the shell's only for the whole app. */
  namespaces?: readonly Namespace[];
};

/** Where the test's router is, and a way to move it (back/forward or to a path). */
export type TestRouter = {
  readonly state: { location: Location; historyAction: 'POP' | 'PUSH' | 'REPLACE' };
  navigate(to: number | string): Promise<void>;
};
type Location = { pathname: string; search: string; hash: string };

export type RenderAppResult = RenderResult & { queryClient: QueryClient; router: TestRouter };

/** Render routes (a wouter `<Switch>`) in a memory history with every provider the app has, as the app does. */
export function renderRoutes(
  routes: ReactNode,
  initialUrl: string,
  options: Options = {},
): RenderAppResult {
  const queryClient = options.queryClient ?? createTestQueryClient();
  const i18n = createTestI18n(options.language ?? 'en', options.namespaces);
  const history = createBlockingHistory(createMemoryHistory([initialUrl]));
  const router: TestRouter = {
    get state() {
      return { location: history.location, historyAction: history.action };
    },
    navigate: async (to) => {
      await act(async () => {
        if (typeof to === 'number') history.go(to);
        else history.push(to);
        await Promise.resolve();
      });
    },
  };
  const result = render(
    <AppShell queryClient={queryClient} i18n={i18n} history={history}>
      {routes}
    </AppShell>,
  );
  return { ...result, queryClient, router };
}

/** The whole app (layout and every route) at a URL. */
export function renderApp(initialUrl: string, options: Options = {}): RenderAppResult {
  // As the app starts: the shell's words; each view loads its own (in the active language) with it.
  return renderRoutes(<AppRoutes />, initialUrl, { ...options, namespaces: SHELL_NAMESPACES });
}

/** One element with providers but no router. */
export function renderWithProviders(
  ui: ReactElement,
  options: Options = {},
): RenderResult & { queryClient: QueryClient } {
  const queryClient = options.queryClient ?? createTestQueryClient();
  const i18n = createTestI18n(options.language ?? 'en', options.namespaces);
  const result = render(
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>{ui}</ToastProvider>
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { ...result, queryClient };
}
