import { referralApi, setReferralApi } from '../../api/api-registry';
import { createHttpClient } from '../../api/http-client';
import { getReferral } from '../../api/referrals';
import { updateReferral } from '../../api/referral-write-requests';
import { PARTNER_REFERRALS_URL } from '../../domain/api-contract';
import { referralSchema, type Referral } from '../../domain/referral-schema';
import { apiErrorOf, example, findReferral, inStage, send } from '../../test/contract-helpers';
import { TEST_NOW, testSimulator as sim } from '../node';

/** PATCH (spec 3.4; B5, B9, B10, B11), through the app's client configured for `patch`. */

const INCOMING_NEW_ID = '61c65491-2f2c-461a-84b4-3654499bc1d9';
const STAMP_NOW = TEST_NOW.toISOString().replace('Z', '0000Z');

beforeEach(() => {
  setReferralApi({
    http: createHttpClient({ baseUrl: PARTNER_REFERRALS_URL, timeoutMs: 5000 }),
    writeMethod: 'patch',
  });
});

type Op = { op: string; path: string; value?: unknown };

/** A raw PATCH through the client (no schema: a 204 has no body). */
function patch(id: string, ops: Op[], options: { ifMatch?: string; prefer?: boolean } = {}) {
  return referralApi().http.request<unknown>({
    method: 'PATCH',
    url: id,
    body: ops,
    ifMatch: options.ifMatch,
    headers: options.prefer ? { Prefer: 'return=representation' } : {},
  });
}

const patchesSent = () => sim.requests.filter((r) => r.method === 'PATCH');

async function save(lastRead: Referral, changes: Record<string, unknown>) {
  return updateReferral(referralApi(), { lastRead, changes, eTag: lastRead.eTag ?? '' });
}

describe('PATCH through the client', () => {
  test('the patch held only the changed fields, with If-Match and Prefer; 200 with the saved referral', async () => {
    const before = await getReferral(referralApi(), INCOMING_NEW_ID);
    const saved = await save(before, {
      details: { dealValue: 98_765, notes: 'Scoped with the customer' },
      customerProfile: { address: { city: 'Izmir' } },
    });

    const [sent, ...more] = patchesSent();
    expect(more).toHaveLength(0);
    expect(sent?.body).toEqual([
      { op: 'replace', path: '/details/dealValue', value: 98_765 },
      { op: 'replace', path: '/details/notes', value: 'Scoped with the customer' },
      { op: 'replace', path: '/customerProfile/address/city', value: 'Izmir' },
    ]);
    expect(sent?.headers).toMatchObject({
      'if-match': before.eTag,
      prefer: 'return=representation',
      'content-type': 'application/json',
    });
    expect(saved).toMatchObject({
      details: { dealValue: 98_765, notes: 'Scoped with the customer' },
      customerProfile: { address: { city: 'Izmir' } },
      updatedDateTime: STAMP_NOW,
    });
    expect(saved.eTag).not.toBe(before.eTag);
    // Everything the patch did not name is as it was.
    expect(saved).toEqual({
      ...before,
      '@odata.context': undefined,
      details: { ...before.details, dealValue: 98_765, notes: 'Scoped with the customer' },
      customerProfile: {
        ...before.customerProfile,
        address: { ...before.customerProfile?.address, city: 'Izmir' },
      },
      updatedDateTime: STAMP_NOW,
      eTag: saved.eTag,
    });
    expect(sim.get(INCOMING_NEW_ID)).toEqual(saved);
  });

  test('a stale If-Match is 412 with the observed body, and nothing is saved (B4)', async () => {
    const stale = await getReferral(referralApi(), INCOMING_NEW_ID);
    const theirs = sim.modify(INCOMING_NEW_ID, { name: 'Changed elsewhere' });

    const error = await apiErrorOf(save(stale, { details: { notes: 'Mine' } }));
    expect(error).toMatchObject({ status: 412, code: 'preconditionFailed', target: 'ETag' });
    expect(sim.get(INCOMING_NEW_ID)).toEqual(theirs);

    const raw = await send('PATCH', `/${INCOMING_NEW_ID}`, {
      headers: { 'If-Match': stale.eTag ?? '' },
      body: [{ op: 'replace', path: '/name', value: 'Mine' }],
    });
    expect(raw.status).toBe(412);
    expect(raw.body).toEqual(example('error-412-precondition-failed.json'));
  });

  test('a status change follows the status machine (B11) and stamps the entry time (B13)', async () => {
    const lead = findReferral(sim, inStage('new-pending'));
    const accepted = await save(lead, { status: 'Active', substatus: 'Accepted' });
    expect(patchesSent()[0]?.body).toEqual([
      { op: 'replace', path: '/status', value: 'Active' },
      { op: 'replace', path: '/substatus', value: 'Accepted' },
    ]);
    expect(accepted).toMatchObject({ status: 'Active', acceptedDateTime: STAMP_NOW });

    const error = await apiErrorOf(save(accepted, { status: 'New', substatus: 'Pending' }));
    expect(error).toMatchObject({ status: 400, code: 'invalidRequest', target: 'status' });
    expect(sim.get(lead.id)?.status).toBe('Active');
  });
});

describe('PATCH on the wire', () => {
  const id = INCOMING_NEW_ID;

  test('without Prefer: 204, an empty body and the new ETag header (B10, B2)', async () => {
    const before = sim.get(id)!;
    const response = await patch(id, [{ op: 'replace', path: '/name', value: 'No body back' }], {
      ifMatch: before.eTag ?? '',
    });
    expect(response.status).toBe(204);
    expect(response.data).toBeUndefined();
    const stored = sim.get(id)!;
    expect(stored.name).toBe('No body back');
    expect(response.headers.get('ETag')).toBe(stored.eTag);
    expect(stored.eTag).not.toBe(before.eTag);
    expect(response.headers.get('Request-ID')).toBeTruthy();
  });

  test('with Prefer: return=representation, 200 and the referral, ETag header equal to its eTag', async () => {
    const response = await patch(id, [{ op: 'replace', path: '/name', value: 'Body back' }], {
      prefer: true,
    });
    expect(response.status).toBe(200);
    const body = referralSchema.parse(response.data);
    expect(body.name).toBe('Body back');
    expect(response.headers.get('ETag')).toBe(body.eTag);
  });

  test('without If-Match the patch applies unconditionally: last writer wins (B5)', async () => {
    sim.modify(id, { name: 'Someone else', externalReferenceId: 'CRM-1' });
    const response = await patch(id, [{ op: 'replace', path: '/name', value: 'Me, later' }]);
    expect(response.status).toBe(204);
    expect(sim.get(id)).toMatchObject({ name: 'Me, later', externalReferenceId: 'CRM-1' });
  });

  test('If-Match: * matches any version (B6)', async () => {
    sim.modify(id, { name: 'Moved on' });
    const response = await patch(id, [{ op: 'replace', path: '/name', value: 'Star' }], {
      ifMatch: '*',
    });
    expect(response.status).toBe(204);
    expect(sim.get(id)?.name).toBe('Star');
  });

  test('the documented close-as-won sample: replace status, substatus, reason, value; /team/- appends', async () => {
    const deal = findReferral(sim, inStage('active-accepted'));
    const response = await send('PATCH', `/${deal.id}`, {
      headers: { 'If-Match': deal.eTag ?? '', Prefer: 'return=representation' },
      body: example('patch-close-won.json'),
    });
    expect(response.status).toBe(200);
    const saved = referralSchema.parse(response.body);
    expect(saved).toMatchObject({
      status: 'Closed',
      substatus: 'Won',
      statusReason: 'Signed a 3-year agreement.',
      details: { dealValue: 240000 },
      closedDateTime: STAMP_NOW,
    });
    expect(saved.team).toHaveLength((deal.team?.length ?? 0) + 1);
    expect(saved.team?.at(-1)).toMatchObject({ email: 'jane.doe@contoso.com' });
    expect(saved.team?.slice(0, -1)).toEqual(deal.team);
  });

  test.each([
    ['application/json-patch+json', 204],
    ['application/json; charset=utf-8', 204],
    ['text/plain', 415],
  ])('Content-Type %s answers %i', async (contentType, status) => {
    const response = await send('PATCH', `/${id}`, {
      headers: { 'Content-Type': contentType },
      body: [{ op: 'replace', path: '/name', value: contentType }],
    });
    expect(response.status).toBe(status);
    expect(sim.get(id)?.name === contentType).toBe(status === 204);
  });

  test('a numeric string deal value is stored as a number (B15)', async () => {
    await patch(id, [{ op: 'replace', path: '/details/dealValue', value: '10000' }]);
    expect(sim.get(id)?.details?.dealValue).toBe(10000);
  });

  test('add creates a missing member; replace of a missing member is refused', async () => {
    const added = await patch(id, [{ op: 'add', path: '/details/incentiveLevel', value: 'Gold' }]);
    expect(added.status).toBe(204);
    expect(sim.get(id)?.details?.incentiveLevel).toBe('Gold');

    const error = await apiErrorOf(
      patch(id, [{ op: 'replace', path: '/customerProfile/nickname', value: 'x' }]),
    );
    expect(error).toMatchObject({ status: 400, code: 'invalidRequest' });
  });

  test('team members by index: replace /team/0, add /team/0 inserts, past the end is refused', async () => {
    const deal = findReferral(sim, (r) => (r.team?.length ?? 0) >= 1);
    const member = { email: 'new.lead@contoso.com', firstName: 'New' };
    await patch(deal.id, [{ op: 'replace', path: '/team/0', value: member }]);
    expect(sim.get(deal.id)?.team?.[0]).toEqual(member);

    const first = { email: 'first@contoso.com' };
    await patch(deal.id, [{ op: 'add', path: '/team/0', value: first }]);
    expect(sim.get(deal.id)?.team?.slice(0, 2)).toEqual([first, member]);

    const length = sim.get(deal.id)?.team?.length ?? 0;
    const past = await send('PATCH', `/${deal.id}`, {
      body: [{ op: 'add', path: `/team/${length + 1}`, value: first }],
    });
    expect(past.status).toBe(400);
  });
});

describe('a PATCH that is refused changes nothing (B9)', () => {
  const id = INCOMING_NEW_ID;

  async function expectRefused(body: unknown, status = 400, target?: string) {
    const before = sim.get(id);
    const response = await send('PATCH', `/${id}`, { body });
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({
      error: { code: 'invalidRequest', ...(target === undefined ? {} : { target }) },
    });
    expect(sim.get(id)).toEqual(before);
  }

  test.each(['remove', 'move', 'copy', 'test'])("op '%s' is refused", async (op) => {
    await expectRefused([{ op, path: '/name', from: '/externalReferenceId', value: 'x' }]);
  });

  test.each([
    '/id',
    '/engagementId',
    '/eTag',
    '/createdDateTime',
    '/updatedDateTime',
    '/organizationId',
    '/links',
    '/direction',
    '/acceptedDateTime',
    '/expirationDateTime',
    '/type',
    '/qualification',
    '/target',
    '/inviteContext/notes',
  ])('the read-only path %s is refused', async (path) => {
    await expectRefused([{ op: 'replace', path, value: 'x' }], 400, path);
  });

  test.each(['/bogus', '/', '/details/__proto__/polluted', 'name'])(
    'the unknown path %j is refused',
    async (path) => {
      await expectRefused([{ op: 'add', path, value: 'x' }]);
    },
  );

  test('all or nothing: a good operation before a bad one is not applied', async () => {
    await expectRefused([
      { op: 'replace', path: '/name', value: 'Would be renamed' },
      { op: 'replace', path: '/details/notes', value: 'and noted' },
      { op: 'remove', path: '/externalReferenceId' },
    ]);
    await expectRefused([
      { op: 'replace', path: '/name', value: 'Would be renamed' },
      { op: 'add', path: '/details/requirements/missing/deeper', value: 1 },
    ]);
  });

  test('an invalid resulting state is refused: a lone status change, Expired, a bad value', async () => {
    await expectRefused([{ op: 'replace', path: '/status', value: 'Active' }], 400, 'status');
    await expectRefused(
      [
        { op: 'replace', path: '/status', value: 'Closed' },
        { op: 'replace', path: '/substatus', value: 'Expired' },
      ],
      400,
      'status',
    );
    await expectRefused([{ op: 'replace', path: '/status', value: 'Bogus' }], 400, 'status');
    await expectRefused([{ op: 'replace', path: '/details/dealValue', value: 'lots' }]);
  });

  test.each([
    ['an object', { op: 'replace', path: '/name', value: 'x' }],
    ['an empty patch', []],
    ['an operation without value', [{ op: 'replace', path: '/name' }]],
    ['a non-object operation', ['replace']],
  ])('a body that is %s is refused', async (_, body) => {
    await expectRefused(body);
  });

  test('a body that is not JSON is refused', async () => {
    const response = await send('PATCH', `/${id}`, { rawBody: '[{"op":' });
    expect(response.status).toBe(400);
  });

  test('an unknown id is 404', async () => {
    const response = await send('PATCH', '/no-such-id', {
      body: [{ op: 'replace', path: '/name', value: 'x' }],
    });
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ error: { code: 'itemNotFound' } });
  });
});
