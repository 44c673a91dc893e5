import { useMemo } from 'react';
import { useLingui } from '@lingui/react';
import type { I18n } from '@lingui/core';

/** Values for a message's placeholders; `defaultValue` is shown when the key has no message. */
export type TValues = Readonly<Record<string, unknown>> & { defaultValue?: string };
export type TFunction = (key: string, values?: TValues) => string;

/**
 * `ns:key` looks in that namespace, `key` in the hook's own (docs/decisions/037). Messages are
 * compiled at build time; values are inserted as they are, never read as message syntax.
 */
export function translate(i18n: I18n, namespace: string, key: string, values?: TValues): string {
  const id = key.includes(':') ? key : `${namespace}:${key}`;
  if (values?.defaultValue !== undefined && !(id in i18n.messages)) return values.defaultValue;
  return i18n._(id, values);
}

/**
 * The app's translation hook: `const { t } = useT('list')`, then `t('key', { name })` or
 * `t('common:key')`. With several namespaces the first is the default, as before. `t` changes when
 * the language or the loaded words change, so memoised labels follow a switch.
 */
export function useT(namespaces: string | readonly string[] = 'common'): {
  t: TFunction;
  /** The active language ('en' or 'tr'). */
  language: string;
} {
  const { i18n, _ } = useLingui();
  const namespace = typeof namespaces === 'string' ? namespaces : (namespaces[0] ?? 'common');
  const t = useMemo<TFunction>(() => {
    void _; // the context's translator is new after every change of language or words: so is `t`
    return (key, values) => translate(i18n, namespace, key, values);
  }, [i18n, _, namespace]);
  return { t, language: i18n.locale };
}
