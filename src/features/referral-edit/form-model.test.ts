import fc from 'fast-check';
import { buildPutBody } from '../../domain/put-body';
import type { Referral } from '../../domain/referral-schema';
import { toChanges, toFormValues, type FormValues } from './form-model';
import { createFormSchema } from './form-schema';

const saved: Referral = {
  id: 'r-1',
  name: 'Fourth Coffee expansion',
  externalReferenceId: null,
  status: 'New',
  substatus: 'Pending',
  statusReason: null,
  details: {
    dealValue: 12000,
    currency: 'usd',
    closingDateTime: '2026-12-01T00:00:00.0000000Z',
    notes: null,
    requirements: {
      industries: [],
      products: [{ id: 'Azure', extra: 1 }],
      solutions: [{ id: 'SOL-1', name: 'Contoso CRM', type: 'Name' }],
    },
    customerAction: 'keep-me',
  },
  customerProfile: {
    name: 'Fourth Coffee',
    size: '51to250employees',
    address: { city: 'Seattle', country: 'US', region: 'WA' },
    team: [
      {
        firstName: 'Sue',
        lastName: 'Smith',
        email: 'sue@fourthcoffee.com',
        phoneNumber: null,
        title: 'CIO',
        contactPreference: { locale: 'en-US', disableNotifications: false },
      },
    ],
  },
  consent: { consentToContact: true, consentToToShareInfoWithOthers: null },
  team: [{ firstName: 'Luke', lastName: 'Johnson', email: 'luke.johnson@contoso.com' }],
  eTag: '"1"',
  links: { self: { uri: 'https://example/r-1', method: 'GET' } },
};

const edit = (patch: (v: FormValues) => void) => {
  const values = structuredClone(toFormValues(saved));
  patch(values);
  return toChanges(saved, values);
};

describe('toChanges', () => {
  test('untouched values give no changes, whatever empty or odd shapes the server used', () => {
    expect(edit(() => {})).toEqual({});
  });

  test.each<[string, (v: FormValues) => void, Record<string, unknown>]>([
    ['name (trimmed)', (v) => (v.name = '  Fourth Coffee EU '), { name: 'Fourth Coffee EU' }],
    [
      'deal value as a number',
      (v) => (v.dealValue = '15000.5'),
      { details: { dealValue: 15000.5 } },
    ],
    ['currency, upper-cased', (v) => (v.currency = 'eur'), { details: { currency: 'EUR' } }],
    [
      'closing date as midnight UTC',
      (v) => (v.closingDate = '2027-01-31'),
      { details: { closingDateTime: '2027-01-31T00:00:00Z' } },
    ],
    ['notes', (v) => (v.notes = 'call Tuesday'), { details: { notes: 'call Tuesday' } }],
    [
      'a chip added keeps the saved chip objects',
      (v) => v.products.push('SQL'),
      { details: { requirements: { products: [{ id: 'Azure', extra: 1 }, { id: 'SQL' }] } } },
    ],
    [
      'stage travels as a pair',
      (v) => Object.assign(v, { status: 'Active', substatus: 'Accepted' }),
      { status: 'Active', substatus: 'Accepted' },
    ],
    [
      'consent flag',
      (v) => (v.consent.consentToToShareInfoWithOthers = true),
      { consent: { consentToToShareInfoWithOthers: true } },
    ],
    ['cleared external id becomes null', (v) => (v.externalReferenceId = ''), {}],
  ])('only the changed field: %s', (_title, patch, expected) => {
    expect(edit(patch)).toEqual(expected);
  });

  test('editing a contact keeps the keys the form does not show', () => {
    const changes = edit((v) => {
      v.contacts[0]!.email = 'sue.smith@fourthcoffee.com';
    });
    expect(changes).toEqual({
      customerProfile: {
        team: [
          {
            firstName: 'Sue',
            lastName: 'Smith',
            email: 'sue.smith@fourthcoffee.com',
            phoneNumber: null,
            title: 'CIO',
            contactPreference: { locale: 'en-US', disableNotifications: false },
          },
        ],
      },
    });
  });

  test('adding and removing team members', () => {
    const changes = edit((v) => {
      v.team.push({
        origin: null,
        firstName: 'Elif',
        lastName: 'Aksoy',
        email: 'elif@contoso.com',
        phoneNumber: '',
      });
      v.team.splice(0, 1);
    });
    expect(changes).toEqual({
      team: [
        { firstName: 'Elif', lastName: 'Aksoy', email: 'elif@contoso.com', phoneNumber: undefined },
      ],
    });
  });

  test('the PUT body keeps unknown keys, drops links and carries the change', () => {
    const body = buildPutBody(
      saved,
      edit((v) => (v.notes = 'n')),
    );
    expect(body).not.toHaveProperty('links');
    expect(body).toMatchObject({
      details: { notes: 'n', customerAction: 'keep-me', dealValue: 12000 },
      customerProfile: { address: { region: 'WA' } },
    });
  });

  test('property: a round trip through the form never invents changes', () => {
    const arb = fc.record({
      name: fc.oneof(fc.constant(null), fc.string()),
      notes: fc.oneof(fc.constant(null), fc.constant(''), fc.string()),
      dealValue: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1e9, noNaN: true })),
      closing: fc.oneof(
        fc.constant(null),
        fc
          .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString()),
      ),
      industries: fc.oneof(
        fc.constant(null),
        fc.array(fc.record({ id: fc.string({ minLength: 1 }) })),
      ),
    });
    fc.assert(
      fc.property(arb, (x) => {
        const referral: Referral = {
          ...saved,
          name: x.name,
          details: {
            ...saved.details,
            notes: x.notes,
            dealValue: x.dealValue,
            closingDateTime: x.closing,
            requirements: { industries: x.industries },
          },
        };
        expect(toChanges(referral, toFormValues(referral))).toEqual({});
      }),
      // Found once by a random run: notes of only spaces came back as a change to null.
      { examples: [[{ name: '', notes: ' ', dealValue: 0, closing: null, industries: [] }]] },
    );
  });
});

describe('createFormSchema', () => {
  const values = toFormValues(saved);
  const schema = createFormSchema(values);
  const issues = (patch: (v: FormValues) => void) => {
    const next = structuredClone(values);
    patch(next);
    const result = schema.safeParse(next);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  };

  test('the saved copy is valid', () => expect(issues(() => {})).toEqual([]));
  test.each<[string, (v: FormValues) => void, string]>([
    ['name required', (v) => (v.name = '  '), 'name:required'],
    ['negative deal value', (v) => (v.dealValue = '-1'), 'dealValue:dealValueNegative'],
    ['deal value cannot be emptied', (v) => (v.dealValue = ''), 'dealValue:dealValueRequired'],
    ['currency of 3 letters', (v) => (v.currency = 'EURO'), 'currency:currency'],
    ['a real date', (v) => (v.closingDate = '2026-02-30'), 'closingDate:date'],
    ['contact email', (v) => (v.contacts[0]!.email = 'sue@'), 'contacts.0.email:email'],
    [
      'empty new member',
      (v) => v.team.push({ origin: null, firstName: '', lastName: '', email: '', phoneNumber: '' }),
      'team.1.email:memberEmpty',
    ],
    ['size from the enum', (v) => (v.customerSize = 'huge'), 'customerSize:customerSize'],
    [
      'no move the saved stage does not offer',
      (v) => Object.assign(v, { status: 'Closed', substatus: 'Won' }),
      'status:statusMove',
    ],
  ])('%s', (_title, patch, expected) => {
    expect(issues(patch)).toContain(expected);
  });
  test('an empty deal value may stay empty', () => {
    const empty = createFormSchema({ ...values, dealValue: '' });
    expect(empty.safeParse({ ...values, dealValue: '' }).success).toBe(true);
  });
});
