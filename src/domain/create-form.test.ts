import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { safeParse } from 'zod/mini';
import { DOC_EXAMPLE_REFERRALS, DOC_OUTGOING_ACTIVE } from '../mocks/node';
import { SERVER_FIELDS, SERVER_ONLY_KEYS } from './api-contract';
import {
  buildCreateBody,
  createFormSchema,
  createValuesFrom,
  emptyCreateValues,
  type CreateFormValues,
} from './create-form';
import { missingCreateField, referralCreateSchema } from './create-schema';

const EXAMPLES = path.resolve(__dirname, '../../../shared/api/examples');
const exampleReferrals = readdirSync(EXAMPLES)
  .filter((f) => f.startsWith('referral-') && f !== 'referral-list-page.json')
  .map(
    (f) =>
      [
        f,
        JSON.parse(readFileSync(path.join(EXAMPLES, f), 'utf8')) as Record<string, unknown>,
      ] as const,
  );

/** A create request made of a documented referral: its client fields only. */
function asCreateRequest(referral: Record<string, unknown>): Record<string, unknown> {
  const body = { ...referral };
  for (const key of [...SERVER_FIELDS, ...SERVER_ONLY_KEYS, 'status', 'substatus', 'statusReason'])
    delete body[key];
  return body;
}

const SERVER_KEYS = [...SERVER_FIELDS, ...SERVER_ONLY_KEYS, 'status', 'substatus', 'engagementId'];

function valid(overrides: Partial<CreateFormValues> = {}): CreateFormValues {
  return {
    ...emptyCreateValues(),
    dealType: 'private',
    name: 'Azure migration',
    customerName: 'Northwind Traders',
    address: { ...emptyCreateValues().address, country: 'US' },
    dealValue: '25000',
    currency: 'usd',
    closingDate: '2027-03-31',
    ...overrides,
  };
}

const errorsOf = (values: CreateFormValues) => {
  const parsed = safeParse(createFormSchema, values);
  return parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the create schema and the spec examples', () => {
  test.each(exampleReferrals)(
    '%s, as a create request, is a valid create body',
    (_file, referral) => {
      const parsed = safeParse(referralCreateSchema, asCreateRequest(referral));
      expect(parsed.success).toBe(true);
    },
  );

  test.each(DOC_EXAMPLE_REFERRALS.map((r) => [r.name, r] as const))(
    'fixture %s survives form → body: its customer and deal come back the same',
    (_name, referral) => {
      const body = buildCreateBody(createValuesFrom(referral));
      expect(safeParse(referralCreateSchema, body).success).toBe(true);
      expect(body.customerProfile.name).toBe(referral.customerProfile?.name);
      expect(body.details.dealValue).toBe(referral.details?.dealValue);
      expect(body.details.currency).toBe(referral.details?.currency);
      expect(body.details.closingDateTime?.slice(0, 10)).toBe(
        referral.details?.closingDateTime?.slice(0, 10),
      );
      expect(body.type).toBe(referral.type);
    },
  );

  test('the outgoing co-sell example maps back to a co-sell with its solution target', () => {
    const values = createValuesFrom(DOC_OUTGOING_ACTIVE);
    expect(values.dealType).toBe('co-sell');
    expect(values.solutionProfileId).toBe('SOL-34104-EBB');
  });

  test.each(['type', 'customerProfile', 'consent', 'details'])(
    'a create without %s is refused',
    (key) => {
      const body: Record<string, unknown> = asCreateRequest(DOC_OUTGOING_ACTIVE);
      delete body[key];
      expect(missingCreateField(body)).toBe(key);
      expect(safeParse(referralCreateSchema, body).success).toBe(false);
    },
  );
});

describe('the form rules', () => {
  test('a complete private deal passes', () => {
    expect(errorsOf(valid())).toEqual({});
  });

  test.each<[string, Partial<CreateFormValues>, string, string]>([
    ['no deal type', { dealType: '' }, 'dealType', 'dealType'],
    ['no name', { name: '  ' }, 'name', 'required'],
    ['no customer', { customerName: '' }, 'customerName', 'required'],
    ['no country', { address: { ...valid().address, country: '' } }, 'address.country', 'country'],
    [
      'a country name',
      { address: { ...valid().address, country: 'Turkey' } },
      'address.country',
      'country',
    ],
    ['no deal value', { dealValue: '' }, 'dealValue', 'dealValueRequired'],
    ['a negative deal value', { dealValue: '-1' }, 'dealValue', 'dealValueNegative'],
    ['a word as deal value', { dealValue: 'lots' }, 'dealValue', 'dealValueNotNumber'],
    ['digits with dashes as deal value', { dealValue: '1-2-3' }, 'dealValue', 'dealValueNotNumber'],
    ['a deal value beyond a double', { dealValue: '1e999' }, 'dealValue', 'dealValueTooLarge'],
    ['a bad currency', { currency: 'dollars' }, 'currency', 'currency'],
    ['no closing date', { closingDate: '' }, 'closingDate', 'dateRequired'],
    ['an impossible date', { closingDate: '2027-02-30' }, 'closingDate', 'date'],
    [
      'co-sell without a solution',
      { dealType: 'co-sell', assistanceCode: 'QuotesOrLicensing', acknowledgeSharing: true },
      'solutionProfileId',
      'solutionRequired',
    ],
    [
      'co-sell without the help asked',
      { dealType: 'co-sell', solutionProfileId: 'SOL-1', acknowledgeSharing: true },
      'assistanceCode',
      'assistanceRequired',
    ],
    [
      'co-sell without confirming',
      { dealType: 'co-sell', solutionProfileId: 'SOL-1', assistanceCode: 'QuotesOrLicensing' },
      'acknowledgeSharing',
      'acknowledgeSharing',
    ],
    [
      'partner-led without confirming',
      { dealType: 'partner-led' },
      'acknowledgeSharing',
      'acknowledgeSharing',
    ],
    [
      'a contact with a bad email',
      { contacts: [{ firstName: 'Ana', lastName: '', email: 'ana@', phoneNumber: '' }] },
      'contacts.0.email',
      'email',
    ],
    [
      'an empty contact',
      { contacts: [{ firstName: '', lastName: '', email: '', phoneNumber: '1' }] },
      'contacts.0.email',
      'memberEmpty',
    ],
  ])('%s is refused at its field', (_case, overrides, field, message) => {
    expect(errorsOf(valid(overrides))[field]).toBe(message);
  });
});

describe('the body builder', () => {
  test('a private deal: Independent, not shared, no target, only what was set', () => {
    expect(buildCreateBody(valid())).toEqual({
      type: 'Independent',
      qualification: 'SalesQualified',
      name: 'Azure migration',
      customerProfile: { name: 'Northwind Traders', address: { country: 'US' } },
      consent: {
        consentToContact: false,
        consentToToShareInfoWithOthers: false,
        consentToShareReferralWithMicrosoftSellers: false,
      },
      details: { dealValue: 25000, currency: 'USD', closingDateTime: '2027-03-31T00:00:00Z' },
    });
  });

  test('a co-sell: Shared with Microsoft sellers, the solution as target, the help asked', () => {
    const body = buildCreateBody(
      valid({
        dealType: 'co-sell',
        solutionProfileId: ' SOL-34104-EBB ',
        assistanceCode: 'ProofOfConceptOrDemo',
        assistanceNotes: 'Need a PoC',
        acknowledgeSharing: true,
        allowMicrosoftToContactPartners: true,
      }),
    );
    expect(body.type).toBe('Shared');
    expect(body.consent.consentToShareReferralWithMicrosoftSellers).toBe(true);
    expect(body.consent.consentToMicrosoftToContactSpecificPartners).toBe(true);
    expect(body.target).toEqual([{ type: 'SolutionProfile', id: 'SOL-34104-EBB' }]);
    expect(body.inviteContext).toEqual({
      assistanceRequestCode: 'ProofOfConceptOrDemo',
      notes: 'Need a PoC',
    });
    expect(body).not.toHaveProperty('acknowledgeSharing');
  });

  test('a partner-led deal is shared but asks for nothing and names no target', () => {
    const body = buildCreateBody(valid({ dealType: 'partner-led', acknowledgeSharing: true }));
    expect(body.type).toBe('Shared');
    expect(body.consent.consentToShareReferralWithMicrosoftSellers).toBe(true);
    expect(body).not.toHaveProperty('target');
    expect(body).not.toHaveProperty('inviteContext');
  });

  test('fields only for co-sell are dropped when the deal type changes away from it', () => {
    const body = buildCreateBody(
      valid({
        dealType: 'private',
        solutionProfileId: 'SOL-1',
        assistanceCode: 'QuotesOrLicensing',
      }),
    );
    expect(body).not.toHaveProperty('target');
    expect(body).not.toHaveProperty('inviteContext');
  });

  const text = fc.string({ maxLength: 12 });
  const filled = text.filter((s) => s.trim() !== '');
  const contact = fc.record({
    firstName: filled,
    lastName: text,
    email: fc.constantFrom('', 'ana@example.com'),
    phoneNumber: text,
  });
  const formValues = fc.record({
    dealType: fc.constantFrom('private', 'partner-led', 'co-sell' as const),
    name: text.filter((s) => s.trim() !== ''),
    externalReferenceId: text,
    notes: text,
    dealValue: fc.double({ min: 0, max: 1e9, noNaN: true }).map(String),
    closingDate: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    customerName: text.filter((s) => s.trim() !== ''),
    city: text,
    industries: fc.array(
      text.filter((s) => s.trim() !== ''),
      { maxLength: 3 },
    ),
    contacts: fc.array(contact, { maxLength: 2 }),
    team: fc.array(contact, { maxLength: 2 }),
    solutionProfileId: filled,
  });

  test('property: never a server field, deal value a number, closing date ISO UTC, no empty text', () => {
    fc.assert(
      fc.property(formValues, (v) => {
        const values = valid({
          ...v,
          address: { ...valid().address, city: v.city },
          assistanceCode: 'GeneralOrOther',
          acknowledgeSharing: true,
        });
        const body = buildCreateBody(values);
        expect(errorsOf(values)).toEqual({});
        for (const key of SERVER_KEYS) expect(body).not.toHaveProperty(key);
        expect(typeof body.details.dealValue).toBe('number');
        expect(body.details.dealValue).toBe(Number(v.dealValue));
        expect(body.details.closingDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
        expect(new Date(body.details.closingDateTime ?? '').toISOString().slice(0, 10)).toBe(
          v.closingDate,
        );
        expect(safeParse(referralCreateSchema, body).success).toBe(true);
        // Only what the user set: no empty strings or empty arrays anywhere in the body.
        const json = JSON.stringify(body);
        expect(json).not.toMatch(/:""/);
        expect(json).not.toMatch(/:\[\]/);
        expect('externalReferenceId' in body).toBe(v.externalReferenceId.trim() !== '');
        expect('target' in body).toBe(v.dealType === 'co-sell');
      }),
    );
  });
});
