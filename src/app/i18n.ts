import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { referralMessages } from '../shared/locales';
import { commonMessages } from './locales/common';

export const LANGUAGES = ['en', 'tr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_KEY = 'referral-desk-language';

/** A namespace's messages in every language. */
export type Catalogue = Readonly<Record<Language, object>>;

/**
 * What the shell and every view need from the start. Each view's own namespace comes with the view's
 * chunk and is added by `addCatalogue` (router.tsx), so the first page loads only its own words.
 */
export const SHELL_CATALOGUES: Readonly<Record<string, Catalogue>> = {
  common: commonMessages,
  referral: referralMessages,
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

function resources(catalogues: Readonly<Record<string, Catalogue>>) {
  const out: Record<Language, Record<string, object>> = { en: {}, tr: {} };
  for (const [ns, messages] of Object.entries(catalogues)) {
    out.en[ns] = messages.en;
    out.tr[ns] = messages.tr;
  }
  return out;
}

export function createI18n(
  language: Language,
  catalogues: Readonly<Record<string, Catalogue>> = SHELL_CATALOGUES,
): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES,
    ns: Object.keys(catalogues),
    defaultNS: 'common',
    resources: resources(catalogues),
    partialBundledLanguages: true,
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** Adds a view's namespace in every language, once; synchronous, so the view renders translated. */
export function addCatalogue(instance: i18n, namespace: string, catalogue: Catalogue): void {
  for (const language of LANGUAGES) {
    if (!instance.hasResourceBundle(language, namespace))
      instance.addResourceBundle(language, namespace, catalogue[language]);
  }
}
