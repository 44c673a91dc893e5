import { LIVE_TOKEN } from './live-config';
import { expect, openEditor, test, type StoredReferral } from './live-fixtures';

/**
 * Live mode keeps no token and no personal data in the browser's lasting storage. After a journey
 * over real HTTP (list, edit and save, board), localStorage holds only preferences, and nothing
 * the server sent was cached in IndexedDB or Cache Storage. (MSAL's own cache is configured to
 * sessionStorage; src/app/auth/msal-auth.test.ts checks that with the real PublicClientApplication.)
 */

type Person = { firstName?: string | null; lastName?: string | null; email?: string | null };
type Full = StoredReferral & {
  customerProfile?: { name?: string | null; team?: Person[] | null } | null;
  team?: Person[] | null;
};

/** The personal and business data of the store: no value of localStorage may contain any of it. */
function sensitiveStrings(all: Full[]): string[] {
  const values = all.flatMap((r) => [
    r.name,
    r.customerProfile?.name,
    r.details?.notes,
    ...[...(r.customerProfile?.team ?? []), ...(r.team ?? [])].flatMap((p) => [
      p.email,
      p.firstName && p.lastName ? `${p.firstName} ${p.lastName}` : undefined,
    ]),
  ]);
  // Very short values ("Li", "Ng") would match by chance; they still come with the rest of the row.
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.length >= 6))];
}

test('no token or personal data in localStorage, IndexedDB or Cache Storage after a live journey', async ({
  page,
  liveSim,
}) => {
  await page.goto('/referrals');
  await expect(page.getByTestId('referral-row').first()).toBeVisible();
  const deal = await liveSim.find('Active', 'Accepted');
  await openEditor(page, deal.id);
  await page.getByRole('textbox', { name: 'Notes' }).fill('Private note: call Ms Example at home');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Referral saved.')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Pipeline' })
    .click();
  await expect(page.getByTestId('board-card').first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');

  const storage = await page.evaluate(async () => ({
    local: Object.fromEntries(Object.entries(localStorage)),
    databases: (await indexedDB.databases()).map((d) => d.name ?? ''),
    caches: 'caches' in window ? await caches.keys() : [],
  }));
  expect(storage.databases).toEqual([]);
  expect(storage.caches).toEqual([]);
  // The theme choice was written, so the check below reads a storage that is in use.
  expect(Object.values(storage.local)).toContain('dark');

  const text = JSON.stringify(storage.local);
  expect(text).not.toContain(LIVE_TOKEN);
  expect(text).not.toMatch(/bearer|access_?token|id_?token|refresh_?token|secret/i);
  const all = (await liveSim.all()) as Full[];
  const sensitive = sensitiveStrings(all);
  expect(sensitive.length).toBeGreaterThan(60);
  const leaked = sensitive.filter((value) => text.includes(value));
  expect(leaked).toEqual([]);
  expect(text).not.toContain('Private note');
});
