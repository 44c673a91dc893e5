import type { Page } from '@playwright/test';
import { test, expect, type Sim } from './fixtures';

/**
 * The rep's day: triage the inbox with the keyboard only, keep typing through a refresh, and a
 * browser notification for a referral created meanwhile.
 */

type Stored = {
  id: string;
  name?: string | null;
  status: string;
  substatus: string;
  statusReason?: string | null;
  details?: { notes?: string | null } | null;
};

const focusedRowId = (page: Page) =>
  page.evaluate(
    () => (document.activeElement?.closest('[data-row-id]') as HTMLElement | null)?.dataset.rowId,
  );

/** A refresh as the browser's focus would trigger it (TanStack Query listens for visibilitychange). */
const refocus = (page: Page) =>
  page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));

async function rowIds(page: Page): Promise<string[]> {
  return page
    .getByTestId('inbox-row')
    .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.rowId ?? ''));
}

test('keyboard only: accept one, decline one with a reason; the focus follows; the simulator holds both', async ({
  page,
  sim,
}) => {
  await sim.open('/inbox');
  await expect(page.getByTestId('inbox-row').first()).toBeVisible();
  const before = await rowIds(page);
  expect(before.length).toBeGreaterThan(2);
  const [first, second, third] = before as [string, string, string];
  const badge = page.getByRole('link', { name: new RegExp(`^Needs response, ${before.length} `) });
  await expect(badge).toBeVisible();

  await page.keyboard.press('j');
  expect(await focusedRowId(page)).toBe(first);
  await page.keyboard.press('a');
  // The focus moves to the next row at once and stays there when the accepted one leaves.
  expect(await focusedRowId(page)).toBe(second);
  await expect(page.locator(`[data-row-id="${first}"]`)).toHaveCount(0);
  expect(await focusedRowId(page)).toBe(second);
  await expect.poll(async () => ((await sim.referral(first)) as Stored).status).toBe('Active');

  await page.keyboard.press('d');
  const dialog = page.getByRole('dialog', { name: /^Close “/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Declined' })).toBeChecked();
  // Keys typed inside the dialog are text, not shortcuts.
  await dialog.getByRole('combobox', { name: 'Reason' }).focus();
  await page.keyboard.type('Not a real');
  await page.keyboard.press('Tab');
  await page.keyboard.type('duplicate of an existing deal');
  await dialog.getByRole('button', { name: 'Close referral' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.locator(`[data-row-id="${second}"]`)).toHaveCount(0);
  await expect.poll(() => focusedRowId(page)).toBe(third);

  const declined = (await sim.referral(second)) as Stored;
  expect(declined.substatus).toBe('Declined');
  expect(declined.statusReason).toBe('Not a real lead: duplicate of an existing deal');
  const writes = (await sim.requests()).filter((r) => r.method !== 'GET');
  expect(writes.map((w) => w.method)).toEqual(['PUT', 'PUT']);
  await expect(
    page.getByRole('link', { name: new RegExp(`^Needs response, ${before.length - 2} `) }),
  ).toBeVisible();

  // ? lists every shortcut.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(
    help.getByRole('cell', { name: 'Select the range from the last selected' }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

async function namedActive(sim: Sim): Promise<Stored> {
  const all = (await sim.all()) as Stored[];
  const found = all.find((r) => r.status === 'Active' && r.name);
  if (!found) throw new Error('the seed has no named Active referral');
  return found;
}

test('a refresh while the form has unsaved edits keeps them and says the server copy changed', async ({
  page,
  sim,
}) => {
  await sim.open('/referrals');
  const referral = await namedActive(sim);
  await page.goto(`/referrals/${referral.id}`);
  const notes = page.getByRole('textbox', { name: 'Notes' });
  await notes.fill('Mine: typed before the refresh');

  await sim.modify(referral.id, { name: 'Renamed elsewhere' });
  await refocus(page);
  await expect(page.getByTestId('server-changed')).toContainText('Your unsaved edits are kept');
  await expect(notes).toHaveValue('Mine: typed before the refresh');

  await page.getByRole('button', { name: 'Save changes' }).click();
  const conflict = page.getByRole('dialog', { name: 'Someone else changed this referral' });
  const saved = page.getByText('Referral saved.');
  await expect(saved.or(conflict)).toBeVisible();
  if (await conflict.isVisible())
    await conflict.getByRole('button', { name: 'Merge and save' }).click();
  await expect(saved).toBeVisible();
  const stored = (await sim.referral(referral.id)) as Stored;
  expect(stored.name).toBe('Renamed elsewhere');
  expect(stored.details?.notes).toBe('Mine: typed before the refresh');
});

test('a browser notification and a toast for a referral created through the simulator', async ({
  page,
  context,
  sim,
}) => {
  await context.grantPermissions(['notifications']);
  // Record notifications instead of showing them.
  await page.addInitScript(() => {
    const shown: string[] = [];
    (window as unknown as { __notifications: string[] }).__notifications = shown;
    class RecordingNotification {
      static permission = 'granted';
      static requestPermission = () => Promise.resolve('granted');
      constructor(title: string) {
        shown.push(title);
      }
    }
    Object.defineProperty(window, 'Notification', { value: RecordingNotification });
  });
  await sim.open('/inbox');
  await expect(page.getByTestId('inbox-row').first()).toBeVisible();
  const shown = () =>
    page.evaluate(() => (window as unknown as { __notifications: string[] }).__notifications);
  expect(await shown()).toEqual([]);

  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('checkbox', { name: /Notify me/ }).check();
  await settings.getByRole('button', { name: 'Done' }).click();

  const created = await page.evaluate(async () => {
    const response = await fetch('https://api.partner.microsoft.com/v1.0/engagements/referrals', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'Pilot for Fabrikam Kiosks',
        type: 'Independent',
        customerProfile: { name: 'Fabrikam Kiosks', address: { country: 'US' }, team: [] },
        consent: { consentToShareReferralWithMicrosoftSellers: false },
        details: { dealValue: 5000, currency: 'USD' },
      }),
    });
    return { status: response.status, body: (await response.json()) as { id: string } };
  });
  expect(created.status).toBeLessThan(300);

  await refocus(page);
  await expect(page.getByText('1 new referral')).toBeVisible();
  await expect.poll(shown).toContain('New referral: Pilot for Fabrikam Kiosks');
  // Once only: another refresh does not notify again.
  await refocus(page);
  await page.waitForTimeout(500);
  expect((await shown()).filter((s) => s.includes('Fabrikam Kiosks'))).toHaveLength(1);

  await page.getByRole('button', { name: 'Open the inbox' }).click();
  await expect(page).toHaveURL(/\/inbox/);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the inbox fits the width and its actions are reachable', async ({ page, sim }) => {
    await sim.open('/inbox');
    const row = page.getByTestId('inbox-row').first();
    await expect(row).toBeVisible();
    const box = await row.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(360);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(360);
    await expect(row.getByRole('button', { name: /^Accept / })).toBeInViewport();
  });
});

test('at 1440 px all seven board columns are within the viewport', async ({ page, sim }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await sim.open('/pipeline');
  const headers = page.getByTestId('board-column');
  await expect(headers).toHaveCount(7);
  await page.screenshot({ path: 'test-results/board-1440.png' });
  for (const column of await headers.all()) {
    const box = await column.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1440);
    await expect(column.getByRole('heading', { level: 2 })).toBeInViewport();
  }
});
