import type { Page } from '@playwright/test';
import { apiCalls, expect, openEditor, test, type LoggedRequest } from './live-fixtures';

/**
 * Two browser contexts (two people, no shared storage) edit one referral on the simulator server.
 * The second save meets a real 412 from the server; the user resolves it and the server's copy
 * ends up with both people's changes. Runs in `live` (PUT) and `live-patch` (PATCH), where the
 * server's request log shows each patch held only the fields that person changed.
 */

const notes = (page: Page) => page.getByRole('textbox', { name: 'Notes' });
const dealValue = (page: Page) => page.getByRole('textbox', { name: 'Deal value' });
const externalId = (page: Page) => page.getByRole('textbox', { name: 'External reference ID' });
const save = (page: Page) => page.getByRole('button', { name: 'Save changes' });

type PatchOp = { op: string; path: string; value: unknown };
const opsOf = (request: LoggedRequest | undefined) => request?.body as PatchOp[] | undefined;

test('two people save the same referral: a real 412, resolved in the UI, both changes stored', async ({
  page,
  browser,
  liveSim,
}) => {
  const deal = await liveSim.find('Active', 'Accepted');
  const method = liveSim.writeMethod === 'patch' ? 'PATCH' : 'PUT';
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page2 = await other.newPage();
  await openEditor(page, deal.id);
  await openEditor(page2, deal.id);

  // Person one saves first.
  await notes(page).fill('Person one: customer wants a demo');
  await externalId(page).fill('CRM-ONE');
  await save(page).click();
  await expect(page.getByText('Referral saved.')).toBeVisible();
  const afterOne = await liveSim.referral(deal.id);
  expect(afterOne.eTag).not.toBe(deal.eTag);

  // Person two still holds the old eTag: the server answers 412.
  await dealValue(page2).fill('88000');
  await page2.getByRole('textbox', { name: 'Referral name' }).fill('Renamed by person two');
  await externalId(page2).fill('CRM-TWO');
  const refused = page2.waitForResponse(
    (r) => r.url().startsWith(liveSim.simOrigin) && r.request().method() === method,
  );
  await save(page2).click();
  expect((await refused).status()).toBe(412);

  const dialog = page2.getByRole('dialog', { name: 'Someone else changed this referral' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Your changes, kept:' })).toContainText(
    'Deal value',
  );
  await expect(dialog.getByRole('list', { name: 'Changed by someone else, taken:' })).toContainText(
    'Notes',
  );
  const conflict = dialog.getByRole('group', { name: 'External reference ID' });
  await conflict.getByRole('radio', { name: /Theirs.*CRM-ONE/ }).check();
  await dialog.getByRole('button', { name: 'Merge and save' }).click();
  await expect(page2.getByText('Referral saved.')).toBeVisible();
  await expect(notes(page2)).toHaveValue('Person one: customer wants a demo');

  // The server's final copy holds both people's changes.
  expect(await liveSim.referral(deal.id)).toMatchObject({
    name: 'Renamed by person two',
    externalReferenceId: 'CRM-ONE',
    details: { dealValue: 88000, notes: 'Person one: customer wants a demo' },
  });

  const writes = apiCalls(await liveSim.requests(), method);
  expect(writes.map((w) => w.headers['if-match'])).toEqual([
    deal.eTag,
    deal.eTag, // person two's first try: stale, refused
    afterOne.eTag,
  ]);
  if (method === 'PATCH') {
    // Each patch held exactly the fields its author changed, nothing else.
    const paths = writes.map((w) => opsOf(w)?.map((op) => op.path));
    expect(paths).toEqual([
      ['/externalReferenceId', '/details/notes'],
      ['/name', '/externalReferenceId', '/details/dealValue'],
      ['/name', '/details/dealValue'],
    ]);
    expect(opsOf(writes[2])).toEqual([
      { op: 'replace', path: '/name', value: 'Renamed by person two' },
      { op: 'replace', path: '/details/dealValue', value: 88000 },
    ]);
    expect(writes.every((w) => w.headers.prefer === 'return=representation')).toBe(true);
  } else {
    expect(writes[2]?.body).toMatchObject({
      name: 'Renamed by person two',
      externalReferenceId: 'CRM-ONE',
      details: { dealValue: 88000, notes: 'Person one: customer wants a demo' },
    });
  }
  await other.close();
});
