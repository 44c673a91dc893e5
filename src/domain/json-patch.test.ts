import { buildJsonPatch } from './json-patch';
import { applyChanges } from './put-body';
import { referralSchema, type Referral } from './referral-schema';

const base: Referral = referralSchema.parse({
  id: 'r1',
  name: 'Deal',
  status: 'Active',
  substatus: 'Accepted',
  statusReason: '',
  details: { notes: 'n', dealValue: 10, currency: 'USD' },
  team: [{ email: 'a@x.com' }],
});

describe('buildJsonPatch', () => {
  test('holds exactly the changed fields, status before substatus', () => {
    const next = applyChanges(base, {
      status: 'Closed',
      substatus: 'Won',
      statusReason: 'Price',
      details: { dealValue: 12 },
    });
    expect(buildJsonPatch(base, next)).toEqual([
      { op: 'replace', path: '/status', value: 'Closed' },
      { op: 'replace', path: '/substatus', value: 'Won' },
      { op: 'replace', path: '/statusReason', value: 'Price' },
      { op: 'replace', path: '/details/dealValue', value: 12 },
    ]);
  });

  test('an unchanged copy gives an empty patch', () => {
    expect(buildJsonPatch(base, structuredClone(base))).toEqual([]);
  });

  test('adds members and objects that were missing', () => {
    const next = applyChanges(base, {
      externalReferenceId: 'CRM-1',
      customerProfile: { address: { city: 'Oslo' } },
    });
    expect(buildJsonPatch(base, next)).toEqual([
      { op: 'add', path: '/externalReferenceId', value: 'CRM-1' },
      { op: 'add', path: '/customerProfile', value: { address: { city: 'Oslo' } } },
    ]);
  });

  test('a team change replaces the array', () => {
    const next = applyChanges(base, { team: [{ email: 'a@x.com' }, { email: 'b@x.com' }] });
    expect(buildJsonPatch(base, next)).toEqual([
      { op: 'replace', path: '/team', value: [{ email: 'a@x.com' }, { email: 'b@x.com' }] },
    ]);
  });
});
