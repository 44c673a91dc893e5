import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { I18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { useState, type ReactNode } from 'react';
import { Router } from 'wouter';
import { createBrowserHistory } from '../components/ui/history';
import {
  BlockingHistoryProvider,
  createBlockingHistory,
  historyLocationHook,
  type BlockingHistory,
} from '../components/ui/navigation-blocker';
import { ToastProvider } from '../components/ui/toast';
import { ErrorBoundary } from './error-boundary';
import { ErrorFallback } from './error-page';
import { AppRoutes } from './router';

type AppProps = {
  queryClient: QueryClient;
  i18n: I18n;
  demoPanel?: ReactNode;
  account?: ReactNode;
};

/**
 * Providers and the router: wouter over a history that can hold a navigation away from unsaved
 * edits (docs/decisions/010, 033). A URL change renders within the event that made it (a search
 * keystroke updates the address and the rows together).
 */
export function AppShell({
  queryClient,
  i18n,
  history,
  children,
}: {
  queryClient: QueryClient;
  i18n: I18n;
  history: BlockingHistory;
  children: ReactNode;
}) {
  const [hook] = useState(() => historyLocationHook(history));
  return (
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <BlockingHistoryProvider history={history}>
            <Router hook={hook} searchHook={hook.searchHook}>
              <ErrorBoundary
                fallback={(error, reset) => <ErrorFallback error={error} onReset={reset} />}
              >
                {children}
              </ErrorBoundary>
            </Router>
          </BlockingHistoryProvider>
        </ToastProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}

export function App({ queryClient, i18n, demoPanel, account }: AppProps) {
  const [history] = useState(() => createBlockingHistory(createBrowserHistory()));
  return (
    <AppShell queryClient={queryClient} i18n={i18n} history={history}>
      <AppRoutes demoPanel={demoPanel} account={account} />
    </AppShell>
  );
}
