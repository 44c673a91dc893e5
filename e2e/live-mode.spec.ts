import type { Locator, Page } from '@playwright/test';
import { LIVE_TOKEN } from './live-config';
import { apiCalls, expect, test } from './live-fixtures';

/**
 * Live mode over real HTTP: the production build (VITE_API_MODE=live, token auth) against
 * `npm run sim`. No service worker, no in-browser simulator: every call crosses the network, with
 * CORS and the bearer token, and the server's own store is the oracle.
 */

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const cardIn = (where: Locator, id: string) => where.locator(`[data-referral-id="${id}"]`);

/** A real pointer drag: past dnd-kit's activation distance, then across to the column. */
async function drag(page: Page, card: Locator, target: Locator) {
  await target.evaluate((el) => el.scrollIntoView({ block: 'nearest', inline: 'center' }));
  const from = await card.getByRole('button', { name: /^Drag / }).boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('handle or column not visible');
  const x = from.x + from.width / 2;
  const y = from.y + from.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 12, y + 6, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(200, to.height / 2), { steps: 20 });
  await page.mouse.up();
}

test('list, edit and save, drag on the board: all over HTTP against the simulator server', async ({
  page,
  liveSim,
}) => {
  await page.goto('/referrals');
  await expect(page.getByRole('heading', { name: 'Referrals', level: 1 })).toBeVisible();
  await expect(page.getByTestId('list-count')).toHaveText('60 referrals');
  await expect(page.getByText(/Demo mode/)).toHaveCount(0);
  expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();

  // The list came from the server, with the token, across origins. The simulator answers 401
  // without a token, so 60 rows prove it arrived; its log keeps only the scheme and the role.
  const [firstList] = apiCalls(await liveSim.requests(), 'GET');
  expect(firstList?.url.startsWith(`${liveSim.simOrigin}/v1.0/engagements/referrals?`)).toBe(true);
  expect(firstList?.headers).toMatchObject({
    authorization: 'Bearer [redacted: admin]',
    origin: new URL(page.url()).origin,
  });
  expect(JSON.stringify(await liveSim.requests())).not.toContain(LIVE_TOKEN);

  // Edit: find the deal through the list, change it, save.
  const deal = await liveSim.find('Active', 'Accepted');
  await page.getByRole('searchbox', { name: 'Search referrals' }).fill(deal.name ?? '');
  await page
    .getByTestId('referral-row')
    .getByRole('link', { name: deal.name ?? '' })
    .first()
    .click();
  await expect(page.getByRole('form', { name: 'Edit referral' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Deal value' }).fill('313131');
  await page.getByRole('textbox', { name: 'Notes' }).fill('Saved over real HTTP');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Referral saved.')).toBeVisible();

  expect(await liveSim.referral(deal.id)).toMatchObject({
    details: { dealValue: 313131, notes: 'Saved over real HTTP' },
  });
  const [put, ...morePuts] = apiCalls(await liveSim.requests(), 'PUT');
  expect(morePuts).toHaveLength(0);
  expect(put?.headers['if-match']).toBe(deal.eTag);
  expect(put?.body).not.toHaveProperty('links');

  // A reload reads the server again: the values are the stored ones.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Deal value' })).toHaveValue('313131');

  // The board: drag a new referral to Active · Accepted.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Pipeline' })
    .click();
  const pending = column(page, 'New · Pending');
  const active = column(page, 'Active · Accepted');
  await expect(pending.getByTestId('board-card').first()).toBeVisible();
  const id = await pending.getByTestId('board-card').first().getAttribute('data-referral-id');
  if (!id) throw new Error('no card in New · Pending');
  const before = await liveSim.referral(id);

  await drag(page, cardIn(pending, id), active);
  await expect(cardIn(active, id)).toBeVisible();
  await expect(cardIn(active, id)).toHaveAttribute('aria-busy', 'false');
  await expect.poll(async () => (await liveSim.referral(id)).status).toBe('Active');
  const moves = apiCalls(await liveSim.requests(), 'PUT').filter((r) => r.url.endsWith(id));
  expect(moves).toHaveLength(1);
  expect(moves[0]?.headers['if-match']).toBe(before.eTag);
  expect(moves[0]?.body).toMatchObject({ status: 'Active', substatus: 'Accepted' });

  await page.reload();
  await expect(cardIn(column(page, 'Active · Accepted'), id)).toBeVisible();
});
