import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { SIM_CONTROL_TOKEN, type LiveMetadata } from './live-config';

/**
 * Fixtures for the live-mode journeys: the app talks to `npm run sim` over HTTP, and the tests
 * reach the same server's test-only control routes (`/__sim/*`) to reset it and read what it
 * stored and received. Each test starts on a freshly seeded store.
 */

export type StoredReferral = {
  id: string;
  name?: string | null;
  status: string;
  substatus: string;
  externalReferenceId?: string | null;
  eTag?: string | null;
  details?: { dealValue?: number | null; notes?: string | null } | null;
};

export type LoggedRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
};

export type LiveSim = LiveMetadata & {
  all(): Promise<StoredReferral[]>;
  referral(id: string): Promise<StoredReferral>;
  requests(): Promise<LoggedRequest[]>;
  /** The first stored referral in a stage that has a name (the seed is deterministic). */
  find(status: string, substatus: string): Promise<StoredReferral>;
  /** Merge a fault scenario (`{ networkError: 'writes' }`, `{ writeStatus: 503 }`…). */
  setFaults(faults: Record<string, unknown>): Promise<void>;
  clearFaults(): Promise<void>;
};

async function json<T>(
  request: APIRequestContext,
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  data?: unknown,
) {
  const headers = { 'X-Sim-Control': SIM_CONTROL_TOKEN };
  const response =
    method === 'GET'
      ? await request.get(url, { headers })
      : method === 'DELETE'
        ? await request.delete(url, { headers })
        : await request.post(url, { data, headers });
  expect(response.ok(), `${method} ${url}`).toBe(true);
  return (await response.json()) as T;
}

export const test = base.extend<{ liveSim: LiveSim }>({
  liveSim: async ({ request }, provide, testInfo) => {
    const { simOrigin, writeMethod } = testInfo.project.metadata as LiveMetadata;
    await json(request, 'POST', `${simOrigin}/__sim/reset`, { size: 60 });
    const all = () => json<StoredReferral[]>(request, 'GET', `${simOrigin}/__sim/referrals`);
    await provide({
      simOrigin,
      writeMethod,
      all,
      referral: (id) =>
        json<StoredReferral>(
          request,
          'GET',
          `${simOrigin}/__sim/referrals/${encodeURIComponent(id)}`,
        ),
      requests: () => json<LoggedRequest[]>(request, 'GET', `${simOrigin}/__sim/requests`),
      async find(status, substatus) {
        const found = (await all()).find(
          (r) => r.status === status && r.substatus === substatus && r.name,
        );
        if (!found) throw new Error(`the seed has no ${status}·${substatus} referral`);
        return found;
      },
      setFaults: async (faults) => {
        await json(request, 'POST', `${simOrigin}/__sim/faults`, faults);
      },
      clearFaults: async () => {
        await json(request, 'DELETE', `${simOrigin}/__sim/faults`);
      },
    });
  },
});

/** Requests the app sent to the simulator (not the test's own control calls). */
export const apiCalls = (log: LoggedRequest[], method: string) =>
  log.filter((r) => r.method === method && new URL(r.url).pathname.startsWith('/v1.0/'));

export async function openEditor(page: Page, id: string) {
  await page.goto(`/referrals/${id}`);
  await expect(page.getByRole('form', { name: 'Edit referral' })).toBeVisible();
}

export { expect };
