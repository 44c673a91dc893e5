import { hasStoredCopy } from './device-copy-helpers';
import { SIM_CONTROL_TOKEN } from './live-config';
import { apiCalls, expect, test } from './live-fixtures';

/**
 * A return visit in live mode (docs/decisions/024, 028): the user switches the device copy on
 * (off by default in live mode), someone else changes a referral on the server meanwhile (the
 * simulator's control route, as another user would), and the next visit shows the whole list
 * from the copy before the server answers, then the delta refresh (one request,
 * `updatedDateTime gt …`) brings the change.
 */

const listCalls = async (requests: () => Promise<Parameters<typeof apiCalls>[0]>) =>
  apiCalls(await requests(), 'GET').filter((r) =>
    /\/v1\.0\/engagements\/referrals(\?|$)/.test(r.url),
  );

test('return visit: the copy shows at once, then a change made on the server arrives by delta', async ({
  page,
  liveSim,
  request,
}) => {
  await page.goto('/referrals');
  await expect(page.getByTestId('list-count')).toHaveText('60 referrals');
  await page.getByRole('button', { name: 'Settings' }).click();
  const keep = page.getByRole('checkbox', { name: 'Keep a copy of the referrals on this device' });
  await expect(keep).not.toBeChecked();
  await keep.check();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => hasStoredCopy(page), { timeout: 10_000 }).toBe(true);

  const target = await liveSim.find('Active', 'Accepted');
  const oldName = String(target.name);
  // Another user renames it on the server (the control route wants X-Sim-Control).
  const changed = await request.post(
    `${liveSim.simOrigin}/__sim/referrals/${encodeURIComponent(target.id)}`,
    {
      headers: { 'X-Sim-Control': SIM_CONTROL_TOKEN },
      data: { name: 'Renamed by a colleague' },
    },
  );
  expect(changed.ok()).toBe(true);
  await request.delete(`${liveSim.simOrigin}/__sim/requests`, {
    headers: { 'X-Sim-Control': SIM_CONTROL_TOKEN },
  });

  // The server is slow now (4 s per request): what shows before that comes from the device copy.
  await liveSim.setFaults({ latencyMs: 4000 });
  await page.goto('/referrals');
  await expect(page.getByTestId('list-count')).toHaveText('60 referrals', { timeout: 3500 });
  await expect(page.getByRole('link', { name: oldName }).first()).toBeVisible();

  // Then the delta refresh: one list request, asking only for what changed.
  await expect(page.getByRole('link', { name: 'Renamed by a colleague' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByTestId('list-count')).toHaveText('60 referrals');
  const lists = await listCalls(() => liveSim.requests());
  expect(lists).toHaveLength(1);
  expect(decodeURIComponent(lists[0]?.url ?? '')).toContain('updatedDateTime gt');
});
