import type { Page } from '@playwright/test';
import { test, expect, type Sim } from './fixtures';

/**
 * Hostile data stays inert in every view, and the production build runs under its
 * Content-Security-Policy without a single violation.
 *
 * The payload test runs with the CSP bypassed: the defence under test is the app's own rendering
 * (text, never markup), so an injected `onerror` would really run and set `window.__xss`. The CSP
 * test then walks the same views with the policy on and counts `securitypolicyviolation` events.
 */

const IMG = '<img src=x onerror=window.__xss=1>';
const SCRIPT = '<script>window.__xss=1</script>';
const JS_URL = 'javascript:alert(1)';
/** A name that is easy to search for and carries both markup payloads. */
const NAME = `XSS-PROBE ${IMG} ${SCRIPT}`;

/** Every text field the app renders, from names to chips, holds a payload. */
const HOSTILE = {
  name: NAME,
  externalReferenceId: JS_URL,
  statusReason: `${SCRIPT} reason`,
  customerProfile: {
    name: `${IMG} Customer`,
    address: { addressLine1: IMG, city: SCRIPT, country: 'US' },
    team: [
      {
        firstName: IMG,
        lastName: SCRIPT,
        email: `${JS_URL}//@example.com`,
        phoneNumber: JS_URL,
      },
    ],
  },
  details: {
    notes: `${IMG} notes ${SCRIPT}`,
    requirements: {
      industries: [{ id: IMG }],
      products: [{ id: SCRIPT }],
      services: [{ id: JS_URL }],
      solutions: [{ id: 'xss-solution', name: IMG }],
    },
  },
  inviteContext: {
    notes: `${SCRIPT} invite ${IMG}`,
    invitedBy: { organizationId: 'org-xss', organizationName: `${IMG} Partner` },
  },
  team: [{ firstName: SCRIPT, lastName: IMG, email: 'rep@example.com' }],
};

type Stored = { id: string; name?: string | null; status: string; substatus: string };

/** Watches for everything an executed payload would leave behind. */
function watch(page: Page) {
  const seen = {
    dialogs: [] as string[],
    consoleErrors: [] as string[],
    pageErrors: [] as string[],
  };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => seen.pageErrors.push(error.message));
  return seen;
}

async function installProbes(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__csp.push(
        `${event.effectiveDirective} blocked ${event.blockedURI} ${event.sample} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
}

/** Nothing ran, nothing was injected, no link points at `javascript:`. */
async function expectInert(page: Page, view: string) {
  const found = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    injected: document.querySelectorAll('img[src="x"], body script:not([src]), [onerror]').length,
    scriptLinks: [...document.querySelectorAll('a[href], area[href]')]
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => /^\s*javascript:/i.test(href)),
  }));
  expect(found, view).toEqual({ xss: undefined, injected: 0, scriptLinks: [] });
}

/** Writes the payloads into a seeded referral, then opens the list afresh (it may have loaded before). */
async function hostileReferral(page: Page, sim: Sim): Promise<Stored> {
  const all = (await sim.all()) as Stored[];
  const target = all.find((r) => r.status === 'Active' && r.substatus === 'Accepted');
  if (!target) throw new Error('the seed has no Active·Accepted referral');
  await sim.modify(target.id, HOSTILE);
  // Without demo-size the simulator keeps its stored state, payloads included.
  await page.goto('/referrals');
  return target;
}

test.describe('hostile referral data', () => {
  test.use({ bypassCSP: true });

  test('script and HTML payloads show as text in the list, board, edit form, close dialog and conflict view', async ({
    page,
    sim,
  }) => {
    const seen = watch(page);
    await sim.open('/referrals');
    const { id } = await hostileReferral(page, sim);

    // The list: name and customer as text.
    await page.getByRole('searchbox', { name: 'Search referrals' }).fill('XSS-PROBE');
    const row = page.getByTestId('referral-row').first();
    await expect(row.getByRole('link', { name: NAME })).toBeVisible();
    await expect(row).toContainText(`${IMG} Customer`);
    await expectInert(page, 'list');

    // The board.
    await page.goto('/pipeline');
    await page.getByRole('searchbox', { name: 'Search the board' }).fill('XSS-PROBE');
    const card = page.locator(`[data-referral-id="${id}"]`);
    await expect(card.getByRole('link', { name: NAME })).toBeVisible();
    await expect(card).toContainText(`${IMG} Customer`);
    await card.getByRole('button', { name: /^Move to…/ }).click();
    await expect(page.getByRole('menu', { name: `Move ${NAME} to` })).toBeVisible();
    await page.keyboard.press('Escape');
    await expectInert(page, 'board');

    // The edit form: the heading, the fields, the chips and Partner Center's read-only facts.
    await page.goto(`/referrals/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME);
    await expect(page.getByRole('textbox', { name: 'Referral name' })).toHaveValue(NAME);
    await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(
      `${IMG} notes ${SCRIPT}`,
    );
    await expect(page.getByRole('textbox', { name: 'Status reason' })).toHaveValue(
      `${SCRIPT} reason`,
    );
    const main = page.getByRole('main');
    for (const text of [`${SCRIPT} invite ${IMG}`, `${IMG} Partner`, IMG, SCRIPT, JS_URL])
      await expect(main.getByText(text, { exact: true }).first()).toBeVisible();
    await expectInert(page, 'edit form');

    // The close dialog: its title names the referral.
    await page.getByRole('button', { name: 'Close…' }).click();
    const dialog = page.getByRole('dialog', { name: `Close “${NAME}”` });
    await expect(dialog).toBeVisible();
    await expectInert(page, 'close dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // The conflict view: someone else writes payloads into the fields the user changed too.
    await page.getByRole('textbox', { name: 'Notes' }).fill('Mine');
    await page.getByRole('textbox', { name: 'External reference ID' }).fill('CRM-1');
    await sim.modify(id, {
      externalReferenceId: `${JS_URL} ${IMG}`,
      details: { notes: `${SCRIPT}${IMG} theirs` },
    });
    await page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.getByRole('dialog', { name: 'Someone else changed this referral' });
    await expect(conflict.getByRole('group', { name: 'Notes' })).toContainText(
      `${SCRIPT}${IMG} theirs`,
    );
    await expect(conflict.getByRole('group', { name: 'External reference ID' })).toContainText(
      `${JS_URL} ${IMG}`,
    );
    await expectInert(page, 'conflict view');
    await conflict
      .getByRole('radio', { name: /Theirs/ })
      .first()
      .check();
    await conflict.getByRole('button', { name: 'Merge and save' }).click();
    await expect(page.getByText('Referral saved.')).toBeVisible();
    await expectInert(page, 'after the merge');

    // The browser logs the 412 this test provoked on purpose; nothing else may reach the console.
    const isProvoked412 = (text: string) =>
      /^Failed to load resource: the server responded with a status of 412\b/.test(text);
    expect(seen.consoleErrors.filter(isProvoked412)).toHaveLength(1);
    seen.consoleErrors = seen.consoleErrors.filter((text) => !isProvoked412(text));
    expect(seen).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [] });
  });
});

test('the production build carries a strict CSP and runs under it without a violation', async ({
  page,
  sim,
}) => {
  const seen = watch(page);
  await installProbes(page);
  await sim.open('/referrals');

  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);

  // The journey: every view with hostile data in it, the dialogs, a drag and a save.
  const { id } = await hostileReferral(page, sim);
  await page.getByRole('searchbox', { name: 'Search referrals' }).fill('XSS-PROBE');
  await expect(page.getByTestId('referral-row').first()).toContainText('XSS-PROBE');
  // Seen since the second wave's merge: now and then the first click on the fresh row does not
  // open it (the row is re-rendering as the list refreshes); a second click does. Cause not found yet.
  await expect(async () => {
    await page.getByTestId('referral-row').first().getByRole('link').click();
    await expect(page.getByRole('form', { name: 'Edit referral' })).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole('textbox', { name: 'Notes' }).fill('Saved under the CSP');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Referral saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Close…' }).click();
  await expect(page.getByRole('dialog', { name: /^Close “/ })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Pipeline' })
    .click();
  const pending = page.getByRole('region', { name: 'New · Pending', exact: true });
  const active = page.getByRole('region', { name: 'Active · Accepted', exact: true });
  const card = pending.getByTestId('board-card').first();
  await expect(card).toBeVisible();
  const cardId = await card.getAttribute('data-referral-id');
  // A real pointer drag: dnd-kit's overlay and live region are styled under the policy too.
  const handle = await card.getByRole('button', { name: /^Drag / }).boundingBox();
  const to = await active.boundingBox();
  if (!handle || !to) throw new Error('no handle or column');
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + 12, handle.y + 8, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + 200, { steps: 20 });
  await page.mouse.up();
  await expect(active.locator(`[data-referral-id="${cardId}"]`)).toHaveAttribute(
    'aria-busy',
    'false',
  );
  await page.getByRole('searchbox', { name: 'Search the board' }).fill('XSS-PROBE');
  await expect(page.locator(`[data-referral-id="${id}"]`)).toBeVisible();

  // Theme and language switches restyle the whole page.
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('tr');
  await expect(page.getByRole('navigation', { name: 'Ana' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Ana' })
    .getByRole('link', { name: 'Yönlendirmeler' })
    .click();
  await expect(page.getByTestId('referral-row').first()).toBeVisible();

  const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  expect(violations).toEqual([]);
  await expectInert(page, 'CSP journey');
  expect(seen).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [] });
});
