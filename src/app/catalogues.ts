import commonEn from './locales/common.en.json';
import commonTr from './locales/common.tr.json';
import referralEn from '../shared/locales/referral.en.json';
import referralTr from '../shared/locales/referral.tr.json';
import referralActionsEn from '../shared/locales/referral-actions.en.json';
import referralActionsTr from '../shared/locales/referral-actions.tr.json';
import commonPanelsEn from './locales/common-panels.en.json';
import commonPanelsTr from './locales/common-panels.tr.json';
import listEn from '../features/referrals-list/locales/list.en.json';
import listTr from '../features/referrals-list/locales/list.tr.json';
import editEn from '../features/referral-edit/locales/edit.en.json';
import editTr from '../features/referral-edit/locales/edit.tr.json';
import createEn from '../features/referral-create/locales/create.en.json';
import createTr from '../features/referral-create/locales/create.tr.json';
import boardEn from '../features/pipeline-board/locales/board.en.json';
import boardTr from '../features/pipeline-board/locales/board.tr.json';
import inboxEn from '../features/inbox/locales/inbox.en.json';
import inboxTr from '../features/inbox/locales/inbox.tr.json';
import insightsEn from '../features/insights/locales/insights.en.json';
import insightsTr from '../features/insights/locales/insights.tr.json';
import weightsEn from '../features/insights/locales/weights.en.json';
import weightsTr from '../features/insights/locales/weights.tr.json';
import type { Language } from './i18n';

/** One namespace's source messages (ICU MessageFormat, by key) in each language. */
export type SourceCatalogue = Readonly<Record<Language, Readonly<Record<string, string>>>>;

/**
 * Every catalogue as written (ICU MessageFormat source), by namespace, in both languages: for the
 * tests, which check the languages hold the same keys and placeholders, every message compiles,
 * and no screen shows the other language's words. The app loads compiled catalogues instead
 * (i18n.ts, router.tsx), each language on its own.
 */
export const catalogues: Readonly<Record<string, SourceCatalogue>> = {
  // A namespace may come in more than one chunk (common-panels, referral-actions): one table here.
  common: { en: { ...commonEn, ...commonPanelsEn }, tr: { ...commonTr, ...commonPanelsTr } },
  list: { en: listEn, tr: listTr },
  edit: { en: editEn, tr: editTr },
  board: { en: boardEn, tr: boardTr },
  create: { en: createEn, tr: createTr },
  inbox: { en: inboxEn, tr: inboxTr },
  insights: { en: insightsEn, tr: insightsTr },
  weights: { en: weightsEn, tr: weightsTr },
  referral: {
    en: { ...referralEn, ...referralActionsEn },
    tr: { ...referralTr, ...referralActionsTr },
  },
};
