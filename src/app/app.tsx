import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import {
  UNSAFE_createBrowserHistory as createBrowserHistory,
  unstable_HistoryRouter as HistoryRouter,
} from 'react-router';
import { useMemo, useState, type ReactNode } from 'react';
import {
  BlockingHistoryProvider,
  createBlockingHistory,
  type BlockingHistory,
} from '../components/ui/navigation-blocker';
import { ToastProvider } from '../components/ui/toast';
import { ErrorBoundary } from './error-boundary';
import { ErrorFallback } from './error-page';
import { AppRoutes, appRoutes } from './router';
import type { DemoControls } from './demo-controls';

type AppProps = { queryClient: QueryClient; i18n: i18n; demo?: DemoControls; account?: ReactNode };

/**
 * Providers and the router. The declarative router over a history that can hold a navigation away
 * from unsaved edits (docs/decisions/010). Without transitions, a URL change renders within the
 * event that made it (a search keystroke updates the address and the rows together).
 */
export function AppShell({
  queryClient,
  i18n,
  history,
  children,
}: {
  queryClient: QueryClient;
  i18n: i18n;
  history: BlockingHistory;
  children: ReactNode;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <BlockingHistoryProvider history={history}>
            <HistoryRouter history={history} useTransitions={false}>
              <ErrorBoundary
                fallback={(error, reset) => <ErrorFallback error={error} onReset={reset} />}
              >
                {children}
              </ErrorBoundary>
            </HistoryRouter>
          </BlockingHistoryProvider>
        </ToastProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

export function App({ queryClient, i18n, demo, account }: AppProps) {
  const [history] = useState(() =>
    createBlockingHistory(createBrowserHistory({ window, v5Compat: true })),
  );
  const routes = useMemo(() => appRoutes({ demo, account }), [demo, account]);
  return (
    <AppShell queryClient={queryClient} i18n={i18n} history={history}>
      <AppRoutes routes={routes} />
    </AppShell>
  );
}
