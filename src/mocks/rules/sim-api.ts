import { missingCreateField, referralCreateSchema } from '../../domain/create-schema';
import { referralSchema, type Referral } from '../../domain/referral-schema';
import type { FaultController } from './faults';
import { createIdempotentCreates } from './idempotency';
import {
  accessDenied,
  callerKey,
  callerOf,
  canAccess,
  checkAccess,
  noRole,
  type Caller,
} from './identity';
import { createListEndpoint } from './list-endpoint';
import { applyPatch, patchContentTypeProblem, prefersRepresentation, readPatch } from './patch-ops';
import { parseWith, readJsonObject } from './request-body';
import { OWN_ORG } from '../seed/seed-data';
import { referralLinks, newETag, serverTimestamp } from './server-values';
import { invalidRequest, notFound, preconditionFailed, type SimResult } from './sim-result';
import type { SimStore, StoredState } from '../store/sim-store';
import type { KeyValueStorage } from '../store/storage';
import { commitUpdate } from './write-rules';

/** One request as the simulator sees it, independent of msw. */
export type SimRequest = {
  url: URL;
  headers: { get(name: string): string | null };
  bodyText: string;
};

/** The operations behind the HTTP handlers; each re-reads the stored state first. */
export type SimulatorApi = {
  list(request: SimRequest): SimResult;
  read(id: string, request: SimRequest): SimResult;
  replace(id: string, request: SimRequest): SimResult;
  patch(id: string, request: SimRequest): SimResult;
  create(request: SimRequest): SimResult;
};

/** `@odata.context` of a single referral; the "engagments" typo is Microsoft's (spec 1.1). */
export const ENTITY_CONTEXT =
  'https://api.partner.microsoft.com/v1.0/engagments/referrals/$metadata#Referrals/$entity';

/** Single-resource answers carry the eTag as the ETag header too (B2). */
const single = (referral: Referral): SimResult => ({
  status: 200,
  body: referral,
  headers: { ETag: referral.eTag ?? '' },
});

const collectionUrl = (url: URL) => `${url.origin}${url.pathname.replace(/\/$/, '')}`;

/** Every operation runs as the caller its bearer token names (B20; see identity.ts). */
function asCaller(request: SimRequest, run: (caller: Caller) => SimResult): SimResult {
  const who = callerOf(request.headers.get('Authorization'));
  return who.ok ? run(who.caller) : who.result;
}

/** B4/B5/B6: no If-Match is unconditional, `*` matches any version, else verbatim equality. */
const isStale = (ifMatch: string | null, current: Referral) =>
  !!ifMatch && ifMatch !== '*' && ifMatch !== current.eTag;

export function createSimApi(deps: {
  store: SimStore;
  now: () => Date;
  faults: FaultController;
  /** Where retried creates are remembered; in memory when absent. */
  storage?: KeyValueStorage;
}): SimulatorApi {
  const { store, now, faults } = deps;
  const list = createListEndpoint();
  const idempotent = createIdempotentCreates(deps.storage);

  /** The stored referral `caller` may reach (lazy expiry applied), or the 403/404 answer. */
  function reach(
    caller: Caller,
    id: string,
    state: StoredState,
    at: Date,
  ): { ok: true; referral: Referral } | { ok: false; result: SimResult } {
    const referral = store.current(state, id, at.getTime());
    const denied = checkAccess(caller, id, referral);
    if (denied) return { ok: false, result: denied };
    return referral ? { ok: true, referral } : { ok: false, result: notFound(id) };
  }

  return {
    list: (request) =>
      asCaller(request, (caller) => {
        if (caller.role === 'none') return noRole();
        const state = store.read();
        const nowMs = now().getTime();
        return list(request.url, {
          version: store.version(),
          scope: callerKey(caller),
          nowMs,
          all: () => {
            const everything = store.all(state, nowMs);
            if (caller.role === 'admin') return everything;
            return { ...everything, items: everything.items.filter((r) => canAccess(caller, r)) };
          },
          get: (id) => store.current(state, id, nowMs),
        });
      }),

    read: (id, request) =>
      asCaller(request, (caller) => {
        const reached = reach(caller, id, store.read(), now());
        if (!reached.ok) return reached.result;
        const referral = reached.referral;
        return { ...single(referral), body: { '@odata.context': ENTITY_CONTEXT, ...referral } };
      }),

    replace: (id, request) => asCaller(request, (caller) => replace(caller, id, request)),

    patch: (id, request) => asCaller(request, (caller) => patch(caller, id, request)),

    create: (request) => asCaller(request, (caller) => createOnce(caller, request)),
  };

  function replace(caller: Caller, id: string, request: SimRequest): SimResult {
    const at = now();
    const state = store.read();
    const reached = reach(caller, id, state, at);
    if (!reached.ok) return reached.result;
    const current = reached.referral;
    const ifMatch = request.headers.get('If-Match');
    if (!ifMatch) {
      return invalidRequest(
        'The If-Match header is required; send the eTag you last read.',
        'If-Match',
      );
    }
    const body = readJsonObject(request.bodyText);
    if (!body.ok) return body.result;
    if ('links' in body.value) {
      return invalidRequest("Remove the 'links' object before sending a referral back.", 'links');
    }
    if (body.value.id !== undefined && body.value.id !== id) {
      return invalidRequest(
        `The body id ${JSON.stringify(body.value.id)} does not match the URL id '${id}'.`,
        'id',
      );
    }
    const proposed = parseWith(referralSchema, { ...body.value, id });
    if (!proposed.ok) return proposed.result;
    if (isStale(ifMatch, current)) return preconditionFailed();
    const outcome = commitUpdate(current, proposed.value, { now: at, faults: faults.get() });
    if (!outcome.ok) return outcome.result;
    store.save(state, outcome.referral);
    return single(outcome.referral);
  }

  /** PATCH (spec 3.4, B5, B9, B10): the operations applied to the stored copy, then PUT's rules. */
  function patch(caller: Caller, id: string, request: SimRequest): SimResult {
    const at = now();
    const state = store.read();
    const reached = reach(caller, id, state, at);
    if (!reached.ok) return reached.result;
    const current = reached.referral;
    const typeProblem = patchContentTypeProblem(request.headers.get('Content-Type'));
    if (typeProblem) return typeProblem;
    const ops = readPatch(request.bodyText);
    if (!ops.ok) return ops.result;
    if (isStale(request.headers.get('If-Match'), current)) return preconditionFailed();
    const patched = applyPatch(current, ops.value);
    if (!patched.ok) return patched.result;
    const proposed = parseWith(referralSchema, { ...patched.value, id });
    if (!proposed.ok) return proposed.result;
    const outcome = commitUpdate(current, proposed.value, { now: at, faults: faults.get() });
    if (!outcome.ok) return outcome.result;
    store.save(state, outcome.referral);
    if (prefersRepresentation(request.headers.get('Prefer'))) return single(outcome.referral);
    return { status: 204, headers: { ETag: outcome.referral.eTag ?? '' } };
  }

  function createOnce(caller: Caller, request: SimRequest): SimResult {
    if (caller.role === 'none') return noRole();
    const key = idempotent.keyOf(request.headers, callerKey(caller));
    const replayed =
      key && idempotent.replay(key, (id) => !!store.current(store.read(), id, now().getTime()));
    if (replayed) return replayed;
    const result = create(caller, request);
    if (key && result.status < 300) idempotent.remember(key, result);
    return result;
  }

  function create(caller: Caller, request: SimRequest): SimResult {
    const body = readJsonObject(request.bodyText);
    if (!body.ok) return body.result;
    // The same schema the app checks its create bodies with (domain/create-schema.ts).
    const missing = missingCreateField(body.value);
    if (missing) return invalidRequest(`'${missing}' is required to create a referral.`, missing);
    const parsed = parseWith(referralCreateSchema, body.value);
    if (!parsed.ok) return parsed.result;
    if (!canAccess(caller, parsed.value)) {
      return accessDenied('A Referrals User creates only referrals whose team lists them.');
    }
    const at = now();
    const stamp = serverTimestamp(at.getTime());
    const id = crypto.randomUUID();
    const input = parsed.value;
    const engagementId = input.engagementId || crypto.randomUUID();
    // An outgoing referral comes back Active·Accepted, accepted at creation (B14).
    const referral: Referral = {
      ...input,
      id,
      engagementId,
      organizationId: OWN_ORG.id,
      organizationName: OWN_ORG.name,
      createdDateTime: stamp,
      updatedDateTime: stamp,
      expirationDateTime: null,
      acceptedDateTime: stamp,
      status: 'Active',
      substatus: 'Accepted',
      statusReason: input.statusReason ?? '',
      qualification: input.qualification ?? 'None',
      direction: 'Outgoing',
      target: input.target ?? [],
      team: input.team ?? [],
      inviteContext: input.inviteContext ?? {
        notes: '',
        invitedBy: { organizationId: OWN_ORG.id, organizationName: OWN_ORG.name },
      },
      eTag: newETag(at),
      links: referralLinks(collectionUrl(request.url), id, engagementId),
    };
    delete referral['@odata.context'];
    for (const key of ['closedDateTime', 'referralSource', 'callToAction'] as const)
      delete referral[key];
    store.save(store.read(), referral);
    return single(referral);
  }
}
