import type { Page } from '@playwright/test';
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

type LayoutWatch = { bannerAtContent: boolean | null; movedAfterContent: string[] };

/**
 * Before the app runs: when the page's content (`selector`) first shows, is the demo banner there;
 * and which nodes in <main> or the main navigation does a layout shift move after that (a click
 * aimed at them would land elsewhere). virtua's spacer rows are left out: more rows drawn into a
 * spacer move only it.
 */
async function watchLayout(page: Page, selector: string) {
  await page.addInitScript((contentSelector) => {
    const watch = { bannerAtContent: null as boolean | null, movedAfterContent: [] as string[] };
    let contentAt = Infinity;
    new MutationObserver(() => {
      if (watch.bannerAtContent !== null || !document.querySelector(contentSelector)) return;
      contentAt = performance.now();
      watch.bannerAtContent =
        document.querySelector('[role="region"][aria-label^="Demo mode"]') !== null;
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      const watched = [document.querySelector('main'), document.querySelector('header nav')];
      for (const entry of list.getEntries() as (PerformanceEntry & {
        sources?: { node?: Node | null }[];
      })[]) {
        if (entry.startTime < contentAt) continue;
        for (const { node } of entry.sources ?? []) {
          if (!node || !watched.some((area) => area?.contains(node))) continue;
          if (node instanceof Element && node.classList.contains('spacer-row')) continue;
          const name =
            node instanceof Element ? `${node.nodeName}.${node.className}` : node.nodeName;
          watch.movedAfterContent.push(name);
        }
      }
    }).observe({ type: 'layout-shift' });
    Object.assign(window, { __layoutWatch: watch });
  }, selector);
  return async () => {
    // A late banner or late counts came 20–270 ms after the content here: give them time to.
    await page.waitForTimeout(1000);
    return page.evaluate(() => (window as unknown as { __layoutWatch: LayoutWatch }).__layoutWatch);
  };
}

test('the demo banner is in place before the edit form shows, and the form never moves down', async ({
  page,
  sim,
}) => {
  const settled = await watchLayout(page, 'form[aria-label="Edit referral"]');
  await sim.open('/referrals');
  await expect(page.getByTestId('referral-row').first()).toBeVisible();
  const id = ((await sim.all()) as { id: string; status: string }[]).find(
    (r) => r.status === 'Active',
  )!.id;
  await page.goto(`/referrals/${id}`);
  await expect(page.getByRole('form', { name: 'Edit referral' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Demo mode/ })).toBeVisible();
  expect(await settled()).toEqual({ bannerAtContent: true, movedAfterContent: [] });
});

test("the list's scope buttons come with their counts: nothing above the rows moves once they show", async ({
  page,
  sim,
}) => {
  const settled = await watchLayout(page, '[data-testid="referral-row"]');
  await sim.open('/referrals');
  await expect(page.getByTestId('referral-row').first()).toBeVisible();
  const scopes = page.getByRole('group', { name: 'Scopes' });
  await expect(scopes.getByRole('button', { name: /^Needs response \(\d+\)$/ })).toBeVisible();
  expect(await settled()).toEqual({ bannerAtContent: true, movedAfterContent: [] });
});
