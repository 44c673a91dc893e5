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

test('the demo banner is in place before the edit form shows, and the form never moves down', async ({
  page,
  sim,
}) => {
  // Before the app runs: when the form first shows, is the banner there; and does any layout shift
  // move the page's content afterwards (a click aimed at the form would land elsewhere).
  await page.addInitScript(() => {
    const layout = { bannerAtForm: null as boolean | null, movedAfterForm: [] as string[] };
    let formAt = Infinity;
    new MutationObserver(() => {
      if (layout.bannerAtForm !== null) return;
      if (!document.querySelector('form[aria-label="Edit referral"]')) return;
      formAt = performance.now();
      layout.bannerAtForm =
        document.querySelector('[role="region"][aria-label^="Demo mode"]') !== null;
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      const main = document.querySelector('main');
      for (const entry of list.getEntries() as (PerformanceEntry & {
        sources?: { node?: Node | null }[];
      })[]) {
        if (entry.startTime < formAt || !main) continue;
        for (const { node } of entry.sources ?? [])
          if (node && (node === main || main.contains(node)))
            layout.movedAfterForm.push(node.nodeName);
      }
    }).observe({ type: 'layout-shift' });
    Object.assign(window, { __layout: layout });
  });
  const layout = () =>
    page.evaluate(
      () =>
        (window as unknown as { __layout: { bannerAtForm: boolean | null; movedAfterForm: [] } })
          .__layout,
    );

  await sim.open('/referrals');
  await expect(page.getByTestId('referral-row').first()).toBeVisible();
  const id = ((await sim.all()) as { id: string; status: string }[]).find(
    (r) => r.status === 'Active',
  )!.id;
  await page.goto(`/referrals/${id}`);
  await expect(page.getByRole('form', { name: 'Edit referral' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Demo mode/ })).toBeVisible();
  // A late banner came 20–250 ms after the form here: give it time to show it would.
  await page.waitForTimeout(1000);
  expect(await layout()).toEqual({ bannerAtForm: true, movedAfterForm: [] });
});
