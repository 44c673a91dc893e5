import { referralSchema } from '../../domain/referral-schema';
import { ODataError } from './odata-error';
import { tokenize, type Token } from './odata-lexer';
import { elementOf, schemaAt, type Schema } from './odata-schema-paths';

/** Parses `$filter` into a tree, checking every property path against the referral schema (B17). */

export type Literal = string | number | boolean | null;
export type PathOperand = { kind: 'path'; variable: string | null; segments: string[] };
export type Operand = { kind: 'literal'; value: Literal } | PathOperand;
export const COMPARISON_OPS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: ComparisonOp; left: Operand; right: Operand }
  /** A boolean property on its own, e.g. `consent/consentToContact`. */
  | { kind: 'truthy'; operand: PathOperand }
  | {
      kind: 'lambda';
      quantifier: 'any' | 'all';
      collection: PathOperand;
      variable: string;
      body: FilterNode | null;
    };

const KEYWORD_LITERALS: Readonly<Record<string, Literal>> = {
  true: true,
  false: false,
  null: null,
};

const isOp = (value: string): value is ComparisonOp =>
  (COMPARISON_OPS as readonly string[]).includes(value);

class Parser {
  private index = 0;
  /** Lambda variables in scope and the element schema each one ranges over. */
  private readonly scope = new Map<string, Schema>();

  constructor(
    private readonly tokens: Token[],
    private readonly root: Schema,
  ) {}

  parse(): FilterNode {
    const node = this.orExpr();
    const rest = this.tokens[this.index];
    if (rest)
      throw new ODataError(`Syntax error at position ${rest.at}: expected the end of the filter.`);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private isWord(word: string, token = this.peek()): boolean {
    return token?.kind === 'path' && token.value.length === 1 && token.value[0] === word;
  }

  private isPunct(value: string): boolean {
    const token = this.peek();
    return token?.kind === 'punct' && token.value === value;
  }

  private expectPunct(value: '(' | ')' | ':'): void {
    const token = this.peek();
    if (token?.kind !== 'punct' || token.value !== value) {
      const where = token ? `position ${token.at}` : 'the end of the filter';
      throw new ODataError(`Syntax error at ${where}: expected '${value}'.`);
    }
    this.index += 1;
  }

  private orExpr(): FilterNode {
    let left = this.andExpr();
    while (this.isWord('or')) {
      this.index += 1;
      left = { kind: 'or', left, right: this.andExpr() };
    }
    return left;
  }

  private andExpr(): FilterNode {
    let left = this.unary();
    while (this.isWord('and')) {
      this.index += 1;
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterNode {
    if (this.isWord('not')) {
      this.index += 1;
      return { kind: 'not', operand: this.unary() };
    }
    const token = this.peek();
    if (this.isPunct('(')) {
      this.index += 1;
      const inner = this.orExpr();
      this.expectPunct(')');
      return inner;
    }
    if (token?.kind === 'path' && token.value.length > 1) {
      const last = token.value[token.value.length - 1];
      if ((last === 'any' || last === 'all') && this.tokens[this.index + 1]?.kind === 'punct') {
        return this.lambda(token.value.slice(0, -1), last, token.at);
      }
    }
    return this.comparison();
  }

  private lambda(path: string[], quantifier: 'any' | 'all', at: number): FilterNode {
    this.index += 1;
    const collection = this.path(path, at);
    const element = elementOf(this.schemaOf(collection));
    if (!element)
      throw new ODataError(`'${path.join('/')}' is not a collection; any() and all() need one.`);
    this.expectPunct('(');
    if (this.isPunct(')')) {
      this.index += 1;
      if (quantifier === 'all') throw new ODataError('all() needs a lambda expression.');
      return { kind: 'lambda', quantifier, collection, variable: '', body: null };
    }
    const variable = this.peek();
    if (variable?.kind !== 'path' || variable.value.length !== 1 || !variable.value[0]) {
      throw new ODataError(
        `Syntax error at position ${at}: expected a lambda variable such as 't:'.`,
      );
    }
    const name = variable.value[0];
    this.index += 1;
    this.expectPunct(':');
    this.scope.set(name, element);
    const body = this.orExpr();
    this.scope.delete(name);
    this.expectPunct(')');
    return { kind: 'lambda', quantifier, collection, variable: name, body };
  }

  private comparison(): FilterNode {
    const left = this.operand();
    const op = this.peek();
    if (op?.kind === 'path' && op.value.length === 1 && isOp(op.value[0] ?? '')) {
      this.index += 1;
      return { kind: 'compare', op: op.value[0] as ComparisonOp, left, right: this.operand() };
    }
    const isEnd = !op || this.isWord('and') || this.isWord('or') || this.isPunct(')');
    if (left.kind === 'path' && isEnd) return { kind: 'truthy', operand: left };
    const where = op ? `position ${op.at}` : 'the end of the filter';
    throw new ODataError(
      `Syntax error at ${where}: expected a comparison operator (eq, ne, gt, ge, lt, le).`,
    );
  }

  private operand(): Operand {
    const token = this.peek();
    if (!token) throw new ODataError('Syntax error: the filter ends where a value was expected.');
    this.index += 1;
    if (token.kind === 'string' || token.kind === 'bare' || token.kind === 'number') {
      return { kind: 'literal', value: token.value };
    }
    if (token.kind === 'path') {
      const word = token.value.length === 1 ? (token.value[0] ?? '') : '';
      if (word in KEYWORD_LITERALS)
        return { kind: 'literal', value: KEYWORD_LITERALS[word] ?? null };
      return this.path(token.value, token.at);
    }
    throw new ODataError(`Syntax error at position ${token.at}: unexpected '${token.value}'.`);
  }

  private path(segments: string[], at: number): PathOperand {
    const [first = '', ...rest] = segments;
    const operand: PathOperand = this.scope.has(first)
      ? { kind: 'path', variable: first, segments: rest }
      : { kind: 'path', variable: null, segments };
    if (!this.schemaOfOrUndefined(operand)) {
      throw new ODataError(
        `Could not find a property named '${segments.join('/')}' on type 'Referral' (position ${at}).`,
      );
    }
    return operand;
  }

  private schemaOfOrUndefined(operand: PathOperand): Schema | undefined {
    const base = operand.variable === null ? this.root : this.scope.get(operand.variable);
    return base && schemaAt(base, operand.segments);
  }

  private schemaOf(operand: PathOperand): Schema {
    const schema = this.schemaOfOrUndefined(operand);
    if (!schema) throw new ODataError(`Unknown property '${operand.segments.join('/')}'.`);
    return schema;
  }
}

/** Parse a `$filter` value; throws ODataError for bad syntax or an unknown property. */
export function parseFilter(text: string, schema: Schema = referralSchema): FilterNode {
  const tokens = tokenize(text);
  if (tokens.length === 0) throw new ODataError('The filter is empty.');
  return new Parser(tokens, schema).parse();
}
