import { catalogues } from './catalogues';
import { createI18n, detectLanguage, ensureLanguage, LANGUAGES, type Language } from './i18n';
import { combineWords, loadedLanguages, loadMessages } from '../components/ui/messages';
import { ACTION_WORDS } from '../shared/action-words';
import { PANEL_WORDS } from './panel-words';
import { translate } from '../components/ui/use-t';
import { readMessage } from '../test/i18n-audit';
import { createTestI18n } from '../test/test-i18n';

const namespaces = Object.entries(catalogues);

describe('catalogues', () => {
  test.each(namespaces)(
    'namespace %s has the same keys in English and Turkish',
    (_ns, messages) => {
      const en = Object.keys(messages.en).sort();
      const tr = Object.keys(messages.tr).sort();
      expect(en.filter((k) => !tr.includes(k))).toEqual([]);
      expect(tr.filter((k) => !en.includes(k))).toEqual([]);
    },
  );

  test.each(namespaces)(
    'namespace %s: every message is valid ICU, not empty, with the same placeholders in both',
    (_ns, messages) => {
      for (const language of LANGUAGES)
        for (const [key, message] of Object.entries(messages[language])) {
          // Throws on a malformed message (an unclosed brace, a plural without `other`…).
          const { texts } = readMessage(message);
          for (const { text } of texts) expect(text.trim(), `${language} ${key}`).not.toBe('');
        }
      for (const [key, message] of Object.entries(messages.en)) {
        const tr = messages.tr[key];
        if (tr === undefined) continue; // the key test above reports it
        expect(readMessage(tr).placeholders, key).toEqual(readMessage(message).placeholders);
      }
    },
  );

  test.each(namespaces)(
    'namespace %s: a plural has every form its language needs',
    (_ns, messages) => {
      for (const language of LANGUAGES) {
        const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        for (const [key, message] of Object.entries(messages[language])) {
          const branches = readMessage(message)
            .texts.map((t) => t.suffix)
            .filter(Boolean);
          if (branches.length === 0) continue;
          for (const category of needed)
            expect(branches, `${language} ${key}`).toContain(`_${category}`);
        }
      }
    },
  );

  test('the audit rejects a malformed message and reads a plural', () => {
    expect(() => readMessage('Close {name')).toThrow();
    expect(() => readMessage('{count, plural, one {x}}')).toThrow();
    expect(
      readMessage('{count, plural, one {{count} item} other {{count, number} items}}'),
    ).toEqual({
      texts: [
        { suffix: '_one', text: '{{count}} item' },
        { suffix: '_other', text: '{{count}} items' },
      ],
      placeholders: ['count', 'count, number', 'count, plural'],
    });
  });
});

describe('compiled messages', () => {
  test.each<[Language, number, string]>([
    ['en', 1, '1 referral'],
    ['en', 1234, '1,234 referrals'],
    ['tr', 1, '1 yönlendirme'],
    ['tr', 1234, '1.234 yönlendirme'],
  ])('in %s, %d → %s (plural and number format of the language)', (language, count, text) => {
    const i18n = createTestI18n(language);
    expect(translate(i18n, 'board', 'column.count', { count })).toBe(text);
  });

  test('a missing key shows as the key; a default value when one is given', () => {
    const i18n = createTestI18n('tr');
    expect(translate(i18n, 'edit', 'facts.noSuchKey')).toBe('edit:facts.noSuchKey');
    expect(translate(i18n, 'referral', 'customerSize.Giant', { defaultValue: 'Giant' })).toBe(
      'Giant',
    );
    expect(translate(i18n, 'list', 'common:nav.pipeline')).toBe('Satış hattı');
  });
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

describe('values from the server are never read as message syntax', () => {
  // Referral names, customers and reasons come from other people. Placeholders, plurals or
  // i18next-style nesting inside them must show as typed: no other text, no recursion.
  test.each<[Language, string]>([
    ['en', '$t(common:appName)'],
    ['en', '{appName} {count, plural, other {x}}'],
    ['en', '{{name}} {{count}}'],
    ['tr', '$t(common:error.title) {lng}'],
    ['en', '{name}'.repeat(50)],
  ])('in %s, %s', (language, hostile) => {
    const i18n = createTestI18n(language);
    const title = translate(i18n, 'referral', 'close.title', { name: hostile });
    expect(title).toContain(hostile);
    expect(title).not.toContain('Referral Desk');
  });
});

describe('ensureLanguage', () => {
  test("the shell's Turkish arrives with the switch; English loads no Turkish", async () => {
    const i18n = createI18n();
    await ensureLanguage(i18n, 'en');
    expect(loadedLanguages(i18n)).toEqual(['en']);
    expect(translate(i18n, 'common', 'nav.pipeline')).toBe('Pipeline');

    await ensureLanguage(i18n, 'tr');
    expect(loadedLanguages(i18n)).toEqual(['en', 'tr']);
    expect(i18n.locale).toBe('tr');
    expect(translate(i18n, 'common', 'nav.pipeline')).toBe('Satış hattı');
    expect(translate(i18n, 'common', 'referral:newReferral.label')).toBe('Yeni yönlendirme');
  });

  test('the words of the shared UI off the first route come with their own chunk', async () => {
    const i18n = createI18n();
    await ensureLanguage(i18n, 'tr');
    // Not in the shell: the close dialog's words load with the views that close a referral.
    expect(translate(i18n, 'common', 'referral:close.title', { name: 'X' })).toBe(
      'referral:close.title',
    );
    await loadMessages(i18n, 'referral-actions', ACTION_WORDS, 'tr');
    expect(translate(i18n, 'common', 'referral:close.title', { name: 'X' })).toBe(
      '“X” yönlendirmesini kapat',
    );
    // The shell's words of the same namespace stay.
    expect(translate(i18n, 'common', 'referral:newReferral.label')).toBe('Yeni yönlendirme');

    expect(translate(i18n, 'common', 'demo.reset')).toBe('common:demo.reset');
    await loadMessages(i18n, 'common-panels', PANEL_WORDS, 'tr');
    expect(translate(i18n, 'common', 'demo.reset')).toBe('Demo verilerini sıfırla');
    expect(translate(i18n, 'common', 'settings.done')).toBe('Tamam');
  });

  test('combined words: a view and the shared actions in one load, each language its own', async () => {
    const i18n = createI18n();
    await ensureLanguage(i18n, 'en');
    const both = combineWords(
      {
        en: () => Promise.resolve({ edit: { a: 'A' } }),
        tr: () => Promise.resolve({ edit: { a: 'Â' } }),
      },
      ACTION_WORDS,
    );
    await loadMessages(i18n, 'edit', both, 'en');
    expect(translate(i18n, 'edit', 'a')).toBe('A');
    expect(translate(i18n, 'common', 'referral:close.title', { name: 'X' })).toBe('Close “X”');
    expect(translate(i18n, 'common', 'referral:newReferral.label')).toBe('New referral');
  });

  test('an app that starts in Turkish loads no English', async () => {
    const i18n = createI18n();
    await ensureLanguage(i18n, 'tr');
    expect(loadedLanguages(i18n)).toEqual(['tr']);
    expect(translate(i18n, 'common', 'nav.referrals')).toBe('Yönlendirmeler');
  });

  test('a switch brings the words of every view loaded so far, in the new language, first', async () => {
    const i18n = createI18n();
    await ensureLanguage(i18n, 'en');
    const asked: string[] = [];
    const list = (language: Language) => () => {
      asked.push(language);
      return Promise.resolve({ list: { title: [language === 'en' ? 'Referrals' : 'Liste'] } });
    };
    await loadMessages(i18n, 'list', { en: list('en'), tr: list('tr') }, 'en');
    expect(translate(i18n, 'list', 'title')).toBe('Referrals');
    const switching = ensureLanguage(i18n, 'tr');
    expect(i18n.locale).toBe('en'); // not before the words are there
    await switching;
    expect(asked).toEqual(['en', 'tr']);
    expect(translate(i18n, 'list', 'title')).toBe('Liste');
  });
});
