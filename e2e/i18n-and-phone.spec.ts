import type { CDPSession, Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * For every rep: a Turkish browser gets the app in Turkish (search with dotted and dotless i, tr-TR
 * amounts and dates, a close with a Turkish reason, the header's language and theme remembered),
 * and a 360×740 touch phone gets cards, a one-column form and a board moved by long-press.
 */

type Stored = {
  id: string;
  name?: string | null;
  status?: string;
  substatus?: string;
  statusReason?: string | null;
  details?: {
    dealValue?: number | null;
    currency?: string | null;
    closingDateTime?: string | null;
  };
  customerProfile?: {
    name?: string | null;
    team?: { firstName?: string | null; lastName?: string | null; email?: string | null }[];
  };
};

/** The texts the app searches (name, customer, contacts), so expectations come from the data. */
const searchable = (r: Stored) =>
  [
    r.name,
    r.customerProfile?.name,
    ...(r.customerProfile?.team ?? []).flatMap((m) => [m.firstName, m.lastName, m.email]),
  ].join(' ');

/** Spelled out by hand, not with Intl: `₺1.234,56` and `24.11.2026` are what tr-TR must show. */
function trAmount(value: number, symbol: string): string {
  const [whole = '', cents = ''] = value.toFixed(2).split('.');
  return `${symbol}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cents}`;
}
const trDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

const rowNames = (page: Page) =>
  page.getByTestId('referral-row').getByRole('link').allTextContents();

test.describe('in Turkish', () => {
  test.use({ locale: 'tr-TR' });

  test('search with İ/ı, tr-TR amounts and dates, a close with a Turkish reason; language and theme switch and stay', async ({
    page,
    sim,
  }) => {
    await sim.open('/referrals');
    // The browser says Turkish, so the app does, before anyone touches the switch.
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
    await expect(page.getByRole('heading', { level: 1, name: 'Yönlendirmeler' })).toBeVisible();
    await expect(page.getByTestId('list-count')).toHaveText('60 yönlendirme');
    const all = (await sim.all()) as Stored[];

    const search = page.getByRole('searchbox', { name: 'Yönlendirmelerde ara' });
    const count = page.getByTestId('list-count');
    const cases: [string, RegExp][] = [
      // Dotted: a lower-case i finds İ, an upper-case İ finds i (in e-mail addresses).
      ['istanbul', /İstanbul|istanbul/],
      ['İSTANBUL', /İstanbul|istanbul/],
      // Dotless: an ASCII I and a Turkish ı both find "Işık" (and "isik" in addresses).
      ['ISIK', /Işık|isik/],
      ['ışık', /Işık|isik/],
      ['IŞIL', /Işıl|isil/],
    ];
    for (const [typed, spelling] of cases) {
      const expected = all.filter((r) => spelling.test(searchable(r)));
      expect(expected.length, typed).toBeGreaterThan(0);
      await search.fill(typed);
      await expect(count).toHaveText(`${expected.length} yönlendirme`);
      expect((await rowNames(page)).sort()).toEqual(expected.map((r) => r.name ?? '').sort());
    }

    // Amounts and dates in tr-TR, on a row and on its card on the board.
    const pending = all.find(
      (r) => r.status === 'New' && /İstanbul/.test(r.name ?? '') && r.details?.currency === 'TRY',
    );
    if (!pending?.details?.dealValue || !pending.details.closingDateTime)
      throw new Error('the seed has no New İstanbul referral in TRY');
    const amount = trAmount(pending.details.dealValue, '₺');
    const closing = trDate(pending.details.closingDateTime);
    await search.fill('istanbul');
    const row = page.getByTestId('referral-row').filter({ hasText: pending.name ?? '' });
    await expect(row.locator('.cell-money')).toHaveText(amount);
    await expect(row.locator('.cell-closing')).toHaveText(closing);
    await expect(row.locator('.cell-expiry')).toContainText(/gün sonra sona eriyor|saat sonra/);

    await page.getByRole('link', { name: 'Satış hattı' }).click();
    const card = page.locator(`[data-testid="board-card"][data-referral-id="${pending.id}"]`);
    await expect(card).toContainText(`Anlaşma değeri${amount}`);
    await expect(card).toContainText(`Kapanış tarihi${closing}`);

    // Close an accepted referral as lost, with a preset reason and Turkish words of our own.
    const active = all.find((r) => r.status === 'Active' && /İstanbul/.test(r.name ?? ''));
    if (!active) throw new Error('the seed has no accepted İstanbul referral');
    await page.goto(`/referrals/${active.id}`);
    await page.getByRole('button', { name: 'Kapat…' }).click();
    const dialog = page.getByRole('dialog', { name: `“${active.name}” yönlendirmesini kapat` });
    await expect(dialog).toContainText('Kapatma geri alınamaz');
    await dialog.getByRole('button', { name: 'Yönlendirmeyi kapat' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Bir gerekçe seçin.');
    await dialog.getByRole('radio', { name: 'Kaybedildi' }).check();
    await dialog
      .getByRole('combobox', { name: 'Gerekçe' })
      .selectOption({ label: 'Başka bir tedarikçi seçildi' });
    await dialog.getByRole('textbox', { name: 'Ayrıntılar' }).fill('İzmir’deki rakip daha ucuzdu');
    await dialog.getByRole('button', { name: 'Yönlendirmeyi kapat' }).click();

    await expect(page.getByText('Yönlendirme kapatıldı.')).toBeVisible();
    const banner = page.getByRole('region', { name: 'Bu yönlendirme kapalı ve salt okunur.' });
    await expect(banner).toContainText(
      'Gerekçe: Başka bir tedarikçi seçildi: İzmir’deki rakip daha ucuzdu',
    );
    // "24.11.2026 tarihinde Kapalı · Kaybedildi." in some form: a tr-TR date, then the stage.
    await expect(banner).toContainText(
      /\d{1,2} \p{L}+ \d{4} \d{2}:\d{2} tarihinde Kapalı · Kaybedildi\./u,
    );
    expect(await sim.referral(active.id)).toMatchObject({
      status: 'Closed',
      substatus: 'Lost',
      statusReason: 'Başka bir tedarikçi seçildi: İzmir’deki rakip daha ucuzdu',
    });

    // The header switches language and theme; both survive a reload.
    await page.getByRole('combobox', { name: 'Dil' }).selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(banner).toHaveCount(0);
    await expect(
      page.getByRole('region', { name: 'This referral is closed and read-only.' }),
    ).toBeVisible();
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.getByRole('link', { name: 'Pipeline' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  });
});

/** Touches through the DevTools protocol: dnd-kit's TouchSensor listens to real touch events. */
function touchscreen(cdp: CDPSession) {
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
    });
  return {
    start: (x: number, y: number) => send('touchStart', x, y),
    end: (x: number, y: number) => send('touchEnd', x, y),
    /** A finger moving in small steps, as a person's does. */
    async move(page: Page, from: Point, to: Point, steps = 12) {
      for (let i = 1; i <= steps; i++) {
        await send(
          'touchMove',
          from.x + ((to.x - from.x) * i) / steps,
          from.y + ((to.y - from.y) * i) / steps,
        );
        await page.waitForTimeout(20);
      }
    },
  };
}

type Point = { x: number; y: number };

async function centre(locator: Locator): Promise<Point> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Is some column's left edge at the board's left edge (the board snapped to a column)? */
const snappedColumn = (board: Locator) =>
  board.evaluate((el) => {
    const left = el.getBoundingClientRect().left;
    const columns = [...el.querySelectorAll<HTMLElement>('[data-testid="board-column"]')];
    const column = columns.find((c) => Math.abs(c.getBoundingClientRect().left - left) <= 2);
    return column?.dataset.stage ?? null;
  });

test.describe('on a 360×740 touch phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('cards, a one-column form, then a long-press move on the board and a sideways swipe', async ({
    page,
    sim,
  }) => {
    await sim.open('/referrals');
    // The list is cards: no column headers, every fact readable without clipping, no sideways page.
    const firstCard = page.getByTestId('referral-row').first();
    await expect(firstCard).toBeVisible();
    await expect(page.getByRole('columnheader').first()).toBeHidden();
    const clipped = await page.getByTestId('referral-row').evaluateAll((rows) =>
      rows.flatMap((row) =>
        [...row.querySelectorAll('td')]
          .filter((td) => !td.matches('.cell-name, .cell-customer'))
          .filter((td) => td.scrollWidth > td.clientWidth + 1)
          .map((td) => `${td.className}: ${td.textContent ?? ''}`),
      ),
    );
    expect(clipped).toEqual([]);
    const cardBox = await firstCard.boundingBox();
    expect(cardBox?.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );

    // The edit form is one column: every section starts at the same x.
    await firstCard.getByRole('link').click();
    const form = page.getByRole('form', { name: 'Edit referral' });
    await expect(form).toBeVisible();
    const lefts = await page
      .locator('.edit-section')
      .evaluateAll((sections) => sections.map((s) => Math.round(s.getBoundingClientRect().left)));
    expect(lefts.length).toBeGreaterThan(2);
    expect(new Set(lefts).size).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );

    // The board: one column per screen. Long-press the handle, carry the card to the right edge
    // until the next column slides in, drop it there.
    await page.getByRole('link', { name: 'Pipeline' }).click();
    const pending = page.getByRole('region', { name: 'New · Pending', exact: true });
    const received = page.getByRole('region', { name: 'New · Received', exact: true });
    const board = page.locator('.board-columns');
    const card = pending.getByTestId('board-card').first();
    await expect(card).toBeVisible();
    const id = await card.getAttribute('data-referral-id');
    if (!id) throw new Error('no card in New · Pending');

    // The header, scopes and saved views stand above the columns on a phone: bring them up first.
    await board.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const finger = touchscreen(await page.context().newCDPSession(page));
    const handle = await centre(card.getByRole('button', { name: /^Drag / }));
    await finger.start(handle.x, handle.y);
    await page.waitForTimeout(400); // past the 250 ms long-press
    const edge = { x: 350, y: handle.y + 40 };
    await finger.move(page, handle, edge);
    await expect(received).toHaveAttribute('data-drop', 'legal');
    // Resting at the edge scrolls the board; stop once the next column is under the middle.
    for (let i = 0; i < 100; i++) {
      const box = await received.boundingBox();
      if (box && box.x < 120) break;
      await page.waitForTimeout(30);
    }
    const middle = { x: 180, y: edge.y };
    await finger.move(page, edge, middle, 6);
    await expect(received).toHaveClass(/is-over/);
    await finger.end(middle.x, middle.y);

    await expect(received.locator(`[data-referral-id="${id}"]`)).toBeVisible();
    await expect(received.locator(`[data-referral-id="${id}"]`)).toHaveAttribute(
      'aria-busy',
      'false',
    );
    expect(await sim.referral(id)).toMatchObject({ status: 'New', substatus: 'Received' });
    const puts = async () => (await sim.requests()).filter((r) => r.method === 'PUT').length;
    expect(await puts()).toBe(1);
    // On drop the board snaps back to a column.
    await expect.poll(() => snappedColumn(board)).not.toBeNull();

    // A swipe on a card (not its handle) scrolls the board by a column and moves nothing.
    const before = await board.evaluate((el) => el.scrollLeft);
    const startColumn = await snappedColumn(board);
    const body = await centre(
      page
        .locator(`[data-testid="board-column"][data-stage="${startColumn}"]`)
        .getByTestId('board-card')
        .first()
        .getByRole('heading'),
    );
    await finger.start(300, body.y);
    await finger.move(page, { x: 300, y: body.y }, { x: 60, y: body.y }, 20);
    await finger.end(60, body.y);
    await expect.poll(() => board.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before + 100);
    // It settles with the next column at the left edge.
    await expect
      .poll(async () => {
        const column = await snappedColumn(board);
        return column !== null && column !== startColumn;
      })
      .toBe(true);
    expect(await puts()).toBe(1);
  });
});
