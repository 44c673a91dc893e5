import { referralSchema, type Referral } from '../domain/referral-schema';
import type { FaultController } from './faults';
import { createListEndpoint } from './list-endpoint';
import { parseWith, readJsonObject } from './request-body';
import { OWN_ORG } from './seed-data';
import { referralLinks, newETag, serverTimestamp } from './server-values';
import { invalidRequest, notFound, preconditionFailed, type SimResult } from './sim-result';
import type { SimStore } from './sim-store';
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
  create(request: SimRequest): SimResult;
};

/** `@odata.context` of a single referral; the "engagments" typo is Microsoft's (spec 1.1). */
export const ENTITY_CONTEXT =
  'https://api.partner.microsoft.com/v1.0/engagments/referrals/$metadata#Referrals/$entity';

const REQUIRED_ON_CREATE = ['type', 'customerProfile', 'consent', 'details'] as const;
const createSchema = referralSchema.partial({ id: true, status: true, substatus: true });

/** Single-resource answers carry the eTag as the ETag header too (B2). */
const single = (referral: Referral): SimResult => ({
  status: 200,
  body: referral,
  headers: { ETag: referral.eTag ?? '' },
});

const collectionUrl = (url: URL) => `${url.origin}${url.pathname.replace(/\/$/, '')}`;

export function createSimApi(deps: {
  store: SimStore;
  now: () => Date;
  faults: FaultController;
}): SimulatorApi {
  const { store, now, faults } = deps;
  const list = createListEndpoint();

  return {
    list(request) {
      const state = store.read();
      const nowMs = now().getTime();
      return list(request.url, {
        version: store.version(),
        nowMs,
        all: () => store.all(state, nowMs),
        get: (id) => store.current(state, id, nowMs),
      });
    },

    read(id) {
      const referral = store.current(store.read(), id, now().getTime());
      if (!referral) return notFound(id);
      return { ...single(referral), body: { '@odata.context': ENTITY_CONTEXT, ...referral } };
    },

    replace(id, request) {
      const at = now();
      const state = store.read();
      const current = store.current(state, id, at.getTime());
      if (!current) return notFound(id);
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
      // Verbatim, quotes included (B4); '*' matches any version (B6).
      if (ifMatch !== '*' && ifMatch !== current.eTag) return preconditionFailed();
      const outcome = commitUpdate(current, proposed.value, { now: at, faults: faults.get() });
      if (!outcome.ok) return outcome.result;
      store.save(state, outcome.referral);
      return single(outcome.referral);
    },

    create(request) {
      const body = readJsonObject(request.bodyText);
      if (!body.ok) return body.result;
      const missing = REQUIRED_ON_CREATE.find(
        (key) => body.value[key] === undefined || body.value[key] === null,
      );
      if (missing) return invalidRequest(`'${missing}' is required to create a referral.`, missing);
      const parsed = parseWith(createSchema, body.value);
      if (!parsed.ok) return parsed.result;
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
    },
  };
}
