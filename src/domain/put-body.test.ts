import { applyChanges, buildPutBody } from './put-body';
import { referralSchema, type Referral } from './referral-schema';

const lastRead: Referral = referralSchema.parse({
  id: 'r1',
  name: 'Deal',
  status: 'New',
  substatus: 'Pending',
  eTag: '"e1"',
  details: {
    notes: 'old',
    dealValue: 10,
    currency: 'USD',
    requirements: { products: [{ id: 'Azure' }] },
  },
  customerProfile: { name: 'Contoso', address: { city: 'Redmond', country: 'US' } },
  links: { self: { uri: 'https://api/x', method: 'GET' } },
  '@odata.context': 'ctx',
  salesStage: 'Qualify',
});

describe('buildPutBody', () => {
  test('sends the whole referral as last read with links and the OData context removed', () => {
    const body = buildPutBody(lastRead);
    expect(body).not.toHaveProperty('links');
    expect(body).not.toHaveProperty('@odata.context');
    expect(body).toMatchObject({
      id: 'r1',
      eTag: '"e1"',
      salesStage: 'Qualify',
      details: { notes: 'old' },
    });
  });

  test('lays the changes over it: nested objects merge, arrays replace', () => {
    const body = buildPutBody(lastRead, {
      details: { notes: 'new', requirements: { products: [{ id: 'SQL' }] } },
      customerProfile: { address: { city: 'Seattle' } },
    });
    expect(body).toMatchObject({
      details: {
        notes: 'new',
        dealValue: 10,
        currency: 'USD',
        requirements: { products: [{ id: 'SQL' }] },
      },
      customerProfile: { name: 'Contoso', address: { city: 'Seattle', country: 'US' } },
    });
  });

  test('does not mutate the cached copy', () => {
    const before = JSON.stringify(lastRead);
    applyChanges(lastRead, { details: { notes: 'changed' }, name: 'x' });
    buildPutBody(lastRead, { details: { notes: 'changed' } });
    expect(JSON.stringify(lastRead)).toBe(before);
  });
});
