import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../api/api-error';
import { PARTNER_REFERRALS_URL } from '../domain/api-contract';
import type { Referral } from '../domain/referral-schema';
import { stageOf, type StageId } from '../domain/status-machine';
import type { Simulator } from '../mocks/node';

/** Helpers for the simulator's contract tests: raw requests the client would never send, lookups. */

export type RawResponse = { status: number; headers: Headers; body: unknown };

export async function send(
  method: string,
  pathOrUrl: string,
  options: { headers?: Record<string, string>; body?: unknown; rawBody?: string } = {},
): Promise<RawResponse> {
  const url = /^https?:/.test(pathOrUrl) ? pathOrUrl : `${PARTNER_REFERRALS_URL}${pathOrUrl}`;
  const body =
    options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const response = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', ...options.headers },
    body,
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** The referral as a client read it, turned into a PUT body without `links` (spec 3.5). */
export function putBodyOf(referral: Referral, changes: Record<string, unknown> = {}) {
  const body: Record<string, unknown> = { ...structuredClone(referral), ...changes };
  delete body.links;
  delete body['@odata.context'];
  return body;
}

export function findReferral(sim: Simulator, predicate: (r: Referral) => boolean): Referral {
  const found = sim.all().find(predicate);
  if (!found) throw new Error('No seeded referral matches');
  return found;
}

export const inStage = (stage: StageId) => (r: Referral) => stageOf(r) === stage;

/** The promise's rejection, which must be an ApiError. */
export async function apiErrorOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('Expected the call to fail');
}

const EXAMPLES = path.resolve(__dirname, '../../../shared/api/examples');

export function example(file: string): unknown {
  return JSON.parse(readFileSync(path.join(EXAMPLES, file), 'utf8')) as unknown;
}
