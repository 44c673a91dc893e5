import { test, expect } from './fixtures';

const DOC_EXAMPLE_ID = '61c65491-2f2c-461a-84b4-3654499bc1d9';

test('the app starts on the in-browser simulator and serves referrals through the service worker', async ({
  page,
  sim,
}) => {
  await sim.open('/');
  await expect(page).toHaveURL(/\/referrals/);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByText(/Demo mode/)).toBeVisible();

  // The request goes through the MSW service worker to the simulator, as the app's own requests do.
  const answer = await page.evaluate(async (id) => {
    const response = await fetch(
      `https://api.partner.microsoft.com/v1.0/engagements/referrals/${id}`,
    );
    return {
      controlled: navigator.serviceWorker.controller !== null,
      status: response.status,
      etag: response.headers.get('ETag'),
      body: (await response.json()) as { name: string; eTag: string },
    };
  }, DOC_EXAMPLE_ID);
  expect(answer.controlled).toBe(true);
  expect(answer.status).toBe(200);
  expect(answer.body.name).toBe('Contoso Customer Inc - D365 supply chain');
  expect(answer.etag).toBe(answer.body.eTag);
});

test('Reset demo data brings back the seed after edits', async ({ page, sim }) => {
  await sim.open('/referrals');
  await sim.modify(DOC_EXAMPLE_ID, { name: 'Renamed by someone' });
  expect((await sim.referral(DOC_EXAMPLE_ID))?.name).toBe('Renamed by someone');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(page.getByText('Demo data reset.')).toBeVisible();
  expect((await sim.referral(DOC_EXAMPLE_ID))?.name).toBe(
    'Contoso Customer Inc - D365 supply chain',
  );
});

test('language and theme switch in the header and are remembered', async ({ page, sim }) => {
  await sim.open('/referrals');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('tr');
  await expect(page.getByRole('navigation', { name: 'Ana' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Tema' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Satış hattı' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
});
