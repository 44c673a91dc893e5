import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { listMessages } from '../features/referrals-list/locales';
import { editMessages } from '../features/referral-edit/locales';
import { boardMessages } from '../features/pipeline-board/locales';
import { referralMessages } from '../shared/locales';
import { commonMessages } from './locales/common';

export const LANGUAGES = ['en', 'tr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_KEY = 'referral-desk-language';

/** Every catalogue by namespace; a test checks English and Turkish hold the same keys. */
export const catalogues = {
  common: commonMessages,
  list: listMessages,
  edit: editMessages,
  board: boardMessages,
  referral: referralMessages,
} as const;

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

function resources() {
  const out: Record<Language, Record<string, object>> = { en: {}, tr: {} };
  for (const [ns, messages] of Object.entries(catalogues)) {
    out.en[ns] = messages.en;
    out.tr[ns] = messages.tr;
  }
  return out;
}

export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES,
    ns: Object.keys(catalogues),
    defaultNS: 'common',
    resources: resources(),
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
