import { catalogues } from './catalogues';
import { createI18n, detectLanguage, ensureLanguage, type Language } from './i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(leaves);
}

describe('catalogues', () => {
  test.each(Object.entries(catalogues))(
    'namespace %s has the same keys in English and Turkish',
    (_ns, messages) => {
      const en = keys(messages.en).sort();
      const tr = keys(messages.tr).sort();
      expect(en.filter((k) => !tr.includes(k))).toEqual([]);
      expect(tr.filter((k) => !en.includes(k))).toEqual([]);
    },
  );

  test.each(Object.entries(catalogues))(
    'namespace %s has no empty strings and the same placeholders',
    (_ns, messages) => {
      for (const text of [...leaves(messages.en), ...leaves(messages.tr)])
        expect(text.trim()).not.toBe('');
      const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      const en = keys(messages.en);
      for (const key of en) {
        const get = (obj: unknown) =>
          key
            .split('.')
            .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj) as string;
        expect(placeholders(get(messages.tr)), key).toEqual(placeholders(get(messages.en)));
      }
    },
  );
});

describe('detectLanguage', () => {
  test.each([
    [null, ['tr-TR', 'en-US'], 'tr'],
    [null, ['de-DE', 'en-GB'], 'en'],
    [null, ['de-DE'], 'en'],
    ['tr', ['en-US'], 'tr'],
    ['xx', ['tr'], 'tr'],
  ])('stored %s, browser %j → %s', (stored, browser, expected) => {
    expect(detectLanguage(stored, browser)).toBe(expected);
  });
});

describe('values from the server are never read as i18next syntax', () => {
  // Referral names, customers and reasons come from other people. Nesting (`$t(...)`) or
  // interpolation markers inside them must show as typed: no other text, no recursion, no options.
  test.each<[Language, string]>([
    ['en', '$t(common:appName)'],
    ['en', '$t(referral:close.title, {"name": "x"})'],
    ['en', '{{name}} {{count}}'],
    ['tr', '$t(common:error.title) {{lng}}'],
    ['en', '$t(referral:close.title)'.repeat(50)],
  ])('in %s, %s', (language, hostile) => {
    const i18n = createI18n(language, catalogues);
    const title = i18n.t('referral:close.title', { name: hostile });
    expect(title).toContain(hostile);
    expect(title).not.toContain('Referral Desk');
  });
});

describe('ensureLanguage', () => {
  test("the shell's Turkish arrives before the switch; English needs nothing", async () => {
    const i18n = createI18n('en');
    expect(i18n.hasResourceBundle('tr', 'common')).toBe(false);
    await ensureLanguage(i18n, 'en');
    expect(i18n.hasResourceBundle('tr', 'common')).toBe(false);

    await ensureLanguage(i18n, 'tr');
    for (const ns of ['common', 'referral']) expect(i18n.hasResourceBundle('tr', ns)).toBe(true);
    await i18n.changeLanguage('tr');
    expect(i18n.t('nav.pipeline')).toBe('Satış hattı');
    expect(i18n.t('referral:close.title', { name: 'X' })).toBe('“X” yönlendirmesini kapat');
  });

  test('an app that starts in Turkish resolves to Turkish once its words are there', async () => {
    const i18n = createI18n('tr');
    await ensureLanguage(i18n, 'tr');
    expect(i18n.resolvedLanguage).toBe('tr');
    expect(i18n.t('nav.referrals')).toBe('Yönlendirmeler');
  });
});
