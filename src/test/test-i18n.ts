import { messages as commonEn } from '../app/locales/common.en.json?lingui';
import { messages as commonTr } from '../app/locales/common.tr.json?lingui';
import { messages as referralEn } from '../shared/locales/referral.en.json?lingui';
import { messages as referralTr } from '../shared/locales/referral.tr.json?lingui';
import { messages as referralActionsEn } from '../shared/locales/referral-actions.en.json?lingui';
import { messages as referralActionsTr } from '../shared/locales/referral-actions.tr.json?lingui';
import { messages as commonPanelsEn } from '../app/locales/common-panels.en.json?lingui';
import { messages as commonPanelsTr } from '../app/locales/common-panels.tr.json?lingui';
import { messages as listEn } from '../features/referrals-list/locales/list.en.json?lingui';
import { messages as listTr } from '../features/referrals-list/locales/list.tr.json?lingui';
import { messages as editEn } from '../features/referral-edit/locales/edit.en.json?lingui';
import { messages as editTr } from '../features/referral-edit/locales/edit.tr.json?lingui';
import { messages as createEn } from '../features/referral-create/locales/create.en.json?lingui';
import { messages as createTr } from '../features/referral-create/locales/create.tr.json?lingui';
import { messages as boardEn } from '../features/pipeline-board/locales/board.en.json?lingui';
import { messages as boardTr } from '../features/pipeline-board/locales/board.tr.json?lingui';
import { messages as inboxEn } from '../features/inbox/locales/inbox.en.json?lingui';
import { messages as inboxTr } from '../features/inbox/locales/inbox.tr.json?lingui';
import { messages as insightsEn } from '../features/insights/locales/insights.en.json?lingui';
import { messages as insightsTr } from '../features/insights/locales/insights.tr.json?lingui';
import { messages as weightsEn } from '../features/insights/locales/weights.en.json?lingui';
import { messages as weightsTr } from '../features/insights/locales/weights.tr.json?lingui';
import type { I18n } from '@lingui/core';
import { addMessages, markLoaded } from '../components/ui/messages';
import { createI18n, LANGUAGES, type Language } from '../app/i18n';

/** Every catalogue compiled (by Lingui's Vite plugin, as in the app), by language and namespace. */
export const compiledCatalogues = {
  en: {
    common: { ...commonEn, ...commonPanelsEn },
    referral: { ...referralEn, ...referralActionsEn },
    list: listEn,
    edit: editEn,
    create: createEn,
    board: boardEn,
    inbox: inboxEn,
    insights: insightsEn,
    weights: weightsEn,
  },
  tr: {
    common: { ...commonTr, ...commonPanelsTr },
    referral: { ...referralTr, ...referralActionsTr },
    list: listTr,
    edit: editTr,
    create: createTr,
    board: boardTr,
    inbox: inboxTr,
    insights: insightsTr,
    weights: weightsTr,
  },
} as const;

export type Namespace = keyof (typeof compiledCatalogues)['en'];
export const ALL_NAMESPACES = Object.keys(compiledCatalogues.en) as Namespace[];
/** What the app loads at start (i18n.ts SHELL_MESSAGES); each view brings its own. */
export const SHELL_NAMESPACES: readonly Namespace[] = ['common', 'referral'];

/**
 * A Lingui instance for tests with `namespaces` loaded at once in both languages (a test may
 * switch), the others left to the views' own loading, and `language` active.
 */
export function createTestI18n(
  language: Language = 'en',
  namespaces: readonly Namespace[] = ALL_NAMESPACES,
): I18n {
  const i18n = createI18n();
  for (const lang of LANGUAGES) {
    const catalogues = compiledCatalogues[lang];
    addMessages(i18n, lang, Object.fromEntries(namespaces.map((ns) => [ns, catalogues[ns]])));
    for (const ns of namespaces) markLoaded(i18n, ns, lang);
    if (SHELL_NAMESPACES.every((ns) => namespaces.includes(ns))) markLoaded(i18n, 'shell', lang);
  }
  i18n.activate(language);
  return i18n;
}
