import { createSimulator } from '../store/simulator';
import { createMemoryStorage } from '../store/storage';
import type { SimRequest } from './sim-api';

/** B19 in the in-browser demo: the remembered creates live in the demo's storage (decision 006). */

const body = {
  name: 'Stored retry',
  type: 'Independent',
  customerProfile: { name: 'Tailspin Toys', address: { country: 'TR' } },
  consent: { consentToContact: true },
  details: { dealValue: 5000, currency: 'USD' },
};

function post(headers: Record<string, string>): SimRequest {
  return {
    url: new URL('https://api.partner.microsoft.com/v1.0/engagements/referrals'),
    headers: new Headers(headers),
    bodyText: JSON.stringify(body),
  };
}

const idOf = (result: { body?: unknown }) => (result.body as { id: string }).id;

test('a retry after a reload (a new simulator over the same storage) replays the first create', () => {
  const storage = createMemoryStorage();
  const firstTab = createSimulator({ storage });
  const first = firstTab.api.create(post({ 'MS-RequestId': 'reload-1' }));
  expect(first.status).toBe(200);

  const afterReload = createSimulator({ storage });
  const retry = afterReload.api.create(post({ 'MS-RequestId': 'reload-1' }));
  expect(idOf(retry)).toBe(idOf(first));
  expect(afterReload.all().filter((r) => r.name === 'Stored retry')).toHaveLength(1);

  const other = afterReload.api.create(post({ 'MS-RequestId': 'reload-2' }));
  expect(idOf(other)).not.toBe(idOf(first));
  expect(afterReload.all().filter((r) => r.name === 'Stored retry')).toHaveLength(2);
});

test('an outgoing create comes back Active·Accepted, accepted when created (B14)', () => {
  const sim = createSimulator({ storage: createMemoryStorage() });
  const created = sim.api.create(post({})).body as Record<string, unknown>;
  expect(created).toMatchObject({
    status: 'Active',
    substatus: 'Accepted',
    direction: 'Outgoing',
    expirationDateTime: null,
  });
  expect(created.acceptedDateTime).toBe(created.createdDateTime);
});
