import { ISO_DATE_TIME } from '../../domain/referral-schema';
import type { ComparisonOp, FilterNode, PathOperand } from './odata-parser';
import { timestampKey } from '../rules/server-values';

/**
 * Turns a parsed filter into one predicate, built once per request and then run over every
 * referral. Strings that are both ISO date-times compare as instants (7 fractional digits kept),
 * so `updatedDateTime gt '2020-10-29T21:24:52Z'` works for incremental syncs.
 */

export type Predicate = (item: unknown) => boolean;
type Compiled = (item: unknown, env: unknown[]) => boolean;
type Getter = (item: unknown, env: unknown[]) => unknown;

function getter(operand: PathOperand, variables: readonly string[]): Getter {
  const start = operand.variable === null ? -1 : variables.lastIndexOf(operand.variable);
  const segments = operand.segments;
  return (item, env) => {
    let current: unknown = start < 0 ? item : env[start];
    for (const segment of segments) {
      if (current === null || typeof current !== 'object') return undefined;
      current = (current as Record<string, unknown>)[segment];
    }
    return current;
  };
}

function dateKey(value: string): string | undefined {
  return ISO_DATE_TIME.test(value) ? timestampKey(value) : undefined;
}

function order(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareValues(op: ComparisonOp, a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) {
    const isBothNull = (a === null || a === undefined) && (b === null || b === undefined);
    return op === 'eq' ? isBothNull : op === 'ne' ? !isBothNull : false;
  }
  let diff: number | undefined;
  if (typeof a === 'string' && typeof b === 'string') {
    const keyA = dateKey(a);
    const keyB = keyA === undefined ? undefined : dateKey(b);
    diff = keyA !== undefined && keyB !== undefined ? order(keyA, keyB) : order(a, b);
  } else if (typeof a === 'number' && typeof b === 'number') {
    diff = order(a, b);
  } else if (typeof a === 'boolean' && typeof b === 'boolean') {
    if (op === 'eq') return a === b;
    if (op === 'ne') return a !== b;
    return false;
  }
  if (diff === undefined) return op === 'ne'; // different types never compare equal
  switch (op) {
    case 'eq':
      return diff === 0;
    case 'ne':
      return diff !== 0;
    case 'gt':
      return diff > 0;
    case 'ge':
      return diff >= 0;
    case 'lt':
      return diff < 0;
    case 'le':
      return diff <= 0;
  }
}

function compile(node: FilterNode, variables: readonly string[]): Compiled {
  switch (node.kind) {
    case 'and': {
      const left = compile(node.left, variables);
      const right = compile(node.right, variables);
      return (item, env) => left(item, env) && right(item, env);
    }
    case 'or': {
      const left = compile(node.left, variables);
      const right = compile(node.right, variables);
      return (item, env) => left(item, env) || right(item, env);
    }
    case 'not': {
      const operand = compile(node.operand, variables);
      return (item, env) => !operand(item, env);
    }
    case 'truthy': {
      const get = getter(node.operand, variables);
      return (item, env) => get(item, env) === true;
    }
    case 'compare': {
      const { op, left, right } = node;
      const getLeft: Getter = left.kind === 'literal' ? () => left.value : getter(left, variables);
      const getRight: Getter =
        right.kind === 'literal' ? () => right.value : getter(right, variables);
      return (item, env) => compareValues(op, getLeft(item, env), getRight(item, env));
    }
    case 'lambda': {
      const getCollection = getter(node.collection, variables);
      const inner = [...variables, node.variable];
      const depth = variables.length;
      const body = node.body ? compile(node.body, inner) : undefined;
      const isAny = node.quantifier === 'any';
      return (item, env) => {
        const collection = getCollection(item, env);
        if (!Array.isArray(collection)) return !isAny;
        if (!body) return collection.length > 0;
        const test = (element: unknown) => {
          env[depth] = element;
          return body(item, env);
        };
        return isAny ? collection.some(test) : collection.every(test);
      };
    }
  }
}

export function compileFilterNode(node: FilterNode): Predicate {
  const compiled = compile(node, []);
  return (item) => compiled(item, []);
}
