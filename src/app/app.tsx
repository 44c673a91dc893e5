import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
// The DOM RouterProvider applies URL updates with flushSync when asked (search keystrokes).
import { RouterProvider } from 'react-router/dom';
import { useState, type ReactNode } from 'react';
import { ToastProvider } from '../components/ui/toast';
import { createAppRouter } from './router';
import type { DemoControls } from './demo-controls';

type AppProps = { queryClient: QueryClient; i18n: i18n; demo?: DemoControls; account?: ReactNode };

export function App({ queryClient, i18n, demo, account }: AppProps) {
  const [router] = useState(() => createAppRouter({ demo, account }));
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
