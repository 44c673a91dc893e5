import { useLingui } from '@lingui/react';
import { useT } from '../components/ui/use-t';
import { useSearch } from 'wouter';
import { ErrorBoundary } from './error-boundary';
import { ErrorFallback } from './error-page';
import { ensureLanguage, LANGUAGE_KEY, LANGUAGES, type Language } from './i18n';
import { useTheme, type ThemeChoice } from './theme';
import { Suspense, type ReactNode } from 'react';
import { FreshDataWatcher, InboxNavLink } from './fresh-data';
import { NavLink, usePathname } from './nav-link';
import { SettingsButton } from './settings-dialog';

type LayoutProps = {
  /** Demo mode's banner, loaded with the backend (main.tsx): it is there before the page below it. */
  demoPanel?: ReactNode;
  account?: ReactNode;
  children: ReactNode;
};

export function Layout({ demoPanel, account, children }: LayoutProps) {
  const { t, language: current } = useT();
  const { i18n } = useLingui();
  const [theme, setTheme] = useTheme();
  const pathname = usePathname();
  const search = useSearch();
  // The list, the board and insights share their filters: a nav link carries them along.
  const withSharedSearch = (to: string) =>
    pathname !== to && search && ['/referrals', '/pipeline', '/insights'].includes(pathname)
      ? `${to}?${search}`
      : to;
  const handleLanguage = async (language: Language) => {
    // The words first, then the switch: the page never shows keys or a half-translated view.
    await ensureLanguage(i18n, language);
    localStorage.setItem(LANGUAGE_KEY, language);
    document.documentElement.lang = language;
  };
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-name">{t('appName')}</span>
        <nav aria-label={t('nav.main')}>
          <NavLink to={withSharedSearch('/referrals')}>{t('nav.referrals')}</NavLink>
          <NavLink to={withSharedSearch('/pipeline')}>{t('nav.pipeline')}</NavLink>
          <InboxNavLink />
          <NavLink to={withSharedSearch('/insights')}>{t('nav.insights')}</NavLink>
        </nav>
        <div className="header-tools">
          <label>
            <span className="visually-hidden">{t('language.label')}</span>
            <select
              value={current}
              onChange={(e) => void handleLanguage(e.target.value as Language)}
              aria-label={t('language.label')}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {t(`language.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="visually-hidden">{t('theme.label')}</span>
            <select
              value={theme}
              onChange={(e) => setTheme(e.target.value as ThemeChoice)}
              aria-label={t('theme.label')}
            >
              {(['system', 'light', 'dark'] as const).map((c) => (
                <option key={c} value={c}>
                  {t(`theme.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <SettingsButton />
          {account}
        </div>
        <FreshDataWatcher />
      </header>
      {/* Its words are loaded before main.tsx hands it over; a test's render may still wait for them. */}
      {demoPanel && <Suspense fallback={null}>{demoPanel}</Suspense>}
      <main id="main" tabIndex={-1}>
        <ErrorBoundary
          key={pathname}
          fallback={(error, reset) => <ErrorFallback error={error} onReset={reset} />}
        >
          {children}
        </ErrorBoundary>
      </main>
    </div>
  );
}
