import {
  catalogueLeaks,
  collectSegments,
  englishWords,
  languageOnlyTexts,
  referralDataTexts,
  untranslatedSegments,
} from './i18n-audit';

/** The checks of i18n-coverage.test.tsx must be able to fail: each is shown a screen it must reject. */

function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

const noData = { data: new Set<string>() };
const segmentsOf = (findings: { segment: string }[]) => findings.map((f) => f.segment);

describe('collectSegments', () => {
  test('takes text nodes, own text and the attributes a user sees or hears, not typed values', () => {
    const segments = collectSegments(
      dom(`<p>Hello <b>there</b> world</p>
        <button aria-label="Dismiss">×</button>
        <input placeholder="Search…" title="Type a name" value="typed">
        <span data-label="Closing date">24.11.2026</span>
        <textarea>typed notes</textarea>`),
    );
    for (const expected of ['Hello', 'there', 'world', 'Hello world', 'Dismiss', '×'])
      expect(segments).toContain(expected);
    for (const expected of ['Search…', 'Type a name', 'Closing date', '24.11.2026'])
      expect(segments).toContain(expected);
    expect(segments).not.toContain('typed');
    expect(segments).not.toContain('typed notes');
  });
});

describe('catalogueLeaks', () => {
  test('every namespace has English texts that Turkish words differently', () => {
    const keys = languageOnlyTexts('en').map((e) => e.key);
    for (const key of ['common:nav.pipeline', 'list:export.button', 'edit:actions.save'])
      expect(keys).toContain(key);
    for (const key of ['board:moveTo.button', 'referral:close.confirm'])
      expect(keys).toContain(key);
    // The same in both languages: cannot tell them apart.
    expect(keys).not.toContain('common:appName');
  });

  test('finds English catalogue text, plain or templated, on a Turkish screen', () => {
    const segments = collectSegments(
      dom(`<button>Save changes</button><h2>Close “İstanbul Teknoloji”</h2>
        <button aria-label="Drag Işık Lojistik">⠿</button><p>Değişiklikleri kaydet</p>`),
    );
    expect(segmentsOf(catalogueLeaks(segments, 'tr', noData))).toEqual([
      'Save changes',
      'Close “İstanbul Teknoloji”',
      'Drag Işık Lojistik',
    ]);
  });

  test('and Turkish catalogue text on an English screen', () => {
    const segments = collectSegments(dom('<p>Kaydedilmemiş değişiklik yok.</p><p>Saved</p>'));
    expect(segmentsOf(catalogueLeaks(segments, 'en', noData))).toEqual([
      'Kaydedilmemiş değişiklik yok.',
    ]);
  });

  test('finds raw message keys, and leaves referral data alone', () => {
    const segments = collectSegments(dom('<p>edit:facts.missing</p><p>Price</p>'));
    const data = { data: new Set(['Price']) };
    expect(segmentsOf(catalogueLeaks(segments, 'tr', data))).toEqual(['edit:facts.missing']);
  });
});

describe('untranslatedSegments', () => {
  const data = referralDataTexts([
    {
      name: 'Işık Lojistik - Backup and DR',
      status: 'Active',
      customerProfile: { name: 'Işık Lojistik', address: { city: 'Ankara', country: 'TR' } },
    },
  ]);

  test('referral data is kept, but not the raw values of enum fields', () => {
    expect(data).toContain('Işık Lojistik - Backup and DR');
    expect(data).toContain('Ankara');
    expect(data).not.toContain('Active');
  });

  test('text that reads the same in both renders and is not data, a number or a name', () => {
    const english = collectSegments(
      dom(`<p>Işık Lojistik - Backup and DR</p><p>Ankara, TR</p><p>₺1.234,56</p>
        <p>Referral Desk</p><p>Drop here</p><p>Active</p><p>Deal value</p>`),
    );
    const turkish = collectSegments(
      dom(`<p>Işık Lojistik - Backup and DR</p><p>Ankara, TR</p><p>₺1.234,56</p>
        <p>Referral Desk</p><p>Drop here</p><p>Active</p><p>Anlaşma değeri</p>`),
    );
    expect(segmentsOf(untranslatedSegments(english, turkish, { data }))).toEqual([
      'Drop here',
      'Active',
    ]);
  });
});

describe('englishWords', () => {
  test('common English UI words on a Turkish screen, data removed first', () => {
    const data = { data: new Set(['Northwind - Cloud migration']) };
    const turkish = collectSegments(
      dom(`<p>Northwind - Cloud migration</p><p title="Loading the board">Yükleniyor</p>
        <p>Enter tuşuna basın</p><p>Partner Center’dan (salt okunur)</p>`),
    );
    expect(englishWords(turkish, data)).toEqual([
      { segment: 'Loading the board', why: 'English words: loading, the' },
    ]);
  });
});
