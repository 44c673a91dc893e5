import { useT } from './use-t';

/** The Intl locale for the chosen language: the browser's own regional variant when it matches. */
export function intlLocaleFor(
  language: string,
  browserLanguages: readonly string[] = navigator.languages ?? [],
): string {
  const match = browserLanguages.find(
    (tag) => tag.toLowerCase().split('-')[0] === language && tag.includes('-'),
  );
  if (match) return match;
  return language === 'tr' ? 'tr-TR' : 'en-US';
}

export function useIntlLocale(): string {
  return intlLocaleFor(useT().language);
}
