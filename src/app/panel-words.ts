import type { MessageLoaders } from '../components/ui/messages';

/** The settings and demo panels' words (ids `common:…`), loaded when a panel first opens. */
export const PANEL_WORDS: MessageLoaders = {
  en: () => import('./locales/common-panels.en.json?lingui').then((m) => ({ common: m.messages })),
  tr: () => import('./locales/common-panels.tr.json?lingui').then((m) => ({ common: m.messages })),
};
