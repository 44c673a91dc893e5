import { hasStoredCopy } from './device-copy-helpers';
import { expect, test } from './fixtures';

/**
 * A return visit with the on-device copy (docs/decisions/024): the whole list shows from the copy
 * before the server answers, then a delta refresh brings what another tab changed meanwhile.
 * The same over HTTP, with the change made through the simulator's control routes:
 * e2e/live-return-visit.spec.ts.
 */

test('return visit: the copy shows at once, then the change made in another tab arrives', async ({
  page,
  context,
  sim,
}) => {
  await sim.open('/referrals');
  await expect(page.getByTestId('list-count')).toHaveText('60 referrals');
  await expect.poll(() => hasStoredCopy(page), { timeout: 10_000 }).toBe(true);

  const [target] = await sim.all();
  const id = String(target?.id);
  const oldName = String(target?.name);

  // Another tab of the same browser changes the referral on the (shared) demo backend.
  const other = await context.newPage();
  await other.goto('/pipeline');
  await other.waitForFunction(() => '__referralDeskSim' in window);
  await other.evaluate(
    (rid) => window.__referralDeskSim?.modify(rid, { name: 'Renamed in another tab' }),
    id,
  );
  await other.close();

  // The server is slow now (4 s per request): what shows before that comes from the device copy.
  await sim.setFaults({ latencyMs: 4000 });
  await page.goto('/referrals');
  await expect(page.getByTestId('list-count')).toHaveText('60 referrals', { timeout: 3500 });
  await expect(page.getByRole('link', { name: oldName }).first()).toBeVisible();

  // Then the delta refresh: one list request asking only for what changed.
  await expect(page.getByRole('link', { name: 'Renamed in another tab' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByTestId('list-count')).toHaveText('60 referrals');
  const lists = (await sim.requests()).filter(
    (r) => r.method === 'GET' && /\/engagements\/referrals(\?|$)/.test(r.url),
  );
  expect(lists).toHaveLength(1);
  expect(decodeURIComponent(lists[0]?.url ?? '')).toContain('updatedDateTime gt');
});
