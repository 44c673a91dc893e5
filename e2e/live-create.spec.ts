import { coSellDeal, fillNewReferral } from './create-helpers';
import { apiCalls, expect, test } from './live-fixtures';

/**
 * "New referral" in live mode: the production build creates a co-sell over real HTTP against
 * `npm run sim`. A save that hits a network fault and is retried sends the same MS-RequestId
 * (allowed by CORS), and the server's own store holds exactly one new referral.
 */

test('create a co-sell over HTTP; a retried save makes exactly one referral on the server', async ({
  page,
  liveSim,
}) => {
  const before = (await liveSim.all()).length;
  await page.goto('/referrals');
  await expect(page.getByTestId('list-count')).toHaveText(`${before} referrals`);
  await page.getByRole('link', { name: 'New referral' }).click();
  await fillNewReferral(page, coSellDeal);

  await liveSim.setFaults({ networkError: 'writes' });
  await page.getByRole('button', { name: 'Create referral' }).click();
  await expect(page.getByText(/^The referral may not have been created\./)).toBeVisible();
  expect((await liveSim.all()).length).toBe(before);

  await liveSim.clearFaults();
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('form', { name: 'Edit referral' })).toBeVisible();

  const after = await liveSim.all();
  expect(after.length).toBe(before + 1);
  const created = after.filter((r) => r.name === coSellDeal.name);
  expect(created).toHaveLength(1);
  expect(created[0]).toMatchObject({ status: 'Active', substatus: 'Accepted' });
  await expect(page).toHaveURL(new RegExp(`/referrals/${created[0]!.id}$`));

  const posts = apiCalls(await liveSim.requests(), 'POST');
  expect(posts.length).toBeGreaterThanOrEqual(1);
  const ids = new Set(posts.map((p) => p.headers['ms-requestid']));
  expect(ids.size).toBe(1);
  expect([...ids][0]).toMatch(/^[0-9a-f-]{36}$/);
  const last = posts.at(-1)!;
  // The log keeps the scheme and the role, never the token; the referral it created shows the
  // token was accepted.
  expect(last.headers.authorization).toBe('Bearer [redacted: admin]');
  expect(last.body).toMatchObject({
    type: 'Shared',
    target: [{ type: 'SolutionProfile', id: 'SOL-34104-EBB' }],
    details: { dealValue: 180000, closingDateTime: '2027-06-30T00:00:00Z' },
  });

  // The list shows it at once, with its count.
  await page.getByRole('link', { name: '← Back to referrals' }).click();
  await expect(page.getByTestId('list-count')).toHaveText(`${before + 1} referrals`);
});
