import { render, screen } from '@testing-library/react';
import { createI18n, ensureLanguage, type Language } from './i18n';
import { StartError } from './start-error';

describe('StartError', () => {
  test.each<[Language, boolean, string, string | null]>([
    ['en', true, 'Referral Desk cannot start: the configuration is invalid.', 'See README.md'],
    ['tr', true, 'Referral Desk başlatılamıyor: yapılandırma geçersiz.', 'README.md dosyasının'],
    ['en', false, 'Referral Desk could not start.', null],
    ['tr', false, 'Referral Desk başlatılamadı.', null],
  ])('in %s (configuration problem: %s) it says %s', async (language, isConfig, title, help) => {
    // As main.tsx does: the language's words are loaded before anything can be shown.
    const i18n = createI18n();
    await ensureLanguage(i18n, language);
    render(
      <StartError
        t={(key) => i18n._(`common:${key}`)}
        isConfig={isConfig}
        problems={['VITE_API_MODE: must be demo or live']}
      />,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(title);
    expect(screen.getByText('VITE_API_MODE: must be demo or live')).toBeInTheDocument();
    if (help) expect(screen.getByText(new RegExp(help))).toBeInTheDocument();
    else expect(screen.queryByText(/README/)).not.toBeInTheDocument();
  });
});
