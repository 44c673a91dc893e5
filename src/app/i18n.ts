import { setupI18n, type I18n } from '@lingui/core';
import { loadMessages, switchLanguage, type MessageLoaders } from '../components/ui/messages';

export const LANGUAGES = ['en', 'tr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_KEY = 'referral-desk-language';

/**
 * The shell's words (namespaces `common` and `referral`), one chunk per language. Each view's own
 * namespace is loaded with the view, in the chosen language only (router.tsx). Catalogues are
 * compiled at build time by Lingui's Vite plugin (docs/decisions/037).
 */
export const SHELL_MESSAGES: MessageLoaders = {
  en: () => import('./locales/shell.en').then((m) => m.shell),
  tr: () => import('./locales/shell.tr').then((m) => m.shell),
};

export function detectLanguage(
  stored: string | null,
  browserLanguages: readonly string[],
): Language {
  if (stored === 'en' || stored === 'tr') return stored;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'tr' || base === 'en') return base;
  }
  return 'en';
}

/** A Lingui instance with no words yet: `ensureLanguage` loads them and makes the language active. */
export function createI18n(): I18n {
  // A key with no message shows as the key (as i18next did), without Lingui's dev warning.
  return setupI18n({ missing: (_language, id) => id });
}

/**
 * Loads the shell's words in `language` and makes it the active language; before the first render
 * (even the start error speaks the user's language) and at every switch, when the views loaded so
 * far bring their words in the new language too: the page never shows keys or a half-translated
 * view.
 */
export async function ensureLanguage(i18n: I18n, language: Language): Promise<void> {
  await loadMessages(i18n, 'shell', SHELL_MESSAGES, language);
  await switchLanguage(i18n, language);
}
