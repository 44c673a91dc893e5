import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * Bulk actions on the list: the rep declines five referrals at once while a colleague (tab B, same
 * demo store) moved one of them on the board, and one of the five is already Active.
 */

type Row = { id: string; name: string; stage: string };

/** The rows the table has rendered, top first (it is virtualized). */
async function renderedRows(page: Page): Promise<Row[]> {
  return page.getByTestId('referral-row').evaluateAll((rows) =>
    rows.map((row) => {
      const link = row.querySelector<HTMLAnchorElement>('.cell-name a');
      return {
        id: decodeURIComponent(link?.getAttribute('href')?.split('/').pop() ?? ''),
        name: link?.textContent ?? '',
        stage: row.querySelector('.cell-stage .stage-badge')?.textContent ?? '',
      };
    }),
  );
}

test('bulk decline of 5: one changed meanwhile in another tab, one already Active → 3 saved, 1 conflict, 1 skipped, and the store holds exactly that', async ({
  page,
  context,
  sim,
}) => {
  await sim.open('/referrals?stage=new-pending&stage=active-accepted');
  await expect(page.getByTestId('referral-row').first()).toBeVisible();
  const rows = await renderedRows(page);
  const pending = rows.filter((r) => r.stage === 'New · Pending').slice(0, 4);
  const active = rows.find((r) => r.stage === 'Active · Accepted');
  expect(pending).toHaveLength(4);
  if (!active) throw new Error('no Active · Accepted row rendered');
  const [changed, ...untouched] = pending as [Row, ...Row[]];

  // Tab B, same profile and store: a colleague accepts one of them on the board.
  const pageB = await context.newPage();
  await pageB.goto('/pipeline');
  const card = pageB
    .getByRole('region', { name: 'New · Pending', exact: true })
    .locator(`[data-referral-id="${changed.id}"]`);
  await card.getByRole('button', { name: /^Move to…/ }).click();
  await pageB.getByRole('menu').getByRole('menuitem', { name: 'Active · Accepted' }).click();
  await expect(
    pageB
      .getByRole('region', { name: 'Active · Accepted', exact: true })
      .locator(`[data-referral-id="${changed.id}"]`),
  ).toHaveAttribute('aria-busy', 'false');
  expect(await sim.referral(changed.id)).toMatchObject({ substatus: 'Accepted' });
  const changedETag = (await sim.referral(changed.id))?.eTag;

  // Tab A still shows it as New · Pending: select the five and decline them with one reason.
  await page.bringToFront();
  for (const row of [...pending, active])
    await page.getByRole('checkbox', { name: `Select ${row.name}`, exact: true }).check();
  const toolbar = page.getByRole('toolbar', { name: 'Bulk actions' });
  await expect(toolbar.getByText('5 selected')).toBeVisible();
  await toolbar.getByRole('button', { name: 'Decline…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Decline 5 referrals' });
  await expect(dialog.getByText('Close 5 referrals? Closes cannot be undone.')).toBeVisible();
  await dialog.getByLabel('Reason').selectOption({ label: 'Timeline too short' });
  await dialog.getByRole('button', { name: 'Close 5 referrals' }).click();

  const result = page.getByRole('region', { name: 'Result' });
  await expect(result.getByRole('status')).toHaveText('3 saved, 1 conflicts, 1 skipped, 0 failed');
  const item = (name: string) => result.getByRole('listitem').filter({ hasText: name });
  await expect(item(changed.name)).toContainText('Conflict: changed by someone else (Status)');
  await expect(item(active.name)).toContainText('Skipped: not possible from its saved status');
  for (const row of untouched) await expect(item(row.name)).toContainText('Saved');

  // The store (shared by both tabs) holds exactly that.
  for (const row of untouched)
    expect(await sim.referral(row.id)).toMatchObject({
      status: 'Closed',
      substatus: 'Declined',
      statusReason: 'Timeline too short',
    });
  expect(await sim.referral(changed.id)).toMatchObject({
    status: 'Active',
    substatus: 'Accepted',
    eTag: changedETag,
  });
  expect(await sim.referral(active.id)).toMatchObject({ status: 'Active', substatus: 'Accepted' });
  const puts = (await sim.requests()).filter((r) => r.method === 'PUT');
  // Tab A's simulator log: the three saves and the refused one; never the skipped one.
  expect(puts.map((p) => decodeURIComponent(p.url.split('/').pop() ?? '')).sort()).toEqual(
    [...pending.map((r) => r.id)].sort(),
  );

  // "Open" on the conflict leads to the referral, now showing its latest state.
  await item(changed.name)
    .getByRole('link', { name: `Open ${changed.name}` })
    .click();
  await expect(page).toHaveURL(new RegExp(`/referrals/${encodeURIComponent(changed.id)}$`));
});
