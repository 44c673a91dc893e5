import { referralApi } from '../../api/api-registry';
import { getReferral } from '../../api/referrals';
import { updateReferral } from '../../api/referral-write-requests';
import { CREATE_ONLY_FIELDS } from '../../domain/api-contract';
import { referralSchema, type Referral } from '../../domain/referral-schema';
import {
  apiErrorOf,
  example,
  findReferral,
  inStage,
  putBodyOf,
  send,
} from '../../test/contract-helpers';
import { TEST_NOW, testSimulator as sim } from '../node';

/** The write contract (spec section 4), exercised through the app's own client where it can be. */

const INCOMING_NEW_ID = '61c65491-2f2c-461a-84b4-3654499bc1d9';
/** The time stamp a write at TEST_NOW gets: 7 fractional digits. */
const STAMP_NOW = TEST_NOW.toISOString().replace('Z', '0000Z');

async function save(lastRead: Referral, changes: Record<string, unknown>) {
  return updateReferral(referralApi(), { lastRead, changes, eTag: lastRead.eTag ?? '' });
}

describe('GET by id', () => {
  test('answers the referral with @odata.context and an ETag header equal to its eTag', async () => {
    const response = await send('GET', `/${INCOMING_NEW_ID}`);
    expect(response.status).toBe(200);
    const body = referralSchema.parse(response.body);
    expect(body['@odata.context']).toMatch(/\$metadata#Referrals\/\$entity$/);
    expect(response.headers.get('ETag')).toBe(body.eTag);
    expect(body.status).toBe('New');
  });

  test('an unknown id is 404 itemNotFound', async () => {
    const error = await apiErrorOf(getReferral(referralApi(), 'no-such-id'));
    expect(error).toMatchObject({ kind: 'http', status: 404, code: 'itemNotFound' });
  });
});

describe('PUT', () => {
  test('saves, issues a new eTag and a later updatedDateTime, and sends the ETag header (B1, B2)', async () => {
    const before = await getReferral(referralApi(), INCOMING_NEW_ID);
    const { data, headers } = await referralApi().http.request({
      method: 'PUT',
      url: INCOMING_NEW_ID,
      body: putBodyOf(before, { name: 'Renamed deal' }),
      ifMatch: before.eTag ?? '',
      schema: referralSchema,
    });
    expect(data.name).toBe('Renamed deal');
    expect(data.eTag).toMatch(/^"[0-9a-f]{8}-0000-0000-0000-[0-9a-f]{8}0000"$/);
    expect(data.eTag).not.toBe(before.eTag);
    expect(headers.get('ETag')).toBe(data.eTag);
    expect(data.updatedDateTime).toBe(STAMP_NOW);
    expect(data.updatedDateTime! > before.updatedDateTime!).toBe(true);
    expect(sim.get(INCOMING_NEW_ID)).toEqual(data);
  });

  test('two saves in the same instant still move updatedDateTime forward', async () => {
    const first = await save(sim.get(INCOMING_NEW_ID)!, { name: 'One' });
    const second = await save(first, { name: 'Two' });
    expect(second.updatedDateTime).toBe('2026-11-24T12:00:00.0000001Z');
    expect(second.eTag).not.toBe(first.eTag);
  });

  test('a stale If-Match is 412 with the observed body, and nothing is saved (B4)', async () => {
    const stale = await getReferral(referralApi(), INCOMING_NEW_ID);
    const theirs = sim.modify(INCOMING_NEW_ID, { name: 'Changed in another tab' });

    const error = await apiErrorOf(save(stale, { name: 'Mine' }));
    expect(error).toMatchObject({
      kind: 'http',
      status: 412,
      code: 'preconditionFailed',
      target: 'ETag',
    });
    expect(sim.get(INCOMING_NEW_ID)).toEqual(theirs);

    const raw = await send('PUT', `/${INCOMING_NEW_ID}`, {
      headers: { 'If-Match': stale.eTag ?? '' },
      body: putBodyOf(stale),
    });
    expect(raw.status).toBe(412);
    expect(raw.body).toEqual(example('error-412-precondition-failed.json'));
  });

  test('If-Match is compared verbatim: the eTag without its quotes is stale', async () => {
    const current = sim.get(INCOMING_NEW_ID)!;
    const unquoted = (current.eTag ?? '').replace(/"/g, '');
    const raw = await send('PUT', `/${INCOMING_NEW_ID}`, {
      headers: { 'If-Match': unquoted },
      body: putBodyOf(current),
    });
    expect(raw.status).toBe(412);
  });

  test('If-Match: * matches any version (B6)', async () => {
    const current = sim.get(INCOMING_NEW_ID)!;
    const raw = await send('PUT', `/${INCOMING_NEW_ID}`, {
      headers: { 'If-Match': '*' },
      body: putBodyOf(current, { name: 'Forced' }),
    });
    expect(raw.status).toBe(200);
    expect(sim.get(INCOMING_NEW_ID)?.name).toBe('Forced');
  });

  test("the doc's PUT example (links removed, current eTag) is accepted", async () => {
    const current = sim.get(INCOMING_NEW_ID)!;
    const docBody = putBodyOf(example('referral-incoming-new.json') as Referral);
    const raw = await send('PUT', `/${INCOMING_NEW_ID}`, {
      headers: { 'If-Match': current.eTag ?? '' },
      body: { ...docBody, eTag: current.eTag },
    });
    expect(raw.status).toBe(200);
    const saved = referralSchema.parse(raw.body);
    expect(saved.eTag).not.toBe(current.eTag);
    // Server fields of the (years older) doc body are ignored (B8).
    expect(saved.createdDateTime).toBe(current.createdDateTime);
    expect(saved.expirationDateTime).toBe(current.expirationDateTime);
  });

  test('server fields in the body are ignored (B8)', async () => {
    const current = sim.get(INCOMING_NEW_ID)!;
    const saved = await save(current, {
      organizationName: 'Someone Else Ltd',
      createdDateTime: '2001-01-01T00:00:00Z',
      direction: 'Outgoing',
      eTag: '"forged"',
    });
    expect(saved).toMatchObject({
      organizationName: current.organizationName,
      createdDateTime: current.createdDateTime,
      direction: 'Incoming',
    });
    expect(saved.eTag).not.toBe('"forged"');
  });

  test('a numeric-string dealValue is stored as a number (B15)', async () => {
    const saved = await save(sim.get(INCOMING_NEW_ID)!, { details: { dealValue: '10000' } });
    expect(saved.details?.dealValue).toBe(10000);
    expect(sim.get(INCOMING_NEW_ID)?.details?.dealValue).toBe(10000);
  });

  test('unknown keys are kept, at the top and nested (B21)', async () => {
    await save(sim.get(INCOMING_NEW_ID)!, {
      salesStage: 'Develop',
      registrations: [{ type: 'AzureIPCoSell' }],
      details: { incentiveLevel: 'Gold', requirements: { salesPlays: ['FY26-AI'] } },
    });
    const stored = await getReferral(referralApi(), INCOMING_NEW_ID);
    expect(stored.salesStage).toBe('Develop');
    expect(stored.registrations).toEqual([{ type: 'AzureIPCoSell' }]);
    expect(stored.details?.incentiveLevel).toBe('Gold');
    expect(stored.details?.requirements?.salesPlays).toEqual(['FY26-AI']);
  });

  test('entering Active stamps acceptedDateTime; entering Closed stamps closedDateTime (B13)', async () => {
    const accepted = await save(sim.get(INCOMING_NEW_ID)!, {
      status: 'Active',
      substatus: 'Accepted',
    });
    expect(accepted.acceptedDateTime).toBe(STAMP_NOW);
    expect(accepted.closedDateTime).toBeUndefined();
    const won = await save(accepted, {
      status: 'Closed',
      substatus: 'Won',
      statusReason: 'Signed.',
    });
    expect(won.closedDateTime).toBe(won.updatedDateTime);
    expect(won.acceptedDateTime).toBe(STAMP_NOW);
    const lost = await save(won, { substatus: 'Lost' });
    // Closed → Closed is not "entering" Closed: the stamp stays.
    expect(lost.closedDateTime).toBe(won.closedDateTime);
  });
});

describe('PUT rejections are 400 with a target, and save nothing', () => {
  type Case = {
    name: string;
    target: string;
    run: (r: Referral) => Promise<{ status: number; body: unknown }>;
    pick?: (r: Referral) => boolean;
  };
  const viaClient = (changes: Record<string, unknown>) => async (r: Referral) => {
    const error = await apiErrorOf(save(r, changes));
    return {
      status: error.status ?? 0,
      body: { error: { code: error.code, target: error.target } },
    };
  };
  const raw =
    (headers: Record<string, string> | null, body: (r: Referral) => unknown) => (r: Referral) =>
      send('PUT', `/${r.id}`, { headers: headers ?? { 'If-Match': r.eTag ?? '' }, body: body(r) });

  const cases: Case[] = [
    { name: 'no If-Match (B3)', target: 'If-Match', run: raw({}, (r) => putBodyOf(r)) },
    { name: 'links in the body (B7)', target: 'links', run: raw(null, (r) => r) },
    {
      name: 'an id that differs from the URL',
      target: 'id',
      run: raw(null, (r) => putBodyOf(r, { id: 'other' })),
    },
    {
      name: 'malformed JSON',
      target: 'body',
      run: (r) =>
        send('PUT', `/${r.id}`, { headers: { 'If-Match': r.eTag ?? '' }, rawBody: '{"id": ' }),
    },
    {
      name: 'a body that fails the schema',
      target: 'details.dealValue',
      run: viaClient({ details: { dealValue: 'ten' } }),
    },
    {
      name: 'an invalid pair',
      target: 'status',
      run: viaClient({ status: 'New', substatus: 'Accepted' }),
    },
    {
      name: 'Active → New',
      target: 'status',
      run: viaClient({ status: 'New', substatus: 'Pending' }),
      pick: inStage('active-accepted'),
    },
    {
      name: 'reopening a Closed referral',
      target: 'status',
      run: viaClient({ status: 'Active', substatus: 'Accepted' }),
      pick: inStage('closed-won'),
    },
    {
      name: 'a client-set Expired (B12)',
      target: 'status',
      run: viaClient({ status: 'Closed', substatus: 'Expired' }),
    },
    ...CREATE_ONLY_FIELDS.map((field) => ({
      name: `a change to create-only ${field}`,
      target: field,
      run: viaClient(
        {
          type: { type: 'Shared' },
          qualification: { qualification: 'MarketingQualified' },
          target: { target: [{ type: 'SolutionProfile', id: 'SOL-1' }] },
          inviteContext: { inviteContext: { invitedBy: { organizationId: 'someone-else' } } },
          engagementId: { engagementId: '00000000-0000-4000-8000-000000000000' },
        }[field],
      ),
    })),
  ];

  test.each(cases)('$name → target $target', async ({ run, target, pick }) => {
    const referral = pick ? findReferral(sim, pick) : sim.get(INCOMING_NEW_ID)!;
    const response = await run(referral);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'invalidRequest', target } });
    expect(sim.get(referral.id)).toEqual(referral);
  });

  test('a backwards move answers the documented invalid-transition body', async () => {
    const active = findReferral(sim, inStage('active-accepted'));
    const response = await send('PUT', `/${active.id}`, {
      headers: { 'If-Match': active.eTag ?? '' },
      body: putBodyOf(active, { status: 'New', substatus: 'Pending' }),
    });
    expect(response.body).toEqual(example('error-400-invalid-transition.json'));
  });
});

describe('strict modes', () => {
  test('strictReason requires a reason for Closed·Lost and Closed·Declined (B23)', async () => {
    const active = findReferral(sim, inStage('active-accepted'));
    sim.faults.set({ strictReason: true });
    const error = await apiErrorOf(
      save(active, { status: 'Closed', substatus: 'Lost', statusReason: ' ' }),
    );
    expect(error).toMatchObject({ status: 400, target: 'statusReason' });
    const saved = await save(active, {
      status: 'Closed',
      substatus: 'Lost',
      statusReason: 'Budget cut.',
    });
    expect(saved.substatus).toBe('Lost');
  });

  test('without strictReason a close needs no reason', async () => {
    const active = findReferral(sim, inStage('active-accepted'));
    const saved = await save(active, { status: 'Closed', substatus: 'Lost', statusReason: '' });
    expect(saved.status).toBe('Closed');
  });

  test('closedFrozen stops Closed → Closed moves and edits of Closed referrals', async () => {
    const won = findReferral(sim, inStage('closed-won'));
    const moved = await save(won, { substatus: 'Lost' });
    expect(moved.substatus).toBe('Lost'); // the literal table allows it by default

    sim.faults.set({ closedFrozen: true });
    const current = sim.get(won.id)!;
    for (const changes of [{ substatus: 'Won' }, { name: 'Renamed' }]) {
      const error = await apiErrorOf(save(current, changes));
      expect(error).toMatchObject({ status: 400, code: 'invalidRequest', target: 'status' });
    }
    expect(sim.get(won.id)).toEqual(current);
  });
});
