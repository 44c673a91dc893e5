import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CLOSE_REASON_GROUPS, closeReasonGroup } from '../domain/close';

/** Each close preset's label in every language whose words are loaded. */
export function useCloseReasonLabels(): Readonly<Record<string, readonly string[]>> {
  const { i18n } = useTranslation();
  const languages = Object.keys(i18n.store.data).sort().join(',');
  return useMemo(() => {
    const labels: Record<string, string[]> = {};
    for (const language of languages.split(',')) {
      const bundle = i18n.getResourceBundle(language, 'common') as
        { closeReason?: Record<string, string> } | undefined;
      for (const preset of CLOSE_REASON_GROUPS) {
        const label = bundle?.closeReason?.[preset];
        if (label) (labels[preset] ??= []).push(label);
      }
    }
    return labels;
  }, [i18n, languages]);
}

/**
 * Sorts a statusReason into the close dialog's presets (a referral closed in Turkish reads
 * "Fiyat: …"), or `other`.
 */
export function useReasonGroup(): (statusReason: string) => string {
  const labels = useCloseReasonLabels();
  return useMemo(() => (statusReason: string) => closeReasonGroup(statusReason, labels), [labels]);
}
