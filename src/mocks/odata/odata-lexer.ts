import { ODataError } from './odata-error';

/** Tokens of an OData `$filter` expression (the subset in spec 3.1 and B16). */
export type Token =
  | { kind: 'punct'; value: '(' | ')' | ':' | ','; at: number }
  | { kind: 'string'; value: string; at: number }
  | { kind: 'number'; value: number; at: number }
  /** Unquoted GUIDs and date-times are tolerated and read as strings (observed links, spec 1.15). */
  | { kind: 'bare'; value: string; at: number }
  /** A name or a `/` path such as `customerProfile/address/country` or `team/any`. */
  | { kind: 'path'; value: string[]; at: number };

const GUID =
  /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\w-])/y;
const DATE_TIME =
  /\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2}))?(?![\w:.-])/y;
const NUMBER = /-?\d+(\.\d+)?(?![\w.])/y;
const PATH = /[A-Za-z_@$][\w.@$]*(\/[A-Za-z_@$][\w.@$]*)*/y;
const SPACE = /\s+/y;

function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

function readString(text: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  for (;;) {
    const quote = text.indexOf("'", i);
    if (quote < 0) throw new ODataError(`Unterminated string literal at position ${start}.`);
    value += text.slice(i, quote);
    // Two single quotes inside a literal stand for one.
    if (text[quote + 1] === "'") {
      value += "'";
      i = quote + 2;
      continue;
    }
    return { value, end: quote + 1 };
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const space = matchAt(SPACE, text, at);
    if (space) {
      at += space.length;
      continue;
    }
    const char = text.charAt(at);
    if (char === '(' || char === ')' || char === ':' || char === ',') {
      tokens.push({ kind: 'punct', value: char, at });
      at += 1;
      continue;
    }
    if (char === "'") {
      const { value, end } = readString(text, at);
      tokens.push({ kind: 'string', value, at });
      at = end;
      continue;
    }
    const bare = matchAt(GUID, text, at) ?? matchAt(DATE_TIME, text, at);
    if (bare) {
      tokens.push({ kind: 'bare', value: bare, at });
      at += bare.length;
      continue;
    }
    const number = matchAt(NUMBER, text, at);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number), at });
      at += number.length;
      continue;
    }
    const path = matchAt(PATH, text, at);
    if (path) {
      tokens.push({ kind: 'path', value: path.split('/'), at });
      at += path.length;
      continue;
    }
    throw new ODataError(`Unexpected character '${char}' at position ${at}.`);
  }
  return tokens;
}
