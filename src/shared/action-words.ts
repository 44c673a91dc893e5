import type { MessageLoaders } from '../components/ui/messages';

/**
 * The words of the shared referral UI that the first route does not show, ids `referral:…`: the
 * field labels and values of the forms, the leave guard, bulk actions, the close dialog, the
 * conflict view and the unreadable-referrals notice. A chunk per language, loaded with the views
 * that show them (edit, create, board, inbox: router.tsx) or with the lazy part that does.
 */
export const ACTION_WORDS: MessageLoaders = {
  en: () =>
    import('./locales/referral-actions.en.json?lingui').then((m) => ({ referral: m.messages })),
  tr: () =>
    import('./locales/referral-actions.tr.json?lingui').then((m) => ({ referral: m.messages })),
};
