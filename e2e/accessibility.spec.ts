import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, type Sim } from './fixtures';

/**
 * axe on every view in light and dark themes (the theme is System, following the emulated colour
 * scheme): no serious or critical violation. Then one whole journey with the keyboard only.
 */

type Stored = { id: string; name?: string | null; status: string; substatus: string };

async function namedReferral(sim: Sim, status: string, substatus: string): Promise<Stored> {
  const all = (await sim.all()) as Stored[];
  const found = all.find((r) => r.status === status && r.substatus === substatus && r.name);
  if (!found) throw new Error(`the seed has no named ${status}·${substatus} referral`);
  return found;
}

/** axe's serious and critical findings, one readable line per node, so a failure says what to fix. */
async function seriousViolations(page: Page, view: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${view}: [${v.impact}] ${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`,
      ),
    );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: list, edit form, close dialog, conflict view and board in the ${scheme} theme`, async ({
    page,
    sim,
  }) => {
    // Five views and two dialogs through axe: about 35 s alone on a 2-core machine, more under load.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await sim.open('/referrals');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const found: string[] = [];

    await expect(page.getByTestId('referral-row').first()).toBeVisible();
    found.push(...(await seriousViolations(page, 'list')));

    const referral = await namedReferral(sim, 'Active', 'Accepted');
    await page.goto(`/referrals/${referral.id}`);
    await expect(page.getByRole('form', { name: 'Edit referral' })).toBeVisible();
    found.push(...(await seriousViolations(page, 'edit form')));

    await page.getByRole('button', { name: 'Close…' }).click();
    const closeDialog = page.getByRole('dialog', { name: /^Close “/ });
    await expect(closeDialog).toBeVisible();
    // Submitting empty shows the field errors too, so their colours are checked as well.
    await closeDialog.getByRole('radio', { name: 'Won' }).check();
    await closeDialog.getByRole('textbox', { name: /Final deal value/ }).fill('');
    await closeDialog.getByRole('button', { name: 'Close referral' }).click();
    await expect(closeDialog.getByText('Choose a reason.')).toBeVisible();
    found.push(...(await seriousViolations(page, 'close dialog')));
    await closeDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(closeDialog).toBeHidden();

    // A 412 with a field changed on both sides, so the conflict view shows a choice.
    await page.getByRole('textbox', { name: 'Notes' }).fill('Mine: the customer wants a pilot');
    await page.getByRole('textbox', { name: 'Deal value' }).fill('12345');
    await sim.modify(referral.id, { details: { notes: 'Theirs: budget moved to next year' } });
    await page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.getByRole('dialog', { name: 'Someone else changed this referral' });
    await expect(conflict.getByRole('group', { name: 'Notes' })).toBeVisible();
    found.push(...(await seriousViolations(page, 'conflict view')));
    await conflict.getByRole('button', { name: 'Merge and save' }).click();
    await expect(page.getByText('Referral saved.')).toBeVisible();
    found.push(...(await seriousViolations(page, 'edit form with a toast')));

    // A failed save shows its problem callout: part of the form's colours too.
    await sim.setFaults({ writeStatus: 503 });
    await page.getByRole('textbox', { name: 'Deal value' }).fill('23456');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Your changes were not saved.', { exact: false })).toBeVisible();
    found.push(...(await seriousViolations(page, 'edit form with a save problem')));
    await sim.setFaults({ writeStatus: null });

    await page.goto('/pipeline');
    await expect(page.getByTestId('board-card').first()).toBeVisible();
    found.push(...(await seriousViolations(page, 'board')));
    const moveButton = page.getByRole('button', { name: /^Move to…/ }).first();
    await moveButton.click();
    await expect(page.getByRole('menu')).toBeVisible();
    found.push(...(await seriousViolations(page, 'board with the Move to… menu open')));

    expect(found, found.join('\n')).toEqual([]);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: inbox, its shortcuts and Settings in the ${scheme} theme`, async ({ page, sim }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await sim.open('/inbox');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const found: string[] = [];
    await expect(page.getByTestId('inbox-row').first()).toBeVisible();
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    found.push(...(await seriousViolations(page, 'inbox')));
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    found.push(...(await seriousViolations(page, 'inbox shortcuts')));
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(
      page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Done' }),
    ).toBeVisible();
    found.push(...(await seriousViolations(page, 'settings')));
    expect(found, found.join('\n')).toEqual([]);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: insights with a data table and a field error in the ${scheme} theme`, async ({
    page,
    sim,
  }) => {
    // Nine figures of SVG give axe a lot to walk on a busy 2-core machine.
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await sim.open('/insights?period=all');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await expect(page.getByTestId('insights-count')).toBeVisible();
    // The cards below the first row come right after the first screen's frame: axe walks all nine.
    await expect(page.locator('[data-figure]')).toHaveCount(9);
    const found = await seriousViolations(page, 'insights');
    await page.getByRole('button', { name: 'Show table' }).first().click();
    await page.getByText('Edit probabilities').click();
    await page.getByRole('textbox', { name: 'New (%)' }).fill('x');
    await page.getByRole('button', { name: 'Save probabilities' }).click();
    await expect(page.getByText('Enter a whole or decimal number from 0 to 100.')).toBeVisible();
    found.push(...(await seriousViolations(page, 'insights with a table and a field error')));
    expect(found, found.join('\n')).toEqual([]);
  });
}

/**
 * Press Tab (or Shift+Tab) until `target` has the focus. Only the keyboard moves the focus; the
 * check reads document.activeElement. Fails when the element is not reachable within `max` presses.
 */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) break;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

test('keyboard only: find a referral, edit and save it, move it on the board, close it with a reason', async ({
  page,
  sim,
}) => {
  await sim.open('/referrals');
  const referral = await namedReferral(sim, 'New', 'Pending');
  const name = referral.name ?? '';
  // Track any pointer input: the journey must not need it.
  await page.evaluate(() => {
    const w = window as unknown as { __pointerEvents: number };
    w.__pointerEvents = 0;
    for (const type of ['pointerdown', 'mousedown', 'click'])
      document.addEventListener(
        type,
        (event) => {
          // Enter on a button or link fires a click with detail 0; a real mouse click has detail ≥ 1.
          if (event instanceof MouseEvent && event.detail > 0) w.__pointerEvents += 1;
        },
        true,
      );
  });

  // 1. Find it with the search box.
  const search = page.getByRole('searchbox', { name: 'Search referrals' });
  await tabTo(page, search);
  await page.keyboard.type(name);
  const rows = page.getByTestId('referral-row');
  await expect(rows.first()).toContainText(name);

  // 2. Open it from its row.
  const link = rows.first().getByRole('link', { name });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('form', { name: 'Edit referral' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

  // 3. Edit a field and save.
  const notes = page.getByRole('textbox', { name: 'Notes' });
  await tabTo(page, notes);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Called the customer; a demo is booked.');
  const save = page.getByRole('button', { name: 'Save changes' });
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Referral saved.')).toBeVisible();
  expect((await sim.referral(referral.id))?.details).toMatchObject({
    notes: 'Called the customer; a demo is booked.',
  });

  // 4. To the board through the main navigation (backwards from the form).
  const pipeline = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
    name: 'Pipeline',
  });
  await tabTo(page, pipeline, { backwards: true, max: 120 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/pipeline/);

  // 5. Move it with "Move to…": New · Pending → Active · Accepted.
  const boardSearch = page.getByRole('searchbox', { name: 'Search the board' });
  await tabTo(page, boardSearch);
  // As fast as the keyboard goes: the box is controlled by the URL, so no key may be dropped.
  await page.keyboard.type(name);
  await expect(boardSearch).toHaveValue(name);
  const column = (label: string) => page.getByRole('region', { name: label, exact: true });
  const card = (label: string) => column(label).locator(`[data-referral-id="${referral.id}"]`);
  await expect(card('New · Pending')).toBeVisible();
  const moveButton = card('New · Pending').getByRole('button', { name: /^Move to…/ });
  await tabTo(page, moveButton);
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  const active = menu.getByRole('menuitem', { name: 'Active · Accepted' });
  for (let i = 0; i < 5 && !(await active.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('ArrowDown');
  await expect(active).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card('Active · Accepted')).toBeVisible();
  await expect(card('Active · Accepted')).toHaveAttribute('aria-busy', 'false');
  // The focus follows the card to its new column.
  const movedButton = card('Active · Accepted').getByRole('button', { name: /^Move to…/ });
  await expect(movedButton).toBeFocused();
  expect(await sim.referral(referral.id)).toMatchObject({
    status: 'Active',
    substatus: 'Accepted',
  });

  // 6. Close it as Won, with a reason, in the dialog.
  await page.keyboard.press('ArrowDown');
  const won = menu.getByRole('menuitem', { name: 'Closed · Won' });
  for (let i = 0; i < 5 && !(await won.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('ArrowDown');
  await expect(won).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Close “${name}”` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Won' })).toBeChecked();
  const reason = dialog.getByRole('combobox', { name: 'Reason' });
  await tabTo(page, reason, { max: 10 });
  await page.keyboard.press('ArrowDown');
  await expect(reason).not.toHaveValue('');
  const details = dialog.getByRole('textbox', { name: 'Details' });
  await tabTo(page, details, { max: 5 });
  await page.keyboard.type('Signed after the demo');
  const dealValue = dialog.getByRole('textbox', { name: /Final deal value/ });
  await tabTo(page, dealValue, { max: 5 });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('250000');
  const confirm = dialog.getByRole('button', { name: 'Close referral' });
  await tabTo(page, confirm, { max: 5 });
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(card('Closed · Won')).toBeVisible();
  await expect(card('Closed · Won')).toHaveAttribute('aria-busy', 'false');
  // A closed card has no Move to… any more: the focus lands on its title, not on the page body.
  await expect(card('Closed · Won').getByRole('link', { name })).toBeFocused();

  const stored = await sim.referral(referral.id);
  expect(stored).toMatchObject({
    status: 'Closed',
    substatus: 'Won',
    statusReason: expect.stringMatching(/: Signed after the demo$/) as unknown as string,
    details: { dealValue: 250000, notes: 'Called the customer; a demo is booked.' },
  });
  expect(
    await page.evaluate(() => (window as unknown as { __pointerEvents: number }).__pointerEvents),
  ).toBe(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the New referral form (co-sell, errors, duplicate warning, save problem) in the ${scheme} theme`, async ({
    page,
    sim,
  }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await sim.open('/referrals/new');
    const form = page.getByRole('form', { name: 'New referral' });
    await expect(form).toBeVisible();
    const found: string[] = [];
    found.push(...(await seriousViolations(page, 'new referral, empty')));

    await form.getByRole('radio', { name: 'Co-sell with Microsoft' }).check();
    await form.getByRole('button', { name: 'Add a customer contact' }).click();
    await form.getByRole('button', { name: 'Create referral' }).click();
    await expect(
      page.getByText('Please fix the following before creating the referral:'),
    ).toBeVisible();
    found.push(
      ...(await seriousViolations(page, 'new referral with errors and the sharing warning')),
    );

    // A duplicate of an open referral, then a save that fails: the warning and the problem callout.
    const open = (await sim.all()).find(
      (r) => r.status === 'Active' && r.name && r.customerProfile,
    ) as { name: string; customerProfile: { name: string; address?: { country?: string } } };
    await form.getByRole('textbox', { name: /^Referral name/ }).fill(open.name);
    await form.getByRole('textbox', { name: /^Customer name/ }).fill(open.customerProfile.name);
    await form
      .getByRole('combobox', { name: /^Country/ })
      .selectOption(open.customerProfile.address?.country ?? 'US');
    await expect(page.getByTestId('duplicate-warning')).toBeVisible();
    await form.getByRole('radio', { name: 'Private' }).check();
    await form.getByRole('button', { name: 'Remove Contact 1' }).click();
    await form.getByRole('textbox', { name: /^Deal value/ }).fill('1000');
    await form.getByLabel(/^Closing date/).fill('2027-01-31');
    await sim.setFaults({ networkError: 'writes' });
    await form.getByRole('button', { name: 'Create referral' }).click();
    await expect(page.getByText(/^The referral may not have been created\./)).toBeVisible();
    found.push(
      ...(await seriousViolations(page, 'new referral with a duplicate and a save problem')),
    );
    expect(found, found.join('\n')).toEqual([]);
  });
}

test('keyboard only: N opens New referral from the list; a co-sell is filled and created', async ({
  page,
  sim,
}) => {
  await sim.open('/referrals');
  await expect(page.getByTestId('referral-row').first()).toBeVisible();
  await page.evaluate(() => {
    const w = window as unknown as { __pointerEvents: number };
    w.__pointerEvents = 0;
    document.addEventListener(
      'mousedown',
      (event) => {
        if (event.detail > 0) w.__pointerEvents += 1;
      },
      true,
    );
  });
  // N while typing in the search box is a letter, not the shortcut.
  const search = page.getByRole('searchbox', { name: 'Search referrals' });
  await tabTo(page, search);
  await page.keyboard.type('n');
  await expect(page).toHaveURL(/\/referrals(\?.*)?$/);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await page.keyboard.press('n');
  const form = page.getByRole('form', { name: 'New referral' });
  await expect(form).toBeVisible();

  const privateDeal = form.getByRole('radio', { name: 'Private' });
  await tabTo(page, privateDeal);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(form.getByRole('radio', { name: 'Co-sell with Microsoft' })).toBeChecked();
  await tabTo(page, form.getByRole('textbox', { name: /^Your solution/ }));
  await page.keyboard.type('SOL-KEYBOARD-1');
  const help = form.getByRole('combobox', { name: /^Help asked of Microsoft/ });
  await tabTo(page, help);
  await page.keyboard.press('ArrowDown');
  await expect(help).not.toHaveValue('');
  await tabTo(page, form.getByRole('checkbox', { name: /^I understand sharing/ }));
  await page.keyboard.press('Space');
  await tabTo(page, form.getByRole('textbox', { name: /^Referral name/ }));
  await page.keyboard.type('Keyboard co-sell');
  await tabTo(page, form.getByRole('textbox', { name: /^Deal value/ }));
  await page.keyboard.type('42000');
  await tabTo(page, form.getByLabel(/^Closing date/));
  await page.keyboard.type('12312027');
  await expect(form.getByLabel(/^Closing date/)).toHaveValue('2027-12-31');
  await tabTo(page, form.getByRole('textbox', { name: /^Customer name/ }));
  await page.keyboard.type('Keyboard Ltd');
  const country = form.getByRole('combobox', { name: /^Country/ });
  await tabTo(page, country);
  await page.keyboard.press('ArrowDown');
  await expect(country).not.toHaveValue('');
  await tabTo(page, form.getByRole('button', { name: 'Create referral' }), { max: 120 });
  await page.keyboard.press('Enter');

  await expect(page.getByRole('form', { name: 'Edit referral' })).toBeVisible();
  const created = ((await sim.all()) as Stored[]).find((r) => r.name === 'Keyboard co-sell');
  expect(created).toMatchObject({ status: 'Active', substatus: 'Accepted' });
  expect(
    await page.evaluate(() => (window as unknown as { __pointerEvents: number }).__pointerEvents),
  ).toBe(0);
});
