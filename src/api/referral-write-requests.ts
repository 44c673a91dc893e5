import type { ReferralCreateBody } from '../domain/create-schema';
import { buildJsonPatch } from '../domain/json-patch';
import { applyChanges, buildPutBody, type ReferralChanges } from '../domain/put-body';
import { referralSchema, type Referral } from '../domain/referral-schema';
import type { ReferralApi } from './referrals';

/*
 * The requests that write a referral, apart from the reads in referrals.ts: the list (the first
 * route) reads only, so the PUT body, the JSON Patch builder and the merge they use load with the
 * views that save (decision 034).
 */

export type UpdateInput = {
  /** The referral as last read, with its eTag. */
  lastRead: Referral;
  /** What the user changed (a deep partial). */
  changes: ReferralChanges;
  /** The eTag to send in If-Match. */
  eTag: string;
  clientRequestId?: string;
  signal?: AbortSignal;
};

/** Save a referral: PUT of the whole body (default) or a JSON Patch of the changed fields. */
export async function updateReferral(api: ReferralApi, input: UpdateInput): Promise<Referral> {
  const url = encodeURIComponent(input.lastRead.id);
  if (api.writeMethod === 'patch') {
    const next = applyChanges(input.lastRead as Record<string, unknown>, input.changes) as Referral;
    const { data } = await api.http.request({
      method: 'PATCH',
      url,
      body: buildJsonPatch(input.lastRead, next),
      ifMatch: input.eTag,
      headers: { Prefer: 'return=representation' },
      schema: referralSchema,
      clientRequestId: input.clientRequestId,
      signal: input.signal,
    });
    return data;
  }
  const { data } = await api.http.request({
    method: 'PUT',
    url,
    body: buildPutBody(input.lastRead, input.changes),
    ifMatch: input.eTag,
    schema: referralSchema,
    clientRequestId: input.clientRequestId,
    signal: input.signal,
  });
  return data;
}

/**
 * Create a referral (spec 3.3): one POST. `requestId` goes out as `MS-RequestId` (and as
 * `client-request-id`): the same value on a retry of the same submission, so a retry after a
 * network error or a time-out returns the first result instead of a second referral (B19).
 */
export async function createReferral(
  api: ReferralApi,
  body: ReferralCreateBody,
  options: { requestId: string; signal?: AbortSignal },
): Promise<Referral> {
  const { data } = await api.http.request({
    method: 'POST',
    url: '',
    body,
    headers: { 'MS-RequestId': options.requestId },
    schema: referralSchema,
    clientRequestId: options.requestId,
    signal: options.signal,
  });
  return data;
}
