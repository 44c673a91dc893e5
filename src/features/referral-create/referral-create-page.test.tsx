import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { referralKeys, type ReferralList } from '../../api/referral-queries';
import { PARTNER_REFERRALS_URL } from '../../domain/api-contract';
import { server, testSimulator } from '../../mocks/node';
import { renderApp } from '../../test/render';

const posts = () => testSimulator.requests.filter((r) => r.method === 'POST');

async function openCreate(url = '/referrals/new') {
  const view = renderApp(url);
  await screen.findByRole('form', { name: 'New referral' });
  return view;
}

/** The fields every deal type needs, filled by typing. */
async function fillRequired(user: UserEvent, deal = 'Azure migration', customer = 'Northwind') {
  await user.type(screen.getByRole('textbox', { name: /^Referral name/ }), deal);
  await user.type(screen.getByRole('textbox', { name: /^Deal value/ }), '25000');
  const closing = screen.getByLabelText(/^Closing date/);
  await user.type(closing, '2027-03-31');
  await user.type(screen.getByRole('textbox', { name: /^Customer name/ }), customer);
  await user.selectOptions(screen.getByRole('combobox', { name: /^Country/ }), 'TR');
}

async function chooseCoSell(user: UserEvent) {
  await user.click(screen.getByRole('radio', { name: 'Co-sell with Microsoft' }));
  await user.type(screen.getByRole('textbox', { name: /^Your solution/ }), 'SOL-34104-EBB');
  await user.selectOptions(
    screen.getByRole('combobox', { name: /^Help asked of Microsoft/ }),
    'ProofOfConceptOrDemo',
  );
}

describe('New referral', () => {
  test('empty: the errors name every required field and nothing is sent', async () => {
    await openCreate();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Create referral' }));
    const summary = await screen.findByText(
      'Please fix the following before creating the referral:',
    );
    const list = within(summary.closest('div')!);
    expect(list.getByRole('link', { name: /How is this deal shared/ })).toBeInTheDocument();
    expect(list.getByRole('link', { name: /Referral name/ })).toBeInTheDocument();
    expect(list.getByRole('link', { name: /Customer name/ })).toBeInTheDocument();
    expect(list.getByRole('link', { name: /Country/ })).toBeInTheDocument();
    expect(posts()).toHaveLength(0);
  });

  test('co-sell: the irreversible sharing must be confirmed; the POST maps the deal type; the list cache holds the result', async () => {
    const view = renderApp('/referrals');
    await screen.findAllByTestId('referral-row');
    const before = view.queryClient.getQueryData<ReferralList>(referralKeys.list({}))!.items.length;
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'New referral' }));
    await screen.findByRole('form', { name: 'New referral' });
    await fillRequired(user);
    await chooseCoSell(user);
    expect(screen.getByText('Sharing with Microsoft cannot be undone.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create referral' }));
    expect(
      await screen.findAllByText(
        'Confirm that you understand sharing with Microsoft cannot be undone.',
      ),
    ).not.toHaveLength(0);
    expect(posts()).toHaveLength(0);

    await user.click(
      screen.getByRole('checkbox', {
        name: 'I understand sharing with Microsoft cannot be undone',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Create referral' }));
    await screen.findByRole('form', { name: 'Edit referral' });

    expect(posts()).toHaveLength(1);
    const post = posts()[0]!;
    expect(post.headers['ms-requestid']).toMatch(/^[0-9a-f-]{36}$/);
    expect(post.body).toMatchObject({
      type: 'Shared',
      name: 'Azure migration',
      target: [{ type: 'SolutionProfile', id: 'SOL-34104-EBB' }],
      inviteContext: { assistanceRequestCode: 'ProofOfConceptOrDemo' },
      consent: { consentToShareReferralWithMicrosoftSellers: true },
      details: { dealValue: 25000, currency: 'USD', closingDateTime: '2027-03-31T00:00:00Z' },
      customerProfile: { name: 'Northwind', address: { country: 'TR' } },
    });
    for (const key of ['id', 'eTag', 'status', 'substatus', 'createdDateTime', 'links'])
      expect(post.body).not.toHaveProperty(key);

    const created = testSimulator.all().find((r) => r.name === 'Azure migration')!;
    expect(created).toMatchObject({
      status: 'Active',
      substatus: 'Accepted',
      direction: 'Outgoing',
    });
    expect(view.router.state.location.pathname).toBe(`/referrals/${created.id}`);
    const list = view.queryClient.getQueryData<ReferralList>(referralKeys.list({}))!;
    expect(list.items).toHaveLength(before + 1);
    expect(list.items.at(-1)?.id).toBe(created.id);
    // Only the POST: the list was not fetched again.
    expect(
      testSimulator.requests.filter((r) => r.method === 'GET' && !r.url.includes(created.id)),
    ).toHaveLength(1);
  });

  test('a save whose answer is lost, retried: the same MS-RequestId, one referral', async () => {
    await openCreate();
    const user = userEvent.setup();
    await fillRequired(user, 'Retry deal');
    await user.click(screen.getByRole('radio', { name: 'Private' }));
    // The write lands but its answer is garbled: the client cannot know it succeeded.
    testSimulator.faults.set({ writeMalformed: true });
    await user.click(screen.getByRole('button', { name: 'Create referral' }));
    expect(
      await screen.findByText(/^The referral may not have been created\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Referral name/ })).toHaveValue('Retry deal');
    testSimulator.faults.clear();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByRole('form', { name: 'Edit referral' });
    const [first, retry] = posts();
    expect(retry?.headers['ms-requestid']).toBe(first?.headers['ms-requestid']);
    expect(testSimulator.all().filter((r) => r.name === 'Retry deal')).toHaveLength(1);
  });

  test('a 400 lands at its field and keeps what was typed', async () => {
    server.use(
      http.post(PARTNER_REFERRALS_URL, () =>
        HttpResponse.json(
          {
            error: {
              code: 'invalidRequest',
              message: 'Deal value too large for this currency.',
              target: 'details.dealValue',
            },
          },
          { status: 400 },
        ),
      ),
    );
    await openCreate();
    const user = userEvent.setup();
    await fillRequired(user, 'Big deal');
    await user.click(screen.getByRole('radio', { name: 'Private' }));
    await user.click(screen.getByRole('button', { name: 'Create referral' }));
    const deal = screen.getByRole('textbox', { name: /^Deal value/ });
    await waitFor(() => expect(deal).toHaveAttribute('aria-invalid', 'true'));
    expect(deal).toHaveAccessibleDescription(
      'The server refused this value: Deal value too large for this currency.',
    );
    expect(deal).toHaveValue('25000');
    expect(screen.getByRole('textbox', { name: /^Referral name/ })).toHaveValue('Big deal');
    expect(screen.getByRole('form', { name: 'New referral' })).toBeInTheDocument();
  });

  test('an open referral of the same customer (Turkish capitals) and a similar name is flagged, with a link', async () => {
    const existing = testSimulator
      .all()
      .find(
        (r) =>
          r.status !== 'Closed' &&
          r.customerProfile?.name &&
          r.customerProfile.address?.country &&
          r.name,
      )!;
    await openCreate();
    const user = userEvent.setup();
    await user.type(
      screen.getByRole('textbox', { name: /^Referral name/ }),
      existing.name!.toLocaleUpperCase('tr'),
    );
    await user.type(
      screen.getByRole('textbox', { name: /^Customer name/ }),
      existing.customerProfile!.name!.toLocaleUpperCase('tr'),
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: /^Country/ }),
      existing.customerProfile!.address!.country!,
    );
    const warning = await screen.findByTestId('duplicate-warning');
    expect(
      within(warning).getByRole('link', { name: new RegExp(existing.name!.slice(0, 10)) }),
    ).toHaveAttribute('href', `/referrals/${existing.id}`);
  });

  test('Duplicate as new: customer and deal prefilled, no server field, a second distinct referral', async () => {
    const source = testSimulator
      .all()
      .find(
        (r) =>
          r.type === 'Independent' &&
          r.details?.closingDateTime &&
          r.customerProfile?.address?.country === 'US',
      )!;
    const view = renderApp(`/referrals/${source.id}`);
    await screen.findByRole('form', { name: 'Edit referral' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'Duplicate as new' }));
    await screen.findByRole('form', { name: 'New referral' });
    expect(screen.getByRole('textbox', { name: /^Customer name/ })).toHaveValue(
      source.customerProfile?.name,
    );
    expect(screen.getByRole('textbox', { name: /^Referral name/ })).toHaveValue(source.name);
    await user.click(screen.getByRole('button', { name: 'Create referral' }));
    await waitFor(() => expect(view.router.state.location.pathname).not.toBe('/referrals/new'));
    const post = posts()[0]!;
    for (const key of [
      'id',
      'eTag',
      'status',
      'substatus',
      'createdDateTime',
      'links',
      'engagementId',
    ])
      expect(post.body).not.toHaveProperty(key);
    const copies = testSimulator.all().filter((r) => r.name === source.name);
    expect(copies).toHaveLength(2);
    expect(new Set(copies.map((r) => r.id)).size).toBe(2);
  });

  test('N opens New referral from the list, but not while typing in the search box', async () => {
    const view = renderApp('/referrals');
    await screen.findAllByTestId('referral-row');
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox'), 'n');
    expect(view.router.state.location.pathname).toBe('/referrals');
    await user.click(document.body);
    await user.keyboard('n');
    await screen.findByRole('form', { name: 'New referral' });
    expect(view.router.state.location.pathname).toBe('/referrals/new');
  });

  test('leaving with unsaved input asks first', async () => {
    const view = await openCreate();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /^Referral name/ }), 'Half typed');
    await user.click(screen.getByRole('link', { name: '← Back to referrals' }));
    const ask = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(ask).getByRole('button', { name: 'Stay and keep editing' }));
    expect(view.router.state.location.pathname).toBe('/referrals/new');
    expect(screen.getByRole('textbox', { name: /^Referral name/ })).toHaveValue('Half typed');
  });
});
