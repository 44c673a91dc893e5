import { setupServer } from 'msw/node';
import { referralHandlers } from './handlers/handlers';
import { createSimulator } from './store/simulator';
import { createMemoryStorage } from './store/storage';

/** For test helpers outside src/mocks, which may import only the entry points. */
export type { Simulator } from './store/simulator';
/** The simulator's OData $filter compiler, for tests that check what a filter selects. */
export { compileFilter } from './odata/odata';
/** The spec's example referrals, for tests outside the simulator. */
export { DOC_EXAMPLE_REFERRALS, DOC_OUTGOING_ACTIVE } from './seed/fixtures/doc-examples';

/** The clock every unit and integration test runs at, so seeded dates and expiries are stable. */
export const TEST_NOW = new Date('2026-11-24T12:00:00Z');

export const testSimulator = createSimulator({
  storage: createMemoryStorage(),
  now: () => new Date(TEST_NOW.getTime()),
});

/** The msw server tests run against: the same handlers as the browser demo. */
export const server = setupServer(...referralHandlers(testSimulator));
