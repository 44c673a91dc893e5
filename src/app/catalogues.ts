import { listMessages } from '../features/referrals-list/locales';
import { editMessages } from '../features/referral-edit/locales';
import { boardMessages } from '../features/pipeline-board/locales';
import { referralMessages } from '../shared/locales';
import { commonMessages } from './locales/common';

/**
 * Every catalogue by namespace, for the tests (a test checks English and Turkish hold the same
 * keys) and the test renderer. The app itself loads a view's catalogue with the view (router.tsx).
 */
export const catalogues = {
  common: commonMessages,
  list: listMessages,
  edit: editMessages,
  board: boardMessages,
  referral: referralMessages,
} as const;
