import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { useTranslation } from 'react-i18next';
import { Layout } from './layout';
import { NotFoundPage } from './error-page';
import { addCatalogue, type Catalogue } from './i18n';
import type { DemoControls } from './demo-controls';

/**
 * Each view is its own chunk, its words included: the first route loads only what it shows. The
 * view's namespace is added to i18next before the view renders.
 */
function lazyView(
  namespace: string,
  load: () => Promise<{ View: ComponentType; messages: Catalogue }>,
) {
  return lazy(async () => {
    const { View, messages } = await load();
    function ViewWithMessages() {
      const { i18n } = useTranslation();
      addCatalogue(i18n, namespace, messages);
      return <View />;
    }
    return { default: ViewWithMessages };
  });
}

const ReferralsListPage = lazyView('list', () =>
  import('../features/referrals-list/referrals-list-page').then((m) => ({
    View: m.ReferralsListPage,
    messages: { en: m.listEn, tr: m.listTr },
  })),
);
const ReferralEditPage = lazyView('edit', () =>
  import('../features/referral-edit/referral-edit-page').then((m) => ({
    View: m.ReferralEditPage,
    messages: { en: m.editEn, tr: m.editTr },
  })),
);
const ReferralCreatePage = lazyView('create', () =>
  import('../features/referral-create/referral-create-page').then((m) => ({
    View: m.ReferralCreatePage,
    messages: { en: m.createEn, tr: m.createTr },
  })),
);
const PipelineBoardPage = lazyView('board', () =>
  import('../features/pipeline-board/pipeline-board-page').then((m) => ({
    View: m.PipelineBoardPage,
    messages: { en: m.boardEn, tr: m.boardTr },
  })),
);

const InboxPage = lazyView('inbox', () =>
  import('../features/inbox/inbox-page').then((m) => ({
    View: m.InboxPage,
    messages: { en: m.inboxEn, tr: m.inboxTr },
  })),
);

const InsightsPage = lazyView('insights', () =>
  import('../features/insights/insights-page').then((m) => ({
    View: m.InsightsPage,
    messages: { en: m.insightsEn, tr: m.insightsTr },
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

/** The app's routes, inside the layout. Render errors in a view are caught by the layout's error boundary. */
export function AppRoutes({ demo, account }: { demo?: DemoControls; account?: ReactNode }) {
  return (
    <Layout demo={demo} account={account}>
      <Switch>
        <Route path="/">
          <Redirect to="/referrals" replace />
        </Route>
        <Route path="/referrals">{page(<ReferralsListPage />)}</Route>
        {/* Before `:id`: wouter's Switch takes the first route that matches. */}
        <Route path="/referrals/new">{page(<ReferralCreatePage />)}</Route>
        <Route path="/referrals/:id">{page(<ReferralEditPage />)}</Route>
        <Route path="/pipeline">{page(<PipelineBoardPage />)}</Route>
        <Route path="/inbox">{page(<InboxPage />)}</Route>
        <Route path="/insights">{page(<InsightsPage />)}</Route>
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </Layout>
  );
}
