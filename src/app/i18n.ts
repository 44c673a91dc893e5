import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { referralEn } from '../shared/locales';
import { commonEn } from './locales/common';

export const LANGUAGES = ['en', 'tr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_KEY = 'referral-desk-language';

/** A namespace's messages, in the languages loaded so far. */
export type Catalogue = Readonly<Partial<Record<Language, object>>>;

/**
 * What the shell and every view need from the start, in English; their Turkish only when it is
 * chosen (`ensureLanguage`). Each view's own namespace comes with the view's chunk, in both
 * languages, and is added by `addCatalogue` (router.tsx). The first page loads only its own words.
 */
export const SHELL_CATALOGUES: Readonly<Record<string, Catalogue>> = {
  common: { en: commonEn },
  referral: { en: referralEn },
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
    for (const language of LANGUAGES) {
      const bundle = messages[language];
      if (bundle) out[language][ns] = bundle;
    }
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

/** Adds a view's namespace in the languages it brings, once; synchronous, so the view renders translated. */
export function addCatalogue(instance: i18n, namespace: string, catalogue: Catalogue): void {
  for (const language of LANGUAGES) {
    const bundle = catalogue[language];
    if (bundle && !instance.hasResourceBundle(language, namespace))
      instance.addResourceBundle(language, namespace, bundle);
  }
}

/**
 * Loads a language's words for the shell's namespaces before the app shows it (English is always
 * there; the views bring both). Call it before `changeLanguage`, and before the first render when
 * the app starts in that language.
 */
export async function ensureLanguage(instance: i18n, language: Language): Promise<void> {
  if (language === 'en' || instance.hasResourceBundle(language, 'common')) return;
  const { turkish } = await import('./locales/turkish');
  for (const [namespace, bundle] of Object.entries(turkish))
    addCatalogue(instance, namespace, { [language]: bundle });
  // Started in this language before its words were there: i18next resolved to English then, and
  // `resolvedLanguage` (which picks the Intl locale for money and dates) must be worked out again.
  if (instance.language === language) await instance.changeLanguage(language);
}
