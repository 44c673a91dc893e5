import { CREATE_ONLY_FIELDS, SERVER_FIELDS, SERVER_ONLY_KEYS } from '../../domain/api-contract';
import type { JsonPatchOperation } from '../../domain/json-patch';
import type { BodyOutcome } from './request-body';
import { errorResult, invalidRequest, type SimResult } from './sim-result';

/**
 * RFC 6902 JSON Patch as the Referrals API takes it (spec 3.4, B9): `add` and `replace` only, on
 * the client-writable members; any bad operation rejects the whole patch (all or nothing), so the
 * operations are applied to a copy.
 */

/** Top-level members a PATCH may write; everything below them is writable too. */
const WRITABLE = new Set<string>([
  'name',
  'externalReferenceId',
  'status',
  'substatus',
  'statusReason',
  'salesStage',
  'details',
  'customerProfile',
  'consent',
  'team',
]);
const READ_ONLY = new Set<string>([...SERVER_FIELDS, ...CREATE_ONLY_FIELDS, ...SERVER_ONLY_KEYS]);

type Operation = JsonPatchOperation & { pointer: string[] };

const INDEX = /^(0|[1-9]\d{0,5})$/;
/** Members that would reach an object's prototype rather than its data. */
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

/** RFC 6901: `~1` is `/`, `~0` is `~` (in that order). */
const unescape = (part: string) => part.replace(/~1/g, '/').replace(/~0/g, '~');

function readOperation(raw: unknown, index: number): BodyOutcome<Operation> {
  const where = `[${index}]`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, result: invalidRequest(`Operation ${where} is not an object.`, where) };
  }
  const op = (raw as Record<string, unknown>).op;
  const path = (raw as Record<string, unknown>).path;
  if (op !== 'add' && op !== 'replace') {
    return {
      ok: false,
      result: invalidRequest(
        `Operation ${where} '${String(op)}' is not supported: only 'add' and 'replace' are.`,
        `${where}.op`,
      ),
    };
  }
  if (typeof path !== 'string' || !path.startsWith('/')) {
    return {
      ok: false,
      result: invalidRequest(
        `Operation ${where} needs a JSON Pointer path such as '/name'.`,
        where,
      ),
    };
  }
  if (!('value' in raw)) {
    return { ok: false, result: invalidRequest(`Operation ${where} has no 'value'.`, path) };
  }
  const pointer = path.slice(1).split('/').map(unescape);
  const root = pointer[0] ?? '';
  if (pointer.some((part) => UNSAFE.has(part))) {
    return { ok: false, result: invalidRequest(`'${path}' is not a writable path.`, path) };
  }
  if (READ_ONLY.has(root)) {
    return {
      ok: false,
      result: invalidRequest(
        `'/${root}' is set by the server or on create; a PATCH cannot change it.`,
        path,
      ),
    };
  }
  if (!WRITABLE.has(root)) {
    return { ok: false, result: invalidRequest(`'${path}' is not a writable path.`, path) };
  }
  return { ok: true, value: { op, path, value: raw.value, pointer } };
}

/** Parse a PATCH body: a non-empty array of add/replace operations on writable paths. */
export function readPatch(text: string): BodyOutcome<Operation[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, result: invalidRequest('The request body is not valid JSON.', 'body') };
  }
  if (!Array.isArray(parsed)) {
    return {
      ok: false,
      result: invalidRequest('A PATCH body is a JSON Patch: an array of operations.', 'body'),
    };
  }
  if (parsed.length === 0) {
    return { ok: false, result: invalidRequest('The patch holds no operations.', 'body') };
  }
  const ops: Operation[] = [];
  for (const [index, raw] of parsed.entries()) {
    const read = readOperation(raw, index);
    if (!read.ok) return read;
    ops.push(read.value);
  }
  return { ok: true, value: ops };
}

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container =>
  typeof value === 'object' && value !== null;

function step(container: Container, part: string): unknown {
  if (Array.isArray(container)) return INDEX.test(part) ? container[Number(part)] : undefined;
  return Object.prototype.hasOwnProperty.call(container, part) ? container[part] : undefined;
}

function applyOne(document: Record<string, unknown>, operation: Operation): string | undefined {
  const { op, pointer, value } = operation;
  let parent: unknown = document;
  for (const part of pointer.slice(0, -1)) {
    parent = isContainer(parent) ? step(parent, part) : undefined;
  }
  if (!isContainer(parent)) return 'its parent does not exist';
  const last = pointer[pointer.length - 1] ?? '';
  if (Array.isArray(parent)) {
    if (last === '-') {
      if (op !== 'add') return "'-' (the end of an array) can only be added to";
      parent.push(value);
      return undefined;
    }
    if (!INDEX.test(last)) return `'${last}' is not an array index`;
    const at = Number(last);
    if (op === 'add') {
      if (at > parent.length) return `index ${at} is past the end of the array`;
      parent.splice(at, 0, value);
    } else {
      if (at >= parent.length) return `there is no item ${at} to replace`;
      parent[at] = value;
    }
    return undefined;
  }
  if (op === 'replace' && !Object.prototype.hasOwnProperty.call(parent, last)) {
    return 'there is nothing to replace (use add)';
  }
  parent[last] = value;
  return undefined;
}

/** Apply the operations in order to a copy of `document`; the first failure rejects them all. */
export function applyPatch(
  document: Record<string, unknown>,
  ops: readonly Operation[],
): BodyOutcome<Record<string, unknown>> {
  const copy = structuredClone(document);
  for (const [index, operation] of ops.entries()) {
    const problem = applyOne(copy, operation);
    if (problem) {
      return {
        ok: false,
        result: invalidRequest(
          `Operation [${index}] ${operation.op} '${operation.path}' cannot be applied: ${problem}. Nothing was saved.`,
          operation.path,
        ),
      };
    }
  }
  return { ok: true, value: copy };
}

/** Spec 3.4: doc samples send application/json; the JSON Patch media type is accepted too. */
export function patchContentTypeProblem(contentType: string | null): SimResult | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json' || type === 'application/json-patch+json') return undefined;
  return errorResult(
    415,
    'invalidRequest',
    `Send a JSON Patch as application/json or application/json-patch+json${contentType ? `, not ${contentType}` : ''}.`,
    'Content-Type',
  );
}

/** `Prefer: return=representation` asks for 200 with the referral instead of 204 (B10). */
export function prefersRepresentation(prefer: string | null): boolean {
  return (prefer ?? '')
    .split(',')
    .some((part) => part.split(';')[0]?.trim().toLowerCase() === 'return=representation');
}
