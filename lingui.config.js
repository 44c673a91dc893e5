import { formatter } from '@lingui/format-json';

/**
 * Lingui's catalogues, one per namespace (docs/decisions/037). Explicit ids, ICU MessageFormat,
 * flat JSON; `@lingui/vite-plugin` compiles a file imported with `?lingui` at build time (and in
 * dev and Vitest), so no message compiler ships. A Turkish message that is missing falls back to
 * the English one when the catalogue is compiled.
 */
const NAMESPACES = {
  common: 'src/app/locales',
  referral: 'src/shared/locales',
  // Words of the shared UI not on the first route (bulk, close, conflict, unreadable): ids `referral:…`.
  'referral-actions': 'src/shared/locales',
  // Words of the settings and demo panels: ids `common:…`.
  'common-panels': 'src/app/locales',
  list: 'src/features/referrals-list/locales',
  edit: 'src/features/referral-edit/locales',
  create: 'src/features/referral-create/locales',
  board: 'src/features/pipeline-board/locales',
  inbox: 'src/features/inbox/locales',
  insights: 'src/features/insights/locales',
  weights: 'src/features/insights/locales',
};

export default {
  locales: ['en', 'tr'],
  sourceLocale: 'en',
  fallbackLocales: { default: 'en' },
  format: formatter({ style: 'minimal' }),
  catalogs: Object.entries(NAMESPACES).map(([namespace, dir]) => ({
    path: `<rootDir>/${dir}/${namespace}.{locale}`,
    include: [`<rootDir>/${dir.replace(/\/locales$/, '')}`],
  })),
};
