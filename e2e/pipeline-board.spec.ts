import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * Pipeline board journeys: real pointer drags (the PointerSensor needs a few pixels of movement
 * before it starts, so the mouse moves in small steps), the keyboard path and an illegal drop.
 */

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const cardIn = (where: Locator, id: string) => where.locator(`[data-referral-id="${id}"]`);

async function firstCardId(where: Locator): Promise<string> {
  const id = await where.getByTestId('board-card').first().getAttribute('data-referral-id');
  if (!id) throw new Error('no card in this column');
  return id;
}

/** Press on a card's handle, move past the activation distance, then glide to the target column. */
async function startDrag(page: Page, card: Locator, target: Locator) {
  // Centre the target first: near the board's edge dnd-kit would auto-scroll it away under the pointer.
  await target.evaluate((el) => el.scrollIntoView({ block: 'nearest', inline: 'center' }));
  const handle = card.getByRole('button', { name: /^Drag / });
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('handle or column not visible');
  const x = from.x + from.width / 2;
  const y = from.y + from.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 4, y + 2, { steps: 2 });
  await page.mouse.move(x + 12, y + 6, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(200, to.height / 2), { steps: 25 });
}

const putsOf = async (sim: { requests(): Promise<{ method: string }[]> }) =>
  (await sim.requests()).filter((r) => r.method === 'PUT');

test('a pointer drag New·Pending → Active·Accepted saves once and survives a reload; an illegal drop sends nothing', async ({
  page,
  sim,
}) => {
  await sim.open('/pipeline');
  const pending = column(page, 'New · Pending');
  const active = column(page, 'Active · Accepted');
  await expect(pending.getByTestId('board-card').first()).toBeVisible();
  const id = await firstCardId(pending);
  const before = await sim.referral(id);

  await startDrag(page, cardIn(pending, id), active);
  // While dragging: legal columns are highlighted, the others refuse the card.
  await expect(active).toHaveAttribute('data-drop', 'legal');
  await expect(column(page, 'Closed · Won')).toHaveAttribute('aria-disabled', 'true');
  await expect(column(page, 'Closed · Won')).toContainText('Cannot move here');
  await page.mouse.up();

  const moved = cardIn(active, id);
  await expect(moved).toBeVisible();
  await expect(moved).toHaveAttribute('aria-busy', 'false');
  await expect(column(page, 'Closed · Won')).not.toHaveAttribute('aria-disabled');
  const sent = await putsOf(sim);
  expect(sent).toHaveLength(1);
  expect((await sim.requests()).find((r) => r.method === 'PUT')?.headers['if-match']).toBe(
    before?.eTag,
  );
  expect(await sim.referral(id)).toMatchObject({ status: 'Active', substatus: 'Accepted' });

  // The drop handler and the moved card left their marks for the benchmark.
  const marks = await page.evaluate(() => ({
    drop: performance.getEntriesByName('board-drop').length,
    moved: performance.getEntriesByName('board-moved').length,
  }));
  expect(marks).toEqual({ drop: 1, moved: 1 });

  await page.reload();
  await expect(cardIn(column(page, 'Active · Accepted'), id)).toBeVisible();
  await expect(cardIn(column(page, 'New · Pending'), id)).toHaveCount(0);

  // Illegal: an accepted referral cannot go back to New·Pending. Nothing moves, nothing is sent.
  await startDrag(
    page,
    cardIn(column(page, 'Active · Accepted'), id),
    column(page, 'New · Pending'),
  );
  await expect(column(page, 'New · Pending')).toHaveAttribute('data-drop', 'refused');
  await expect(column(page, 'New · Pending')).toHaveAttribute('aria-disabled', 'true');
  await page.mouse.up();
  await expect(cardIn(column(page, 'Active · Accepted'), id)).toBeVisible();
  await expect(cardIn(column(page, 'New · Pending'), id)).toHaveCount(0);
  expect(await putsOf(sim)).toHaveLength(0);
  expect(await sim.referral(id)).toMatchObject({ status: 'Active', substatus: 'Accepted' });
});

test('keyboard only: the Move to… menu and the keyboard drag both move a card', async ({
  page,
  sim,
}) => {
  await sim.open('/pipeline');
  const pending = column(page, 'New · Pending');
  await expect(pending.getByTestId('board-card').first()).toBeVisible();
  const id = await firstCardId(pending);
  const moveButton = cardIn(pending, id).getByRole('button', { name: /^Move to…/ });

  // Tab from the top of the page to the first card's Move to… button.
  for (let i = 0; i < 40; i += 1) {
    if (await moveButton.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(moveButton).toBeFocused();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: 'New · Received' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Active · Accepted' })).toBeFocused();
  await page.keyboard.press('Enter');

  const moved = cardIn(column(page, 'Active · Accepted'), id);
  await expect(moved).toBeVisible();
  await expect(moved.getByRole('button', { name: /^Move to…/ })).toBeFocused();
  await expect(moved).toHaveAttribute('aria-busy', 'false');
  expect(await sim.referral(id)).toMatchObject({ status: 'Active', substatus: 'Accepted' });

  // dnd-kit's keyboard sensor: Space picks up, → goes to the next legal column, Space drops.
  const received = column(page, 'New · Received');
  const otherId = await firstCardId(received);
  const handle = cardIn(received, otherId).getByRole('button', { name: /^Drag / });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(column(page, 'Closed · Won')).toHaveAttribute('data-drop', 'refused');
  await page.keyboard.press('ArrowRight');
  await expect(column(page, 'Active · Accepted')).toHaveClass(/is-over/);
  await page.keyboard.press('Space');
  await expect(cardIn(column(page, 'Active · Accepted'), otherId)).toBeVisible();
  // The keyboard stays with the card: dnd-kit focuses its handle in the new column.
  await expect(
    cardIn(column(page, 'Active · Accepted'), otherId).getByRole('button', { name: /^Drag / }),
  ).toBeFocused();
  await expect(cardIn(column(page, 'Active · Accepted'), otherId)).toHaveAttribute(
    'aria-busy',
    'false',
  );
  expect(await sim.referral(otherId)).toMatchObject({ status: 'Active', substatus: 'Accepted' });
  expect(await putsOf(sim)).toHaveLength(2);
});

test('a drop on Closed·Lost asks for the reason first, then saves the close', async ({
  page,
  sim,
}) => {
  await sim.open('/pipeline');
  const active = column(page, 'Active · Accepted');
  const lost = column(page, 'Closed · Lost');
  await expect(active.getByTestId('board-card').first()).toBeVisible();
  const id = await firstCardId(active);

  // Cancel first: the card goes back and nothing is sent.
  await startDrag(page, cardIn(active, id), lost);
  await expect(lost).toHaveAttribute('data-drop', 'legal');
  await page.mouse.up();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(cardIn(active, id)).toBeVisible();
  expect(await putsOf(sim)).toHaveLength(0);

  await startDrag(page, cardIn(active, id), lost);
  await page.mouse.up();
  await expect(dialog).toBeVisible();
  // The reason is required: confirming without one keeps the dialog open and sends nothing.
  await dialog.getByRole('button', { name: 'Close referral' }).click();
  await expect(dialog.getByText('Choose a reason.')).toBeVisible();
  expect(await putsOf(sim)).toHaveLength(0);
  await dialog.getByLabel('Reason').selectOption({ label: 'Chose another vendor' });
  await dialog.getByLabel('Details').fill('Went with a local partner');
  await dialog.getByRole('button', { name: 'Close referral' }).click();
  await expect(dialog).toBeHidden();

  const closed = cardIn(lost, id);
  await expect(closed).toBeVisible();
  await expect(closed).toHaveAttribute('aria-busy', 'false');
  // A closed referral is read-only on the board.
  await expect(closed.getByRole('button', { name: /^Move to…/ })).toHaveCount(0);
  expect(await putsOf(sim)).toHaveLength(1);
  expect(await sim.referral(id)).toMatchObject({
    status: 'Closed',
    substatus: 'Lost',
    statusReason: 'Chose another vendor: Went with a local partner',
  });
});
