import { referralApi } from '../../api/api-registry';
import { referralSchema } from '../../domain/referral-schema';
import { testSimulator as sim } from '../node';

/** B19: a POST retried with the same MS-RequestId or request-id returns the first result. */

const body = {
  name: 'Retried create',
  type: 'Independent',
  customerProfile: { name: 'Tailspin Toys' },
  consent: { consentToContact: true },
  details: { dealValue: 5000, currency: 'USD' },
};

function create(headers: Record<string, string> = {}, overrides: Record<string, unknown> = {}) {
  return referralApi().http.request({
    method: 'POST',
    url: '',
    body: { ...body, ...overrides },
    headers,
    schema: referralSchema,
  });
}

const countNamed = (name: string) => sim.all().filter((r) => r.name === name).length;

describe('POST retries (B19)', () => {
  test.each(['MS-RequestId', 'request-id'])(
    'the same %s twice: the first result again, one referral stored',
    async (header) => {
      const first = await create({ [header]: 'retry-0001' });
      const retry = await create({ [header]: 'retry-0001' });
      expect(retry.data).toEqual(first.data);
      expect(retry.headers.get('ETag')).toBe(first.data.eTag);
      expect(countNamed('Retried create')).toBe(1);
    },
  );

  test('the first result is replayed even when the retry body differs', async () => {
    const first = await create({ 'MS-RequestId': 'retry-0002' });
    const retry = await create({ 'MS-RequestId': 'retry-0002' }, { name: 'Changed on retry' });
    expect(retry.data.id).toBe(first.data.id);
    expect(countNamed('Changed on retry')).toBe(0);
  });

  test('different ids, or none, create one referral per call', async () => {
    await create({ 'MS-RequestId': 'call-a' });
    await create({ 'MS-RequestId': 'call-b' });
    await create();
    await create();
    expect(countNamed('Retried create')).toBe(4);
  });

  test('a refused create is not remembered: fixed and retried with the same id, it is created', async () => {
    const refused = await referralApi()
      .http.request({
        method: 'POST',
        url: '',
        body: { ...body, details: undefined },
        headers: { 'MS-RequestId': 'retry-0003' },
      })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 400 });
    const created = await create({ 'MS-RequestId': 'retry-0003' });
    expect(created.status).toBe(200);
    expect(countNamed('Retried create')).toBe(1);
  });

  test('another caller with the same id is not served someone else’s result', async () => {
    const admin = await create({ 'MS-RequestId': 'shared-id' });
    const user = await create(
      { 'MS-RequestId': 'shared-id', Authorization: 'Bearer user:ana@contoso.com' },
      { team: [{ email: 'ana@contoso.com' }] },
    );
    expect(user.data.id).not.toBe(admin.data.id);
  });

  test('after a reset the referral is gone, so the same id creates it again', async () => {
    const first = await create({ 'MS-RequestId': 'retry-0004' });
    sim.reset();
    const again = await create({ 'MS-RequestId': 'retry-0004' });
    expect(again.data.id).not.toBe(first.data.id);
    expect(sim.get(again.data.id)).toBeDefined();
  });
});
