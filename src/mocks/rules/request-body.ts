import { safeParse } from 'zod/mini';
import type * as core from 'zod/v4/core';
import './zod-messages';
import { invalidRequest, type SimResult } from './sim-result';

/** Reading JSON request bodies with the domain schemas: any failure is a 400 `invalidRequest`. */

export type BodyOutcome<T> = { ok: true; value: T } | { ok: false; result: SimResult };

export function readJsonObject(text: string): BodyOutcome<Record<string, unknown>> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, result: invalidRequest('The request body is not valid JSON.', 'body') };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, result: invalidRequest('The request body must be a JSON object.', 'body') };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

export function parseWith<T>(schema: core.$ZodType<T>, value: unknown): BodyOutcome<T> {
  const parsed = safeParse(schema, value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const target = issue?.path.map(String).join('.') || 'body';
  const message = issue
    ? `Invalid value at '${target}': ${issue.message}`
    : 'Invalid request body.';
  return { ok: false, result: invalidRequest(message, target) };
}
