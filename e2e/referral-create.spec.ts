import type { Page } from '@playwright/test';
import { coSellDeal, fillNewReferral } from './create-helpers';
import { expect, test, type Sim } from './fixtures';

/**
 * "New referral" journeys on the demo backend: a co-sell created from the list shows in the list
 * and on the board; a save hit by faults and retried makes exactly one referral; a server 400
 * lands at its field; "Duplicate as new" makes a second, distinct referral.
 */

type Stored = {
  id: string;
  name?: string | null;
  status: string;
  substatus: string;
  type?: string | null;
  consent?: { consentToShareReferralWithMicrosoftSellers?: boolean | null } | null;
};
const all = async (sim: Sim) => (await sim.all()) as Stored[];
const posts = async (sim: Sim) => (await sim.requests()).filter((r) => r.method === 'POST');

function createButton(page: Page) {
  return page.getByRole('button', { name: 'Create referral' });
}

test('create a co-sell with a solution target: it opens, and shows in the list and on the board', async ({
  page,
  sim,
}) => {
  await sim.open('/referrals');
  await expect(page.getByTestId('list-count')).toHaveText('60 referrals');
  await page.getByRole('link', { name: 'New referral' }).click();
  await expect(page).toHaveURL(/\/referrals\/new$/);
  await fillNewReferral(page, coSellDeal);
  await createButton(page).click();

  await expect(page.getByRole('form', { name: 'Edit referral' })).toBeVisible();
  await expect(page.getByText(`Referral “${coSellDeal.name}” created.`)).toBeVisible();
  const created = (await all(sim)).find((r) => r.name === coSellDeal.name)!;
  expect(created).toMatchObject({ status: 'Active', substatus: 'Accepted' });
  await expect(page).toHaveURL(new RegExp(`/referrals/${created.id}$`));
  const [post] = await posts(sim);
  expect(post?.body).toMatchObject({
    type: 'Shared',
    target: [{ type: 'SolutionProfile', id: 'SOL-34104-EBB' }],
    inviteContext: { assistanceRequestCode: 'ProofOfConceptOrDemo' },
    consent: { consentToShareReferralWithMicrosoftSellers: true },
  });

  // The list and its count show it at once, from the cache (no second list request).
  await page.getByRole('link', { name: '← Back to referrals' }).click();
  await expect(page.getByTestId('list-count')).toHaveText('61 referrals');
  await page.getByRole('searchbox', { name: 'Search referrals' }).fill('fabrikam türkiye');
  await expect(
    page.getByTestId('referral-row').getByRole('link', { name: coSellDeal.name }),
  ).toBeVisible();
  const lists = (await sim.requests()).filter(
    (r) => r.method === 'GET' && new URL(r.url).pathname.endsWith('/engagements/referrals'),
  );
  expect(lists).toHaveLength(1);

  await page.getByRole('link', { name: 'Pipeline' }).click();
  const column = page.getByRole('region', { name: 'Active · Accepted', exact: true });
  await expect(column.locator(`[data-referral-id="${created.id}"]`)).toBeVisible();
});

test('a save hit by a network fault and a lost answer, retried: exactly one referral on the server', async ({
  page,
  sim,
}) => {
  await sim.open('/referrals/new');
  const before = (await all(sim)).length;
  await fillNewReferral(page, { ...coSellDeal, name: 'Retried co-sell' });

  // 1. The request never reaches the server.
  await sim.setFaults({ networkError: 'writes' });
  await createButton(page).click();
  await expect(page.getByText(/^The referral may not have been created\./)).toBeVisible();
  expect((await all(sim)).length).toBe(before);

  // 2. The write lands, but its answer is garbled: the app cannot know it succeeded.
  await sim.setFaults({ networkError: 'none', writeMalformed: true });
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('button', { name: 'Retry' })).toBeEnabled();
  await expect(page.getByRole('textbox', { name: /^Referral name/ })).toHaveValue(
    'Retried co-sell',
  );
  await expect.poll(async () => (await all(sim)).length).toBe(before + 1);

  // 3. Retry again: the server answers with the first result instead of a second referral.
  await sim.setFaults({ writeMalformed: false });
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('form', { name: 'Edit referral' })).toBeVisible();
  const stored = (await all(sim)).filter((r) => r.name === 'Retried co-sell');
  expect(stored).toHaveLength(1);
  expect((await all(sim)).length).toBe(before + 1);
  await expect(page).toHaveURL(new RegExp(`/referrals/${stored[0]!.id}$`));
  const ids = (await posts(sim)).map((p) => p.headers['ms-requestid']);
  expect(ids).toHaveLength(3);
  expect(new Set(ids).size).toBe(1);
});

test('a server 400 shows at its field and loses nothing typed', async ({ page, sim }) => {
  await sim.open('/referrals/new');
  // The simulator refuses the next create once, naming the deal value (as a service rule would).
  await page.evaluate(() => {
    const api = window.__referralDeskSim!.api;
    const create = api.create.bind(api);
    let refused = false;
    api.create = (request) => {
      if (refused) return create(request);
      refused = true;
      return {
        status: 400,
        body: {
          error: {
            code: 'invalidRequest',
            message: 'Deal value exceeds the limit for this program.',
            target: 'details.dealValue',
          },
        },
      };
    };
  });
  const before = (await all(sim)).length;
  await fillNewReferral(page, { ...coSellDeal, name: 'Refused once' });
  await page.getByRole('textbox', { name: 'Notes' }).fill('Typed before the refusal');
  await createButton(page).click();
  const deal = page.getByRole('textbox', { name: /^Deal value/ });
  await expect(deal).toHaveAttribute('aria-invalid', 'true');
  await expect(deal).toHaveAccessibleDescription(
    'The server refused this value: Deal value exceeds the limit for this program.',
  );
  await expect(deal).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(
    'Typed before the refusal',
  );
  await expect(page.getByRole('textbox', { name: /^Referral name/ })).toHaveValue('Refused once');
  expect((await all(sim)).length).toBe(before);

  await deal.fill('150000');
  await createButton(page).click();
  await expect(page.getByRole('form', { name: 'Edit referral' })).toBeVisible();
  expect((await all(sim)).length).toBe(before + 1);
});

test('Duplicate as new prefills customer and deal and creates a second, distinct referral', async ({
  page,
  sim,
}) => {
  await sim.open('/referrals');
  // A private deal: its copy needs nothing the source did not have.
  const source = (await all(sim)).find(
    (r) =>
      r.status === 'Active' &&
      r.type === 'Independent' &&
      r.consent?.consentToShareReferralWithMicrosoftSellers !== true &&
      r.name,
  )!;
  await page.goto(`/referrals/${source.id}`);
  await expect(page.getByRole('form', { name: 'Edit referral' })).toBeVisible();
  const customer = await page.getByRole('textbox', { name: 'Customer name' }).inputValue();
  await page.getByRole('link', { name: 'Duplicate as new' }).click();

  const form = page.getByRole('form', { name: 'New referral' });
  await expect(form.getByRole('textbox', { name: /^Customer name/ })).toHaveValue(customer);
  await expect(form.getByRole('textbox', { name: /^Referral name/ })).toHaveValue(source.name!);
  // The same customer and deal name: the original is flagged, with a link, and may still be created.
  await expect(
    page
      .getByTestId('duplicate-warning')
      .getByRole('link', { name: new RegExp(source.name!.slice(0, 12)) }),
  ).toBeVisible();
  await form.getByRole('textbox', { name: /^Referral name/ }).fill(`${source.name} – phase 2`);
  await expect(form.getByRole('radio', { name: 'Private' })).toBeChecked();
  await createButton(page).click();

  await expect(page.getByRole('form', { name: 'Edit referral' })).toBeVisible();
  const copy = (await all(sim)).find((r) => r.name === `${source.name} – phase 2`)!;
  expect(copy.id).not.toBe(source.id);
  await expect(page).toHaveURL(new RegExp(`/referrals/${copy.id}$`));
  const [post] = await posts(sim);
  for (const key of [
    'id',
    'eTag',
    'status',
    'substatus',
    'createdDateTime',
    'links',
    'engagementId',
  ])
    expect(post?.body).not.toHaveProperty(key);
  expect(await sim.referral(source.id)).toMatchObject({ name: source.name });
});

test.describe('in Turkish, dark, on a 360×740 phone', () => {
  test.use({
    locale: 'tr-TR',
    colorScheme: 'dark',
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
  });

  test('the form is one column, speaks Turkish, names countries in Turkish, and creates', async ({
    page,
    sim,
  }) => {
    await sim.open('/pipeline');
    await page.getByRole('link', { name: 'Yeni yönlendirme' }).click();
    const form = page.getByRole('form', { name: 'Yeni yönlendirme' });
    await expect(form).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await form.getByRole('radio', { name: 'Microsoft ile ortak satış' }).check();
    await expect(form.getByText('Microsoft ile paylaşmak geri alınamaz.')).toBeVisible();
    const country = form.getByRole('combobox', { name: /^Ülke/ });
    await expect(country.locator('option[value="DE"]')).toHaveText('Almanya (DE)');
    const lefts = await page
      .locator('.create-form .edit-section')
      .evaluateAll((sections) => sections.map((s) => Math.round(s.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );

    await form.getByRole('textbox', { name: /^Çözümünüz/ }).fill('SOL-34104-EBB');
    await form
      .getByRole('combobox', { name: /^Microsoft’tan istenen yardım/ })
      .selectOption('QuotesOrLicensing');
    await form
      .getByRole('checkbox', { name: 'Microsoft ile paylaşmanın geri alınamayacağını anlıyorum' })
      .check();
    await form.getByRole('textbox', { name: /^Yönlendirme adı/ }).fill('Işık Yazılım · Azure');
    await form.getByRole('textbox', { name: /^Anlaşma değeri/ }).fill('75000');
    await form.getByLabel(/^Kapanış tarihi/).fill('2027-09-30');
    await form.getByRole('textbox', { name: /^Müşteri adı/ }).fill('Işık Yazılım A.Ş.');
    await country.selectOption('TR');
    await form.getByRole('button', { name: 'Yönlendirme oluştur' }).click();
    await expect(page.getByText('“Işık Yazılım · Azure” yönlendirmesi oluşturuldu.')).toBeVisible();
    expect((await all(sim)).filter((r) => r.name === 'Işık Yazılım · Azure')).toHaveLength(1);
  });
});
