import { test, expect, type Sim } from './fixtures';
import type { Page } from '@playwright/test';

type StoredReferral = {
  id: string;
  name?: string | null;
  status: string;
  substatus: string;
  externalReferenceId?: string | null;
  eTag?: string | null;
  details?: { dealValue?: number | null; notes?: string | null } | null;
};

/** A seeded referral in the given status·substatus (the seed is deterministic, so always the same). */
async function findReferral(sim: Sim, status: string, substatus: string): Promise<StoredReferral> {
  const all = (await sim.all()) as unknown as StoredReferral[];
  const found = all.find((r) => r.status === status && r.substatus === substatus && r.name);
  if (!found) throw new Error(`the seed has no ${status}·${substatus} referral`);
  return found;
}

async function openEditor(page: Page, id: string) {
  await page.goto(`/referrals/${id}`);
  await expect(page.getByRole('form', { name: 'Edit referral' })).toBeVisible();
}

const notes = (page: Page) => page.getByRole('textbox', { name: 'Notes' });
const dealValue = (page: Page) => page.getByRole('textbox', { name: 'Deal value' });
const save = (page: Page) => page.getByRole('button', { name: 'Save changes' });

test('edit deal value and notes, save, reload: the new values are there', async ({ page, sim }) => {
  await sim.open('/referrals');
  const referral = await findReferral(sim, 'Active', 'Accepted');
  await openEditor(page, referral.id);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(referral.name ?? '');

  await dealValue(page).fill('424242');
  await notes(page).fill('Budget approved by the CFO; kick-off on Monday.');
  await expect(page.getByText('You have unsaved changes.')).toBeVisible();
  await save(page).click();
  await expect(page.getByText('Referral saved.')).toBeVisible();
  await expect(page.getByText('No unsaved changes.')).toBeVisible();

  const put = (await sim.requests()).find((r) => r.method === 'PUT');
  expect(put?.headers['if-match']).toBe(referral.eTag);
  expect(put?.body).not.toHaveProperty('links');

  await page.reload();
  await expect(dealValue(page)).toHaveValue('424242');
  await expect(notes(page)).toHaveValue('Budget approved by the CFO; kick-off on Monday.');
  expect((await sim.referral(referral.id))?.details).toMatchObject({
    dealValue: 424242,
    notes: 'Budget approved by the CFO; kick-off on Monday.',
  });
});

test('two tabs on one referral: tab 2 sees the conflict, keeps its edits, merges and saves', async ({
  page,
  context,
  sim,
}) => {
  await sim.open('/referrals');
  const referral = await findReferral(sim, 'Active', 'Accepted');
  await openEditor(page, referral.id);
  // Same browser context: same localStorage, so both tabs talk to one simulator backend.
  const page2 = await context.newPage();
  await openEditor(page2, referral.id);

  await notes(page).fill('Tab one: customer wants a demo');
  await page.getByRole('textbox', { name: 'External reference ID' }).fill('CRM-TAB-1');
  await save(page).click();
  await expect(page.getByText('Referral saved.')).toBeVisible();

  await dealValue(page2).fill('77000');
  await page2.getByRole('textbox', { name: 'Referral name' }).fill('Renamed in tab two');
  await page2.getByRole('textbox', { name: 'External reference ID' }).fill('CRM-TAB-2');
  await save(page2).click();

  const dialog = page2.getByRole('dialog', { name: 'Someone else changed this referral' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Your changes, kept:' })).toContainText(
    'Deal value',
  );
  await expect(dialog.getByRole('list', { name: 'Your changes, kept:' })).toContainText(
    'Referral name',
  );
  await expect(dialog.getByRole('list', { name: 'Changed by someone else, taken:' })).toContainText(
    'Notes',
  );
  const external = dialog.getByRole('group', { name: 'External reference ID' });
  await expect(external.getByRole('radio', { name: /Yours.*CRM-TAB-2/ })).toBeChecked();
  // Tab 2's edits are still in its form behind the dialog.
  await expect(dealValue(page2)).toHaveValue('77000');

  await external.getByRole('radio', { name: /Theirs.*CRM-TAB-1/ }).check();
  await dialog.getByRole('button', { name: 'Merge and save' }).click();
  await expect(page2.getByText('Referral saved.')).toBeVisible();
  await expect(notes(page2)).toHaveValue('Tab one: customer wants a demo');
  await expect(dealValue(page2)).toHaveValue('77000');

  expect(await sim.referral(referral.id)).toMatchObject({
    name: 'Renamed in tab two',
    externalReferenceId: 'CRM-TAB-1',
    details: { dealValue: 77000, notes: 'Tab one: customer wants a demo' },
  });
  await page2.close();
});

test('accept a new referral, close it as Won with a reason; the list shows it Closed · Won', async ({
  page,
  sim,
}) => {
  await sim.open('/referrals');
  const referral = await findReferral(sim, 'New', 'Pending');
  await openEditor(page, referral.id);

  await page.getByRole('button', { name: 'Accept referral' }).click();
  await expect(page.getByText('Referral accepted.')).toBeVisible();
  await expect(page.locator('.edit-header')).toContainText('Active · Accepted');

  await page.getByRole('button', { name: 'Close…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Close “/ });
  await expect(dialog.getByText(/Closing is irreversible/)).toBeVisible();
  await dialog.getByRole('radio', { name: 'Won' }).check();
  await dialog.getByRole('button', { name: 'Close referral' }).click();
  await expect(dialog.getByText('Choose a reason.')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Reason' }).selectOption({ label: 'Relationship' });
  await dialog.getByRole('textbox', { name: 'Details' }).fill('Long-standing account');
  await dialog.getByRole('textbox', { name: /Final deal value/ }).fill('50000');
  await dialog.getByRole('button', { name: 'Close referral' }).click();

  await expect(page.getByText('Referral closed.')).toBeVisible();
  const banner = page.getByRole('region', { name: 'This referral is closed and read-only.' });
  await expect(banner).toContainText('Closed · Won on');
  await expect(banner).toContainText('Reason: Relationship: Long-standing account');
  await expect(page.getByRole('textbox', { name: 'Referral name' })).toBeDisabled();
  expect(await sim.referral(referral.id)).toMatchObject({
    status: 'Closed',
    substatus: 'Won',
    statusReason: 'Relationship: Long-standing account',
    details: { dealValue: 50000 },
  });

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Referrals' })
    .click();
  await page.getByRole('searchbox', { name: 'Search referrals' }).fill(referral.name ?? '');
  const row = page
    .getByTestId('referral-row')
    .filter({ hasText: referral.name ?? '' })
    .first();
  await expect(row).toContainText('Closed · Won');
});

test('unsaved edits: the browser Back button and the nav bar both ask first; Stay keeps the edits', async ({
  page,
  sim,
}) => {
  await sim.open('/referrals');
  const referral = await findReferral(sim, 'Active', 'Accepted');
  // Reach the editor from the list, so Back has a page to go to.
  await page.getByRole('searchbox').fill(referral.name ?? '');
  await page
    .getByRole('link', { name: referral.name ?? '' })
    .first()
    .click();
  await expect(page.getByRole('form', { name: 'Edit referral' })).toBeVisible();
  await notes(page).fill('Typed, not saved yet.');

  const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
  await page.evaluate(() => window.history.back());
  await expect(ask).toBeVisible();
  // The address went back to the editor at once: Stay leaves the user exactly where they were.
  await expect(page).toHaveURL(new RegExp(`/referrals/${referral.id}$`));
  await ask.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(ask).toBeHidden();
  await expect(notes(page)).toHaveValue('Typed, not saved yet.');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Pipeline' })
    .click();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(page).toHaveURL(new RegExp(`/referrals/${referral.id}$`));

  await page.evaluate(() => window.history.back());
  await ask.getByRole('button', { name: 'Leave and lose changes' }).click();
  await expect(page).toHaveURL(/\/referrals(\?.*)?$/);
  await expect(page.getByRole('table')).toBeVisible();
  expect((await sim.requests()).filter((r) => r.method !== 'GET')).toEqual([]);
});

test('a save refused after a merge (closed-frozen) never looks saved: says why, copies the notes, keeps the guard', async ({
  page,
  context,
  sim,
}) => {
  const errors: string[] = [];
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await sim.open('/referrals?demo-faults=closed-frozen');
  const referral = await findReferral(sim, 'Active', 'Accepted');
  await openEditor(page, referral.id);
  page.on('pageerror', (error) => errors.push(error.message));
  const page2 = await context.newPage();
  page2.on('pageerror', (error) => errors.push(error.message));
  await openEditor(page2, referral.id);

  // Tab A types notes; tab B closes the referral as Lost.
  await notes(page).fill('Tab A: call the CFO on Monday');
  await page2.getByRole('button', { name: 'Close…' }).click();
  const close = page2.getByRole('dialog', { name: /^Close “/ });
  await close.getByRole('radio', { name: 'Lost' }).check();
  const reason = close.getByRole('combobox', { name: 'Reason' });
  if (await reason.isVisible()) await reason.selectOption({ index: 1 });
  await close.getByRole('button', { name: 'Close referral' }).click();
  await expect(page2.getByText('Referral closed.')).toBeVisible();

  await save(page).click();
  const dialog = page.getByRole('dialog', { name: 'Someone else changed this referral' });
  await expect(dialog.getByRole('list', { name: 'Changed by someone else, taken:' })).toContainText(
    'Status: Active · Accepted → Closed · Lost',
  );
  await expect(dialog.getByRole('list', { name: 'Your changes, kept:' })).toContainText('Notes:');
  await dialog.getByRole('button', { name: 'Merge and save' }).click();

  const refused = page.getByTestId('save-refused');
  await expect(refused).toContainText('Your changes were not saved.');
  await expect(refused).toContainText('cannot be changed');
  await expect(refused.getByRole('list', { name: 'Not saved:' })).toContainText(
    'Notes: Tab A: call the CFO on Monday',
  );
  await expect(page.getByText('Referral saved.')).toBeHidden();
  expect((await sim.referral(referral.id))?.details).not.toMatchObject({
    notes: 'Tab A: call the CFO on Monday',
  });

  await refused.getByRole('button', { name: 'Copy my changes' }).click();
  await expect(refused.getByText(/Your changes are copied/)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    'Notes: Tab A: call the CFO on Monday',
  );

  await page.getByRole('link', { name: /Back to referrals/ }).click();
  await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible();
  expect(errors).toEqual([]);
  await page2.close();
});

test('demo: closing the first tab and working on in another raises no unhandled error', async ({
  page,
  context,
  sim,
}) => {
  // Unhandled rejections in any tab and any page load, beside what Playwright reports as page errors.
  const errors: string[] = [];
  await context.exposeFunction('reportRejection', (text: string) => errors.push(text));
  await context.addInitScript(() => {
    window.addEventListener('unhandledrejection', (event) => {
      const report = (window as unknown as { reportRejection?: (text: string) => void })
        .reportRejection;
      report?.(`unhandled rejection: ${String(event.reason)}`);
    });
  });
  await sim.open('/referrals');
  const referral = await findReferral(sim, 'Active', 'Accepted');
  const page2 = await context.newPage();
  page.on('pageerror', (error) => errors.push(`tab 1: ${error.message}`));
  page2.on('pageerror', (error) => errors.push(`tab 2: ${error.message}`));
  await page2.goto('/pipeline');
  await expect(page2.getByRole('heading', { name: 'Pipeline' })).toBeVisible();
  await page.close({ runBeforeUnload: true });

  // Working on in tab 2: a reload (a new start of the demo backend), the board, an edit and a save.
  await page2.reload();
  await expect(page2.getByRole('heading', { name: 'Pipeline' })).toBeVisible();
  await page2.goto(`/referrals/${referral.id}`);
  await expect(page2.getByRole('form', { name: 'Edit referral' })).toBeVisible();
  await notes(page2).fill('Working on in the second tab');
  await save(page2).click();
  await expect(page2.getByText('Referral saved.')).toBeVisible();
  await page2.reload();
  await expect(notes(page2)).toHaveValue('Working on in the second tab');

  expect(errors).toEqual([]);
  await page2.close();
});
