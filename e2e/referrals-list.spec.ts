import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

type SimReferral = {
  id: string;
  name?: string | null;
  status: string;
  substatus: string;
  customerProfile?: { name?: string | null } | null;
  details?: { dealValue?: number | null; currency?: string | null } | null;
};

const STAGE_LABELS: Record<string, string> = {
  'New/Pending': 'New · Pending',
  'New/Received': 'New · Received',
  'Active/Accepted': 'Active · Accepted',
  'Closed/Won': 'Closed · Won',
  'Closed/Lost': 'Closed · Lost',
  'Closed/Declined': 'Closed · Declined',
};

const rows = (page: Page) => page.getByTestId('referral-row');
const rowNames = (page: Page) => rows(page).getByRole('link').allTextContents();

async function chooseStage(page: Page, label: string) {
  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByRole('button', { name: /^Stage/ }).click();
  await filters.getByRole('checkbox', { name: label }).check();
  await page.keyboard.press('Escape');
  await expect(filters.getByRole('checkbox', { name: label })).toBeHidden();
}

/** A customer (ASCII name, so the oracle is a plain substring) with at least two deals in one stage. */
function pickCustomerAndStage(all: SimReferral[]) {
  const groups = new Map<string, SimReferral[]>();
  for (const r of all) {
    const customer = r.customerProfile?.name ?? '';
    const stage = `${r.status}/${r.substatus}`;
    if (!/^[\x20-\x7e]+$/.test(customer) || !STAGE_LABELS[stage]) continue;
    const key = `${customer}|${stage}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const [key, group] = [...groups.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
  const [customer, stage] = key.split('|') as [string, string];
  return { customer, stageLabel: STAGE_LABELS[stage]!, group };
}

async function expectCount(page: Page, count: number) {
  await expect(page.getByTestId('list-count')).toHaveText(
    `${count} referral${count === 1 ? '' : 's'}`,
  );
}

async function expectAllRowsContain(list: Locator, text: string) {
  for (const row of await list.all()) await expect(row).toContainText(text);
}

test('search, filter by stage, sort by deal value, open a referral and come Back to the same view', async ({
  page,
  sim,
}) => {
  await sim.open('/referrals');
  await expect(page.getByRole('heading', { name: 'Referrals', level: 1 })).toBeVisible();
  await expectCount(page, 60);
  await expect(page.getByTestId('list-progress')).toBeHidden();
  await expect(page.getByRole('table', { name: 'Referrals' })).toHaveAttribute(
    'aria-rowcount',
    '61',
  );

  const all = (await sim.all()) as SimReferral[];
  const { customer, stageLabel, group } = pickCustomerAndStage(all);
  const ofCustomer = all.filter(
    (r) => r.customerProfile?.name === customer || (r.name ?? '').includes(customer),
  );

  // Search, lower-cased: the rows follow as the user types.
  const search = page.getByRole('searchbox', { name: 'Search referrals' });
  await search.fill(customer.toLowerCase());
  await expectCount(page, ofCustomer.length);
  await expectAllRowsContain(rows(page), customer);

  // Filter by stage.
  await chooseStage(page, stageLabel);
  await expectCount(page, group.length);
  await expectAllRowsContain(rows(page), stageLabel);
  await expect(page).toHaveURL(/[?&]stage=/);

  // Sort by deal value: biggest first.
  await page.getByRole('button', { name: 'Deal value' }).click();
  await expect(page.getByRole('columnheader', { name: 'Deal value' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const byValue = [...group].sort(
    (a, b) => (b.details?.dealValue ?? -Infinity) - (a.details?.dealValue ?? -Infinity),
  );
  await expect.poll(() => rowNames(page)).toEqual(byValue.map((r) => r.name));
  const listUrl = page.url();
  expect(new URL(listUrl).searchParams.get('q')).toBe(customer.toLowerCase());
  expect(new URL(listUrl).searchParams.get('sort')).toBe('dealValue');

  // Open the top referral from the keyboard: the name is a real link.
  const top = byValue[0]!;
  const link = rows(page)
    .first()
    .getByRole('link', { name: top.name ?? '' });
  await expect(link).toHaveAttribute('href', `/referrals/${top.id}`);
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/referrals/${top.id}$`));

  // Back: the same filtered, sorted view.
  await page.goBack();
  await expect(page).toHaveURL(listUrl);
  await expect(search).toHaveValue(customer.toLowerCase());
  await expect(
    page.getByRole('group', { name: 'Filters' }).getByRole('button', { name: /^Stage/ }),
  ).toContainText('1 selected');
  await expect(page.getByRole('columnheader', { name: 'Deal value' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expectCount(page, group.length);
  await expect.poll(() => rowNames(page)).toEqual(byValue.map((r) => r.name));
});

test('CSV of the filtered view, and a phone shows each referral as a card', async ({
  page,
  sim,
}) => {
  await sim.open('/referrals?stage=closed-won&sort=name');
  const won = ((await sim.all()) as SimReferral[]).filter(
    (r) => r.status === 'Closed' && r.substatus === 'Won',
  );
  await expectCount(page, won.length);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^referrals-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toMatch(/^ID,Name,Customer,City,Country,Status,Substatus,Deal value,Currency,/);
  expect(lines.slice(1, -1)).toHaveLength(won.length);
  for (const line of lines.slice(1, -1)) expect(line).toContain(',Closed,Won,');
  expect(new Set(lines.slice(1, -1).map((line) => line.split(',')[0]))).toEqual(
    new Set(won.map((r) => r.id)),
  );

  // Phone: no table header to sort with, a sort menu instead; rows are cards with labelled dates.
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(page.getByRole('columnheader', { name: 'Deal value' })).toBeHidden();
  await page
    .getByRole('combobox', { name: 'Sort by' })
    .selectOption({ label: 'Deal value, descending' });
  await expect(page).toHaveURL(/sort=dealValue/);
  const card = rows(page).first();
  const box = await card.boundingBox();
  expect(box?.width).toBeGreaterThan(300);
  expect(box?.height).toBeGreaterThan(150);
  await expect(card.getByRole('link')).toBeVisible();
});
