import { Suspense, type ComponentType, type ReactNode } from 'react';
import type { Messages } from '@lingui/core';
import { Redirect, Route, Switch } from 'wouter';
import { combineWords, lazyWithMessages, type MessageLoaders } from '../components/ui/messages';
import { ACTION_WORDS } from '../shared/action-words';
import { useT } from '../components/ui/use-t';
import { Layout } from './layout';
import { NotFoundPage } from './error-page';

/**
 * Each view is its own chunk, and its words one more per language: the first route loads only
 * what it shows, in the chosen language only. The words and the view's code load side by side;
 * the view renders once both are there.
 */
function lazyView(namespace: string, messages: MessageLoaders, load: () => Promise<ComponentType>) {
  return lazyWithMessages(namespace, messages, load);
}

type Catalogue = () => Promise<{ messages: Messages }>;

/** A view's namespace in each language: catalogues compiled at build time (`?lingui`). */
function words(namespace: string, en: Catalogue, tr: Catalogue): MessageLoaders {
  const of = (load: Catalogue) => () => load().then((m) => ({ [namespace]: m.messages }));
  return { en: of(en), tr: of(tr) };
}

const ReferralsListPage = lazyView(
  'list',
  words(
    'list',
    () => import('../features/referrals-list/locales/list.en.json?lingui'),
    () => import('../features/referrals-list/locales/list.tr.json?lingui'),
  ),
  () => import('../features/referrals-list/referrals-list-page').then((m) => m.ReferralsListPage),
);
const ReferralEditPage = lazyView(
  'edit',
  combineWords(
    words(
      'edit',
      () => import('../features/referral-edit/locales/edit.en.json?lingui'),
      () => import('../features/referral-edit/locales/edit.tr.json?lingui'),
    ),
    ACTION_WORDS,
  ),
  () => import('../features/referral-edit/referral-edit-page').then((m) => m.ReferralEditPage),
);
const ReferralCreatePage = lazyView(
  'create',
  combineWords(
    words(
      'create',
      () => import('../features/referral-create/locales/create.en.json?lingui'),
      () => import('../features/referral-create/locales/create.tr.json?lingui'),
    ),
    ACTION_WORDS,
  ),
  () =>
    import('../features/referral-create/referral-create-page').then((m) => m.ReferralCreatePage),
);
const PipelineBoardPage = lazyView(
  'board',
  combineWords(
    words(
      'board',
      () => import('../features/pipeline-board/locales/board.en.json?lingui'),
      () => import('../features/pipeline-board/locales/board.tr.json?lingui'),
    ),
    ACTION_WORDS,
  ),
  () => import('../features/pipeline-board/pipeline-board-page').then((m) => m.PipelineBoardPage),
);
const InboxPage = lazyView(
  'inbox',
  combineWords(
    words(
      'inbox',
      () => import('../features/inbox/locales/inbox.en.json?lingui'),
      () => import('../features/inbox/locales/inbox.tr.json?lingui'),
    ),
    ACTION_WORDS,
  ),
  () => import('../features/inbox/inbox-page').then((m) => m.InboxPage),
);

/** Insights brings the win probabilities' words too (its settings section, also in Settings). */
const insightsWords = (language: 'en' | 'tr') => () =>
  Promise.all([
    language === 'en'
      ? import('../features/insights/locales/insights.en.json?lingui')
      : import('../features/insights/locales/insights.tr.json?lingui'),
    language === 'en'
      ? import('../features/insights/locales/weights.en.json?lingui')
      : import('../features/insights/locales/weights.tr.json?lingui'),
  ]).then(([insights, weights]) => ({ insights: insights.messages, weights: weights.messages }));
const InsightsPage = lazyView(
  'insights',
  { en: insightsWords('en'), tr: insightsWords('tr') },
  () => import('../features/insights/insights-page').then((m) => m.InsightsPage),
);

function Loading() {
  const { t } = useT();
  return (
    <p role="status" className="loading">
      {t('loading')}
    </p>
  );
}

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

/** The app's routes, inside the layout. Render errors in a view are caught by the layout's error boundary. */
export function AppRoutes({ demoPanel, account }: { demoPanel?: ReactNode; account?: ReactNode }) {
  return (
    <Layout demoPanel={demoPanel} account={account}>
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
