import { test as base, expect, type Page } from '@playwright/test';

/** Fixtures for journeys on the demo backend: a fresh simulator state per test, and helpers to reach it. */
type SimFaults = {
  latencyMs?: number;
  writeStatus?: 500 | 503 | null;
  throttleRetryAfterSeconds?: number | null;
  networkError?: 'none' | 'writes' | 'all';
  malformedList?: boolean;
  /** Writes wait this long before they are handled (past the app's time-out: a timed-out save). */
  writeLatencyMs?: number;
  /** Writes are stored but answer a body that is not valid JSON. */
  writeMalformed?: boolean;
  strictReason?: boolean;
  closedFrozen?: boolean;
};

export type Sim = {
  /** Open the app at a path on a freshly seeded simulator (size defaults to 60). */
  open(path: string, options?: { size?: number }): Promise<void>;
  /** Read a stored referral straight from the simulator in the page. */
  referral(id: string): Promise<Record<string, unknown> | undefined>;
  /** All stored referrals. */
  all(): Promise<Record<string, unknown>[]>;
  /** Change a referral as someone else would (new eTag). */
  modify(id: string, changes: Record<string, unknown>): Promise<void>;
  setFaults(faults: SimFaults): Promise<void>;
  /** Requests the simulator received since the page loaded (method, url, headers, body). */
  requests(): Promise<
    { method: string; url: string; headers: Record<string, string>; body: unknown }[]
  >;
};

async function waitForSim(page: Page) {
  await page.waitForFunction(() => 'referralDeskSim' in window || '__referralDeskSim' in window);
}

export const test = base.extend<{ sim: Sim }>({
  sim: async ({ page }, provide) => {
    const sim: Sim = {
      async open(path, options = {}) {
        const size = options.size ?? 60;
        // A fresh profile per test already has empty storage; demo-size reseeds explicitly.
        const separator = path.includes('?') ? '&' : '?';
        await page.goto(`${path}${separator}demo-size=${size}`);
        await waitForSim(page);
      },
      referral: (id) =>
        page.evaluate(
          (rid) => window.__referralDeskSim?.get(rid) as Record<string, unknown> | undefined,
          id,
        ),
      all: () =>
        page.evaluate(() => (window.__referralDeskSim?.all() ?? []) as Record<string, unknown>[]),
      modify: async (id, changes) => {
        await page.evaluate(([rid, c]) => void window.__referralDeskSim?.modify(rid, c), [
          id,
          changes,
        ] as const);
      },
      setFaults: async (faults) => {
        await page.evaluate((f) => window.__referralDeskSim?.faults.set(f), faults);
      },
      requests: () =>
        page.evaluate(() =>
          (window.__referralDeskSim?.requests ?? []).map((r) => ({
            method: r.method,
            url: r.url,
            headers: r.headers,
            body: r.body,
          })),
        ),
    };
    await provide(sim);
  },
});

export { expect };
