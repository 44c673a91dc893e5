import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * Insights against the demo simulator: one figure end to end (Active·Accepted in USD equals the
 * sum over the simulator's store), a bar click opening the list on the same referrals, English
 * and Turkish, light and dark, a 360 px phone and the keyboard.
 */

type Stored = {
  status: string;
  substatus: string;
  details?: { dealValue?: number | string | null; currency?: string | null } | null;
};

function acceptedUsd(all: Stored[]) {
  const mine = all.filter(
    (r) =>
      r.status === 'Active' &&
      r.substatus === 'Accepted' &&
      (r.details?.currency ?? '').toUpperCase() === 'USD',
  );
  const value = mine.reduce((sum, r) => sum + (Number(r.details?.dealValue) || 0), 0);
  return { count: mine.length, value };
}

const pipelineCard = (page: Page) => page.locator('section[data-figure]').first();

test('English, light: the Active·Accepted USD figure equals the store, and its bar opens the list with the same count', async ({
  page,
  sim,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await sim.open('/insights?period=all');
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  const expected = acceptedUsd((await sim.all()) as Stored[]);
  expect(expected.count).toBeGreaterThan(0);
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(
    expected.value,
  );

  const card = pipelineCard(page);
  await expect(card.getByRole('heading', { level: 2 })).toContainText('referrals over all time');
  const bar = card.getByRole('link', { name: /^Active · Accepted, USD, Open value:/ });
  await expect(bar).toHaveAccessibleName(
    `Active · Accepted, USD, Open value: ${expected.count} · ${money}. Open in the list.`,
  );
  // The same numbers in the table.
  await card.getByRole('button', { name: 'Show table' }).click();
  const row = card
    .getByRole('row')
    .filter({ hasText: 'Active · Accepted' })
    .filter({ hasText: 'USD' });
  await expect(row.getByRole('cell').nth(1)).toHaveText(String(expected.count));
  await expect(row.getByRole('cell').nth(2)).toHaveText(money);
  // CSV of the numbers.
  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Export CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^pipeline-by-stage-.*\.csv$/);
  await card.getByRole('button', { name: 'Show chart' }).click();
  // PNG of the chart, drawn through a data: image (allowed by the CSP).
  const png = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Export PNG' }).click();
  expect((await png).suggestedFilename()).toMatch(/^pipeline-by-stage-.*\.png$/);

  await card.getByRole('link', { name: /^Active · Accepted, USD, Open value:/ }).click();
  await expect(page).toHaveURL(/\/referrals\?stage=active-accepted&currency=USD$/);
  await expect(page.getByTestId('list-count')).toHaveText(
    `${expected.count} referral${expected.count === 1 ? '' : 's'}`,
  );
});

test('keyboard: a bar is reached with Tab and opens the list with Enter', async ({ page, sim }) => {
  await sim.open('/insights?period=all');
  const bar = pipelineCard(page).getByRole('link', { name: /^Active · Accepted, USD/ });
  await expect(bar).toBeVisible();
  for (let i = 0; i < 80; i += 1) {
    if (await bar.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(bar).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/referrals\?stage=active-accepted&currency=USD$/);
});

test.describe('in Turkish, dark, on a 360 px phone', () => {
  test.use({
    locale: 'tr-TR',
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
  });

  test('figures read in Turkish, charts keep their width, nothing scrolls sideways', async ({
    page,
    sim,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await sim.open('/insights?period=all');
    await expect(page.getByRole('heading', { level: 1, name: 'İçgörüler' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const expected = acceptedUsd((await sim.all()) as Stored[]);
    const money = new Intl.NumberFormat('tr-TR', { style: 'currency', currency: 'USD' }).format(
      expected.value,
    );
    const bar = pipelineCard(page).getByRole('link', { name: /^Etkin · Kabul edildi, USD/ });
    await expect(bar).toHaveAccessibleName(
      `Etkin · Kabul edildi, USD, Açık değer: ${expected.count} · ${money}. Listede aç.`,
    );
    // Win rate reads the Turkish way ("%62").
    await expect(page.getByRole('heading', { level: 2, name: /kazanma oranı %\d+/ })).toBeVisible();

    const widths = await page
      .locator('svg.bar-chart')
      .evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(5);
    for (const width of widths) {
      expect(width).toBeGreaterThanOrEqual(280);
      expect(width).toBeLessThanOrEqual(340);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await page.screenshot({ path: 'test-results/insights-phone-tr-dark.png', fullPage: false });

    await bar.click();
    await expect(page).toHaveURL(/\/referrals\?stage=active-accepted&currency=USD$/);
    await expect(page.getByTestId('list-count')).toHaveText(`${expected.count} yönlendirme`);
  });
});
