import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { catalogues } from '../app/catalogues';
import type { Language } from '../app/i18n';

/**
 * Finds user-visible text in the wrong language. Used by src/app/i18n-coverage.test.tsx, which
 * renders every screen state in English and Turkish; checked itself by i18n-audit.test.ts.
 *
 * Three independent checks, because each misses what another catches:
 * - catalogue leaks: a Turkish screen showing the English catalogue text of some key (a missing
 *   Turkish value, a `t()` call with the wrong namespace or language), and the reverse;
 * - hard-coded text: a segment that reads the same in the English and the Turkish render and is
 *   neither referral data, nor a number, nor a catalogue text that is the same in both languages;
 * - English words: common English UI words left in a Turkish render once referral data is removed.
 */

/** Attributes whose text a user sees (tooltips, placeholders, phone card labels) or hears. */
const TEXT_ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  // The list's phone cards show a cell's label through CSS `content: attr(data-label)`.
  'data-label',
];

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'TEXTAREA', 'NOSCRIPT']);

export const normalize = (text: string | null | undefined) =>
  (text ?? '').replace(/\s+/g, ' ').trim();

/** Every piece of text under `root`: each text node, each element's own text, labelling attributes. */
export function collectSegments(root: Element): Set<string> {
  const out = new Set<string>();
  const add = (text: string | null | undefined) => {
    const segment = normalize(text);
    if (segment) out.add(segment);
  };
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (SKIPPED.has(element.tagName) || element.closest('textarea, script, style')) continue;
    let own = '';
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      add(node.textContent);
      own += node.textContent ?? '';
    }
    add(own);
    for (const name of TEXT_ATTRIBUTES) add(element.getAttribute(name));
    const type = element.getAttribute('type');
    if (element.tagName === 'INPUT' && (type === 'button' || type === 'submit' || type === 'reset'))
      add(element.getAttribute('value'));
  }
  return out;
}

type Leaf = { key: string; text: string };

/**
 * What an ICU message can show: one text per plural branch (suffix `_one`, `_other`…), each
 * placeholder written `{{name}}`, and its placeholders with their types (`count, number`).
 * Throws on a malformed message, with Lingui's own parser (the one that compiles the catalogues).
 */
export function readMessage(message: string): {
  texts: { suffix: string; text: string }[];
  placeholders: string[];
} {
  const placeholders = new Set<string>();
  type Alternative = { suffix: string; text: string };
  const walk = (tokens: CompiledMessage): Alternative[] => {
    let out: Alternative[] = [{ suffix: '', text: '' }];
    const append = (more: Alternative[]) => {
      out = out.flatMap((a) =>
        more.map((b) => ({ suffix: a.suffix + b.suffix, text: a.text + b.text })),
      );
    };
    for (const token of tokens) {
      if (typeof token === 'string') append([{ suffix: '', text: token }]);
      else {
        const [name, type, format] = token;
        placeholders.add(type ? `${name}, ${type}` : name);
        if (type === 'plural' || type === 'select' || type === 'selectordinal') {
          const choices = Object.entries(format as Record<string, CompiledMessage | undefined>);
          // Lingui's parser lets it pass, but a count with no form of its own would show nothing.
          if (!choices.some(([branch]) => branch === 'other'))
            throw new Error(`{${name}, ${type}} has no "other" form: ${message}`);
          append(
            choices
              .filter(([branch, branchTokens]) => branch !== 'offset' && branchTokens)
              .flatMap(([branch, branchTokens]) =>
                walk(branchTokens!).map((a) => ({ suffix: `_${branch}${a.suffix}`, text: a.text })),
              ),
          );
        } else append([{ suffix: '', text: `{{${name}}}` }]);
      }
    }
    return out;
  };
  const texts = walk(compileMessageOrThrow(message));
  return { texts, placeholders: [...placeholders].sort() };
}

function catalogueLeaves(language: Language): Leaf[] {
  return Object.entries(catalogues).flatMap(([ns, messages]) =>
    Object.entries(messages[language]).flatMap(([key, message]) =>
      readMessage(message).texts.map(({ suffix, text }) => ({
        key: `${ns}:${key}${suffix}`,
        text: normalize(text),
      })),
    ),
  );
}

const PLACEHOLDER = /\{\{[^}]+\}\}/g;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type CatalogueText = { key: string; text: string; pattern: RegExp };

/**
 * Texts of `language` that the other language words differently: seeing one in the other language's
 * render is a leak. A text is a whole-segment pattern, its {{placeholders}} matching anything.
 * Texts with no letters outside placeholders, and texts the other language uses for any key, are
 * left out: they cannot tell the languages apart.
 */
export function languageOnlyTexts(language: Language): CatalogueText[] {
  const other: Language = language === 'en' ? 'tr' : 'en';
  const otherLeaves = catalogueLeaves(other);
  const otherByKey = new Map(otherLeaves.map((leaf) => [leaf.key, leaf.text]));
  const otherTexts = new Set(otherLeaves.map((leaf) => leaf.text));
  return catalogueLeaves(language)
    .filter((leaf) => leaf.text !== otherByKey.get(leaf.key) && !otherTexts.has(leaf.text))
    .filter((leaf) => {
      // A template needs enough words of its own, or "{{stage}} on {{date}}." matches any sentence.
      const letters = leaf.text.replace(PLACEHOLDER, '').match(/\p{L}/gu)?.length ?? 0;
      return letters >= (leaf.text.includes('{{') ? 4 : 2);
    })
    .map((leaf) => ({
      ...leaf,
      pattern: new RegExp(`^${leaf.text.split(PLACEHOLDER).map(escapeRegExp).join('.+?')}$`, 'u'),
    }));
}

/** Catalogue texts that are the same in both languages (the app name, "English", "Türkçe", "—"). */
export function sharedCatalogueTexts(): string[] {
  const tr = new Map(catalogueLeaves('tr').map((leaf) => [leaf.key, leaf.text]));
  return catalogueLeaves('en')
    .filter((leaf) => tr.get(leaf.key) === leaf.text)
    .map((leaf) => leaf.text);
}

/** Enum-valued fields: their raw values are English words the UI must translate, not data. */
const ENUM_KEYS = new Set([
  'status',
  'substatus',
  'direction',
  'type',
  'qualification',
  'size',
  'category',
]);

/** Every free-text string of some referrals (names, addresses, notes, reasons, ids, emails). */
export function referralDataTexts(referrals: readonly unknown[]): Set<string> {
  const out = new Set<string>();
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      const text = normalize(value);
      if (text && !ENUM_KEYS.has(key)) out.add(text);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  for (const referral of referrals) walk(referral, '');
  return out;
}

export type Finding = { segment: string; why: string };

type Context = { data: ReadonlySet<string> };

/** Catalogue texts of the other language found in a render of `language`. */
export function catalogueLeaks(
  segments: ReadonlySet<string>,
  language: Language,
  { data }: Context,
): Finding[] {
  const foreign = languageOnlyTexts(language === 'en' ? 'tr' : 'en');
  const findings: Finding[] = [];
  for (const segment of segments) {
    if (data.has(segment)) continue;
    const match = foreign.find((entry) => entry.pattern.test(segment));
    if (match) findings.push({ segment, why: `${match.key} is shown in its other language` });
    else if (/^[a-z]+:[\w.-]+$|^[a-z][\w-]*(\.[\w-]+){1,4}$/.test(segment))
      findings.push({ segment, why: 'looks like an untranslated message key' });
  }
  return findings;
}

/**
 * What is left of a segment once referral data, shared catalogue texts and numbers are removed.
 * Longest strings first, so "İstanbul Teknoloji A.Ş." goes before "İstanbul".
 */
function residue(segment: string, removable: readonly string[]): string {
  let rest = segment;
  for (const text of removable) if (rest.includes(text)) rest = rest.split(text).join(' ');
  // Numbers, money and dates in any locale, and ISO currency codes beside an amount.
  return rest.replace(/\b[A-Z]{3}\b/g, ' ').replace(/[\d.,:/%+\-–—·()\s]+/g, ' ');
}

function removableTexts(data: ReadonlySet<string>): string[] {
  return [...data, ...sharedCatalogueTexts()]
    .filter((text) => text.length >= 2)
    .sort((a, b) => b.length - a.length);
}

/** Segments that read the same in the English and the Turkish render: text that bypassed `t()`. */
export function untranslatedSegments(
  english: ReadonlySet<string>,
  turkish: ReadonlySet<string>,
  { data }: Context,
): Finding[] {
  const removable = removableTexts(data);
  const findings: Finding[] = [];
  for (const segment of turkish) {
    if (!english.has(segment) || data.has(segment)) continue;
    if (/\p{L}{2,}/u.test(residue(segment, removable)))
      findings.push({ segment, why: 'the same text in the English and the Turkish render' });
  }
  return findings;
}

/** Words that mark English UI text; none is also a Turkish word the catalogue uses. */
const ENGLISH_UI_WORDS = new Set(
  `the and or of to in on at for from with by is are was not no yes none your you this that
  save saved saving cancel close closed closing loading loaded search filter filters sort sorted
  edit delete remove add retry back next previous submit select choose required invalid error
  failed drag drop move moved stage name customer deal value date status referral referrals
  pipeline expires expired show hide more less open menu theme language light dark system page
  please try again unknown other details notes reason won lost new active pending received
  accepted declined incoming outgoing total empty changes here server could cannot unexpected
  something went wrong`
    .split(/\s+/)
    .filter(Boolean),
);

/** Common English UI words in a Turkish render, referral data left out. */
export function englishWords(turkish: ReadonlySet<string>, { data }: Context): Finding[] {
  const removable = removableTexts(data);
  const findings: Finding[] = [];
  for (const segment of turkish) {
    if (data.has(segment)) continue;
    const words = residue(segment, removable)
      .split(/[^\p{L}']+/u)
      .map((w) => w.toLocaleLowerCase('en-US'));
    const english = words.filter((w) => ENGLISH_UI_WORDS.has(w));
    if (english.length > 0)
      findings.push({ segment, why: `English words: ${[...new Set(english)].join(', ')}` });
  }
  return findings;
}
