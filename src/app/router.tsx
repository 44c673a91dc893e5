import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Layout } from './layout';
import { RouteErrorPage } from './error-page';
import type { DemoControls } from './demo-controls';

// Each view is its own chunk: the first route loads only what it shows.
const ReferralsListPage = lazy(() =>
  import('../features/referrals-list/referrals-list-page').then((m) => ({
    default: m.ReferralsListPage,
  })),
);
const ReferralEditPage = lazy(() =>
  import('../features/referral-edit/referral-edit-page').then((m) => ({
    default: m.ReferralEditPage,
  })),
);
const PipelineBoardPage = lazy(() =>
  import('../features/pipeline-board/pipeline-board-page').then((m) => ({
    default: m.PipelineBoardPage,
  })),
);

function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t('loading')}
    </p>
  );
}

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

export function appRoutes(options: { demo?: DemoControls; account?: ReactNode }): RouteObject[] {
  return [
    {
      element: <Layout demo={options.demo} account={options.account} />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <Navigate to="/referrals" replace /> },
        { path: 'referrals', element: page(<ReferralsListPage />) },
        { path: 'referrals/:id', element: page(<ReferralEditPage />) },
        { path: 'pipeline', element: page(<PipelineBoardPage />) },
        { path: '*', element: <RouteErrorPage /> },
      ],
    },
  ];
}

export function createAppRouter(options: { demo?: DemoControls; account?: ReactNode }) {
  return createBrowserRouter(appRoutes(options));
}
