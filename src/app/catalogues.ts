import { listEn } from '../features/referrals-list/locales';
import { listTr } from '../features/referrals-list/locales.tr';
import { editEn } from '../features/referral-edit/locales';
import { editTr } from '../features/referral-edit/locales.tr';
import { createEn } from '../features/referral-create/locales';
import { createTr } from '../features/referral-create/locales.tr';
import { boardEn } from '../features/pipeline-board/locales';
import { boardTr } from '../features/pipeline-board/locales.tr';
import { inboxEn } from '../features/inbox/locales';
import { inboxTr } from '../features/inbox/locales.tr';
import { insightsEn } from '../features/insights/locales';
import { insightsTr } from '../features/insights/locales.tr';
import { weightsEn, weightsTr } from '../features/insights/weight-settings-section';
import { referralEn } from '../shared/locales';
import { referralTr } from '../shared/locales.tr';
import { commonEn } from './locales/common';
import { commonTr } from './locales/common.tr';

/**
 * Every catalogue by namespace in both languages, for the tests (a test checks English and Turkish
 * hold the same keys) and the test renderer. The app loads English with each view and Turkish only
 * when it is chosen (i18n.ts).
 */
export const catalogues = {
  common: { en: commonEn, tr: commonTr },
  list: { en: listEn, tr: listTr },
  edit: { en: editEn, tr: editTr },
  board: { en: boardEn, tr: boardTr },
  create: { en: createEn, tr: createTr },
  inbox: { en: inboxEn, tr: inboxTr },
  insights: { en: insightsEn, tr: insightsTr },
  weights: { en: weightsEn, tr: weightsTr },
  referral: { en: referralEn, tr: referralTr },
} as const;
