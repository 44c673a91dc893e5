import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { ReactElement } from 'react';
import { ToastProvider } from '../components/ui/toast';
import { createI18n, type Language } from '../app/i18n';
import { appRoutes } from '../app/router';
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

type Options = { language?: Language; queryClient?: QueryClient };

export type RenderAppResult = RenderResult & {
  queryClient: QueryClient;
  router: ReturnType<typeof createMemoryRouter>;
};

/** Render routes in a memory router with every provider the app has. */
export function renderRoutes(
  routes: RouteObject[],
  initialUrl: string,
  options: Options = {},
): RenderAppResult {
  const queryClient = options.queryClient ?? createTestQueryClient();
  const i18n = createI18n(options.language ?? 'en');
  const router = createMemoryRouter(routes, { initialEntries: [initialUrl] });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...result, queryClient, router };
}

/** The whole app (layout and every route) at a URL. */
export function renderApp(initialUrl: string, options: Options = {}): RenderAppResult {
  return renderRoutes(appRoutes({}), initialUrl, options);
}

/** One element with providers but no router. */
export function renderWithProviders(
  ui: ReactElement,
  options: Options = {},
): RenderResult & { queryClient: QueryClient } {
  const queryClient = options.queryClient ?? createTestQueryClient();
  const i18n = createI18n(options.language ?? 'en');
  const result = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>{ui}</ToastProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...result, queryClient };
}
