import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Referral } from '../../domain/referral-schema';
import { stageOfReferral, stagePair, STAGE_IDS, type StageId } from '../../domain/status-machine';
import { http, HttpResponse } from 'msw';
import { PARTNER_REFERRALS_URL } from '../../domain/api-contract';
import { server, testSimulator } from '../../mocks/node';
import { renderApp } from '../../test/render';

/** A referral the simulator holds in `stage` (one is moved there when the seed has none). */
function referralIn(stage: StageId): Referral {
  const found = testSimulator.all().find((r) => stageOfReferral(r) === stage);
  if (found) return found;
  const donor = testSimulator.all()[0]!;
  return testSimulator.modify(donor.id, { ...stagePair(stage), statusReason: 'Seeded for test' });
}

async function openEdit(id: string) {
  const view = renderApp(`/referrals/${id}`);
  await screen.findByRole('form', { name: 'Edit referral' });
  return view;
}

const optionNames = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);

const puts = () => testSimulator.requests.filter((r) => r.method === 'PUT');

describe('status and substatus offer only moves from the saved stage', () => {
  const EDITABLE: Record<string, { statuses: string[]; substatuses: string[] }> = {
    'new-pending': { statuses: ['New', 'Active', 'Closed'], substatuses: ['Pending', 'Received'] },
    'new-received': { statuses: ['New', 'Active', 'Closed'], substatuses: ['Pending', 'Received'] },
    'active-accepted': { statuses: ['Active', 'Closed'], substatuses: ['Accepted'] },
  };

  test.each(STAGE_IDS)('%s', async (stage) => {
    const referral = referralIn(stage);
    await openEdit(referral.id);
    const expected = EDITABLE[stage];
    if (expected) {
      expect(optionNames(screen.getByRole('combobox', { name: 'Status' }))).toEqual(
        expected.statuses,
      );
      expect(optionNames(screen.getByRole('combobox', { name: 'Substatus' }))).toEqual(
        expected.substatuses,
      );
      expect(screen.getByRole('textbox', { name: 'Referral name' })).toBeEnabled();
    } else {
      // Closed: read-only, with a banner saying when, how and why.
      expect(screen.queryByRole('combobox', { name: 'Status' })).not.toBeInTheDocument();
      const banner = screen.getByRole('region', { name: 'This referral is closed and read-only.' });
      expect(banner).toHaveTextContent(`Closed · ${stagePair(stage).substatus} on`);
      expect(banner).toHaveTextContent(
        referral.statusReason ? `Reason: ${referral.statusReason}` : 'No reason was recorded.',
      );
      expect(screen.getByRole('textbox', { name: 'Referral name' })).toBeDisabled();
      expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
    }
  });

  test('changing status resets substatus, while the options stay those of the saved stage', async () => {
    const user = userEvent.setup();
    const referral = referralIn('new-received');
    await openEdit(referral.id);
    const status = screen.getByRole('combobox', { name: 'Status' });
    const substatus = screen.getByRole('combobox', { name: 'Substatus' });
    expect(substatus).toHaveValue('Received');
    await user.selectOptions(status, 'Active');
    expect(substatus).toHaveValue('Accepted');
    expect(optionNames(substatus)).toEqual(['Accepted']);
    expect(optionNames(status)).toEqual(['New', 'Active', 'Closed']);
    await user.selectOptions(status, 'New');
    expect(substatus).toHaveValue('Pending');
  });
});

describe('accept and close', () => {
  test('Accept is one button that saves New → Active·Accepted at once', async () => {
    const user = userEvent.setup();
    const referral = referralIn('new-pending');
    await openEdit(referral.id);
    await user.click(screen.getByRole('button', { name: 'Accept referral' }));
    expect(await screen.findByText('Referral accepted.')).toBeInTheDocument();
    expect(puts()).toHaveLength(1);
    expect(puts()[0]!.body).toMatchObject({ status: 'Active', substatus: 'Accepted' });
    expect(testSimulator.get(referral.id)).toMatchObject({
      status: 'Active',
      substatus: 'Accepted',
    });
    expect(screen.getByRole('heading', { level: 1 }).nextElementSibling).toHaveTextContent(
      'Active · Accepted',
    );
    expect(optionNames(screen.getByRole('combobox', { name: 'Status' }))).toEqual([
      'Active',
      'Closed',
    ]);
  });

  test('closing requires a reason, then saves Closed·Won with statusReason and turns read-only', async () => {
    const user = userEvent.setup();
    const referral = referralIn('active-accepted');
    await openEdit(referral.id);
    await user.click(screen.getByRole('button', { name: 'Close…' }));
    const dialog = screen.getByRole('dialog', { name: /^Close “/ });
    await user.click(within(dialog).getByRole('button', { name: 'Close referral' }));
    expect(await within(dialog).findByText('Choose a reason.')).toBeVisible();
    expect(puts()).toHaveLength(0);

    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Reason' }),
      'Solution fit',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Details' }),
      'Pilot convinced them',
    );
    const value = within(dialog).getByRole('textbox', { name: /final deal value/i });
    await user.clear(value);
    await user.type(value, '4200');
    await user.click(within(dialog).getByRole('button', { name: 'Close referral' }));

    expect(await screen.findByText('Referral closed.')).toBeInTheDocument();
    expect(puts()).toHaveLength(1);
    expect(puts()[0]!.body).toMatchObject({
      status: 'Closed',
      substatus: 'Won',
      statusReason: 'Solution fit: Pilot convinced them',
      details: { dealValue: 4200 },
    });
    const banner = await screen.findByRole('region', {
      name: 'This referral is closed and read-only.',
    });
    expect(banner).toHaveTextContent('Reason: Solution fit: Pilot convinced them');
    expect(screen.getByRole('textbox', { name: 'Referral name' })).toBeDisabled();
  });

  test('choosing Closed in the status select opens the dialog; Cancel leaves the status alone', async () => {
    const user = userEvent.setup();
    const referral = referralIn('new-pending');
    await openEdit(referral.id);
    const status = screen.getByRole('combobox', { name: 'Status' });
    await user.selectOptions(status, 'Closed');
    const dialog = screen.getByRole('dialog', { name: /^Close “/ });
    expect(within(dialog).getByRole('radio', { name: 'Declined' })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: /^Close “/ })).not.toBeInTheDocument();
    expect(status).toHaveValue('New');
    expect(puts()).toHaveLength(0);
  });
});

describe('form rules', () => {
  test('field errors are inline, described and summarised in an alert; nothing is sent', async () => {
    const user = userEvent.setup();
    const referral = referralIn('active-accepted');
    await openEdit(referral.id);
    const name = screen.getByRole('textbox', { name: 'Referral name' });
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Add contact' }));
    const contacts = screen.getAllByRole('group', { name: /^Contact \d+$/ });
    const added = contacts[contacts.length - 1]!;
    await user.type(within(added).getByRole('textbox', { name: 'Email' }), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = await screen.findByText('The referral was not saved. Correct these fields:');
    const alert = summary.closest('[role="alert"]') as HTMLElement;
    expect(
      within(alert).getByRole('link', { name: /Referral name: This field is required/ }),
    ).toHaveAttribute('href', '#edit-name');
    expect(
      within(alert).getByRole('link', { name: /Contact \d+ · Email: Enter a valid email/ }),
    ).toBeVisible();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('This field is required.');
    expect(puts()).toHaveLength(0);
  });

  test('chips: add with Enter, remove with its button, saved as tags', async () => {
    const user = userEvent.setup();
    const referral = referralIn('active-accepted');
    await openEdit(referral.id);
    const products = screen.getByRole('group', { name: 'Products' });
    await user.type(
      within(products).getByRole('textbox', { name: 'Add to Products' }),
      'PowerBI{Enter}',
    );
    expect(within(products).getByRole('button', { name: 'Remove PowerBI' })).toBeVisible();
    const before = referral.details?.requirements?.products ?? [];
    const first = before[0];
    if (first)
      await user.click(within(products).getByRole('button', { name: `Remove ${first.id}` }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Referral saved.')).toBeInTheDocument();
    const ids = testSimulator.get(referral.id)?.details?.requirements?.products?.map((p) => p.id);
    expect(ids).toEqual([...before.slice(1).map((p) => p.id), 'PowerBI']);
  });

  test('leaving a dirty form asks first; Stay keeps the edits, Leave goes', async () => {
    const user = userEvent.setup();
    const referral = referralIn('active-accepted');
    const { router } = await openEdit(referral.id);
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await user.clear(notes);
    await user.type(notes, 'unsaved thought');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Referrals' }));
    const ask = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(ask).getByRole('button', { name: 'Stay and keep editing' }));
    expect(router.state.location.pathname).toBe(`/referrals/${referral.id}`);
    expect(notes).toHaveValue('unsaved thought');
    await user.click(within(nav).getByRole('link', { name: 'Referrals' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole(
        'button',
        {
          name: 'Leave and lose changes',
        },
      ),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/referrals'));
  });

  test('speaks Turkish', async () => {
    const referral = referralIn('new-pending');
    renderApp(`/referrals/${referral.id}`, { language: 'tr' });
    await screen.findByRole('form', { name: 'Yönlendirmeyi düzenle' });
    expect(optionNames(screen.getByRole('combobox', { name: 'Durum' }))).toEqual([
      'Yeni',
      'Etkin',
      'Kapalı',
    ]);
    expect(screen.getByRole('button', { name: 'Yönlendirmeyi kabul et' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Değişiklikleri kaydet' })).toBeEnabled();
    expect(screen.getByRole('textbox', { name: 'Notlar' })).toBeInTheDocument();
  });

  test('an unknown id says so', async () => {
    renderApp('/referrals/00000000-0000-0000-0000-000000000000');
    const message = await screen.findByText('This referral does not exist or you cannot see it.');
    expect(message.closest('[role="alert"]')).toHaveTextContent(
      'The referral could not be loaded.',
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});

describe('a referral the app cannot read', () => {
  test.each([
    ['en', 'This referral could not be read', 'Status'],
    ['tr', 'Bu yönlendirme okunamadı', 'Durum'],
  ] as const)(
    '%s: opens read-only, says why, and shows its values as sent',
    async (language, title, statusLabel) => {
      const referral = testSimulator.all()[0]!;
      server.use(
        http.get(`${PARTNER_REFERRALS_URL}/:id`, () =>
          HttpResponse.json({ ...referral, status: 'Frozen', substatus: 'Thawing' }),
        ),
      );
      renderApp(`/referrals/${referral.id}`, { language });
      expect(await screen.findByText(title)).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(referral.name ?? '');
      const status = screen.getByText(statusLabel, { selector: 'dt' });
      expect(status.nextElementSibling).toHaveTextContent('Frozen');
      expect(screen.getByText(/status.*"Frozen"/)).toBeInTheDocument();
      expect(screen.queryByRole('form')).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /save/i })).not.toBeInTheDocument();
      expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    },
  );
});
