import { createHttpClient } from '../../api/http-client';
import { getReferral, getReferrals, type ReferralApi } from '../../api/referrals';
import { updateReferral } from '../../api/referral-write-requests';
import { PARTNER_REFERRALS_URL } from '../../domain/api-contract';
import { referralSchema, type Referral } from '../../domain/referral-schema';
import { apiErrorOf, send } from '../../test/contract-helpers';
import { testSimulator as sim } from '../node';

/**
 * Roles (B20) from the simulator's token scheme: `admin`, `admin-<name>`, `admin:<name>`, `user:<email>`, `none`; no header is
 * the in-browser demo's admin. Through the app's client with a fixed token, as `token` mode runs.
 */

function apiAs(token: string | undefined, writeMethod: 'put' | 'patch' = 'put'): ReferralApi {
  return {
    http: createHttpClient({
      baseUrl: PARTNER_REFERRALS_URL,
      timeoutMs: 5000,
      getToken: () => Promise.resolve(token),
    }),
    writeMethod,
  };
}

const EMAIL = 'elif.aksoy@contoso.com';
const lists = (email: string) => (r: Referral) =>
  (r.team ?? []).some((m) => m.email?.toLowerCase() === email);

function theirsAndOthers() {
  const all = sim.all();
  const mine = all.filter(lists(EMAIL));
  const other = all.find((r) => !lists(EMAIL)(r));
  if (mine.length < 2 || !other) throw new Error('the seed changed: pick another e-mail');
  return { all, mine, other };
}

const save = (api: ReferralApi, lastRead: Referral, changes: Record<string, unknown>) =>
  updateReferral(api, { lastRead, changes, eTag: lastRead.eTag ?? '' });

describe('Referrals Admin', () => {
  test.each([undefined, 'admin', 'Admin', 'admin-dev', 'admin-e2e', 'admin:ana@contoso.com'])(
    'token %s sees every referral',
    async (token) => {
      const listed = await getReferrals(apiAs(token));
      expect(listed.map((r) => r.id)).toEqual(sim.all().map((r) => r.id));
    },
  );

  // Only `admin`, `admin-<name>` and `admin:<name>` name an admin: a token that merely starts with
  // the letters is an unknown token, as it would be for the real service.
  test.each(['adminanything', 'administrator', 'admin-', 'admin:', 'admin--x', 'admin:a b'])(
    'token %s is not an admin: 401 invalid_token',
    async (token) => {
      const refused = await apiErrorOf(getReferrals(apiAs(token)));
      expect(refused).toMatchObject({ status: 401, code: 'unauthenticated' });
    },
  );
});

describe('Referrals User', () => {
  const user = () => apiAs(`user:${EMAIL.toUpperCase()}`);

  test('lists only the referrals whose team lists them (e-mail compared without case)', async () => {
    const { mine } = theirsAndOthers();
    const listed = await getReferrals(user(), {}, { pageSize: 5 });
    expect(listed.map((r) => r.id)).toEqual(mine.map((r) => r.id));
    // An admin asking the same query right after is not served the user's cached page.
    expect(await getReferrals(apiAs('admin'), {}, { pageSize: 5 })).toHaveLength(sim.all().length);
  });

  test('reads and edits their own referrals, with PUT and with PATCH', async () => {
    const [first, second] = theirsAndOthers().mine;
    const read = await getReferral(user(), first!.id);
    const saved = await save(user(), read, { name: 'Edited by the team member' });
    expect(saved.name).toBe('Edited by the team member');
    const patched = await save(apiAs(`user:${EMAIL}`, 'patch'), second!, {
      details: { notes: 'Patched by the team member' },
    });
    expect(sim.get(second!.id)?.details?.notes).toBe(patched.details?.notes);
  });

  test('another referral is 403 accessDenied to read, PUT and PATCH; nothing is saved; unknown ids stay 404', async () => {
    const { other } = theirsAndOthers();
    const read = await apiErrorOf(getReferral(user(), other.id));
    expect(read).toMatchObject({ status: 403, code: 'accessDenied' });
    const put = await apiErrorOf(save(user(), other, { name: 'Not mine' }));
    expect(put).toMatchObject({ status: 403, code: 'accessDenied' });
    const patch = await apiErrorOf(
      save(apiAs(`user:${EMAIL}`, 'patch'), other, { name: 'Not mine' }),
    );
    expect(patch).toMatchObject({ status: 403, code: 'accessDenied' });
    expect(sim.get(other.id)).toEqual(other);
    expect(await apiErrorOf(getReferral(user(), 'no-such-id'))).toMatchObject({ status: 404 });
  });

  test('creates only referrals whose team lists them', async () => {
    const body = {
      name: 'Team member deal',
      type: 'Independent',
      customerProfile: { name: 'Northwind' },
      consent: { consentToContact: true },
      details: { dealValue: 1000, currency: 'USD' },
    };
    const headers = { Authorization: `Bearer user:${EMAIL}` };
    const refused = await send('POST', '', { headers, body });
    expect(refused.status).toBe(403);
    const created = await send('POST', '', {
      headers,
      body: { ...body, team: [{ email: EMAIL }] },
    });
    expect(created.status).toBe(200);
    const id = referralSchema.parse(created.body).id;
    expect((await getReferral(user(), id)).name).toBe('Team member deal');
  });
});

describe('callers without access', () => {
  test('a signed-in user without a referrals role gets 403 accessDenied everywhere', async () => {
    const { other } = theirsAndOthers();
    const none = apiAs('none');
    expect(await apiErrorOf(getReferrals(none))).toMatchObject({
      status: 403,
      code: 'accessDenied',
    });
    expect(await apiErrorOf(getReferral(none, other.id))).toMatchObject({ status: 403 });
    expect(await apiErrorOf(save(none, other, { name: 'x' }))).toMatchObject({ status: 403 });
    const post = await send('POST', '', { headers: { Authorization: 'Bearer none' }, body: {} });
    expect(post.status).toBe(403);
  });

  test.each(['Bearer expired.jwt.token', 'Basic YWRtaW46YWRtaW4=', 'Bearer'])(
    'Authorization %j is 401 unauthenticated with WWW-Authenticate: Bearer',
    async (authorization) => {
      const response = await send('GET', '', { headers: { Authorization: authorization } });
      expect(response.status).toBe(401);
      expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
      expect(response.body).toMatchObject({ error: { code: 'unauthenticated' } });
    },
  );

  test('the client surfaces the 401 as an ApiError the app can act on', async () => {
    const error = await apiErrorOf(getReferrals(apiAs('not-a-simulator-token')));
    expect(error).toMatchObject({ kind: 'http', status: 401, code: 'unauthenticated' });
  });
});
