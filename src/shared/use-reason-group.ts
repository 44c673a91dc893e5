import { useMemo } from 'react';
import { useLingui } from '@lingui/react';
import { loadedLanguages, plainMessage } from '../components/ui/messages';
import { CLOSE_REASON_GROUPS, closeReasonGroup } from '../domain/close';

/** Each close preset's label in every language whose words are loaded. */
export function useCloseReasonLabels(): Readonly<Record<string, readonly string[]>> {
  const { i18n } = useLingui();
  const languages = loadedLanguages(i18n).join(',');
  return useMemo(() => {
    const labels: Record<string, string[]> = {};
    for (const language of languages.split(',')) {
      for (const preset of CLOSE_REASON_GROUPS) {
        const label = plainMessage(i18n, language, `common:closeReason.${preset}`);
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
