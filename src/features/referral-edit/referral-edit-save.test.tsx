import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { referralKeys } from '../../api/referral-queries';
import { PARTNER_REFERRALS_URL } from '../../domain/api-contract';
import type { Referral } from '../../domain/referral-schema';
import { stageOfReferral } from '../../domain/status-machine';
import { server, testSimulator } from '../../mocks/node';
import { renderApp } from '../../test/render';

function activeReferral(): Referral {
  const found = testSimulator.all().find((r) => stageOfReferral(r) === 'active-accepted');
  if (!found) throw new Error('the seed has no Active·Accepted referral');
  return found;
}

async function openEdit(id: string) {
  const view = renderApp(`/referrals/${id}`);
  await screen.findByRole('form', { name: 'Edit referral' });
  return view;
}

const puts = () => testSimulator.requests.filter((r) => r.method === 'PUT');
const notesBox = () => screen.getByRole('textbox', { name: 'Notes' });
const dealBox = () => screen.getByRole('textbox', { name: 'Deal value' });

async function typeInto(element: HTMLElement, text: string) {
  const user = userEvent.setup();
  await user.clear(element);
  await user.type(element, text);
  return user;
}

describe('saving', () => {
  test.each([
    ['1-2-3', 'This is not a number.'],
    ['12abc', 'This is not a number.'],
    ['1e999', 'This number is too large.'],
  ])(
    'a deal value of %j keeps the text and says what is wrong; nothing is sent',
    async (text, said) => {
      const referral = activeReferral();
      await openEdit(referral.id);
      const user = await typeInto(dealBox(), text);
      await user.click(screen.getByRole('button', { name: 'Save changes' }));
      expect(
        await screen.findByText('The referral was not saved. Correct these fields:'),
      ).toBeVisible();
      expect(dealBox()).toHaveValue(text);
      expect(dealBox()).toHaveAttribute('aria-invalid', 'true');
      expect(dealBox()).toHaveAccessibleDescription(expect.stringContaining(said));
      expect(screen.queryByText('Enter a deal value.')).not.toBeInTheDocument();
      expect(puts()).toHaveLength(0);
    },
  );

  test('the PUT carries If-Match = the cached eTag, no links, and the cache takes the response', async () => {
    const referral = activeReferral();
    const { queryClient } = await openEdit(referral.id);
    const cachedETag = queryClient.getQueryData<Referral>(referralKeys.detail(referral.id))?.eTag;
    expect(cachedETag).toBe(referral.eTag);
    const user = await typeInto(notesBox(), 'Budget approved in Q3');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Referral saved.')).toBeInTheDocument();

    expect(puts()).toHaveLength(1);
    const put = puts()[0]!;
    expect(put.headers['if-match']).toBe(cachedETag);
    expect(put.body).not.toHaveProperty('links');
    expect(put.body).toMatchObject({
      id: referral.id,
      details: { notes: 'Budget approved in Q3' },
    });
    const stored = testSimulator.get(referral.id)!;
    expect(stored.details?.notes).toBe('Budget approved in Q3');
    expect(queryClient.getQueryData<Referral>(referralKeys.detail(referral.id))?.eTag).toBe(
      stored.eTag,
    );
    expect(screen.getByText('No unsaved changes.')).toBeInTheDocument();
  });

  test('a 412 keeps typed values, shows what merged, and saves both changes', async () => {
    const referral = activeReferral();
    await openEdit(referral.id);
    const user = await typeInto(dealBox(), '98765');
    testSimulator.modify(referral.id, { details: { notes: 'x' } });
    const latestETag = testSimulator.get(referral.id)!.eTag;
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const dialog = await screen.findByRole('dialog', {
      name: 'Someone else changed this referral',
    });
    expect(within(dialog).getByRole('list', { name: 'Your changes, kept:' })).toHaveTextContent(
      'Deal value',
    );
    expect(
      within(dialog).getByRole('list', { name: 'Changed by someone else, taken:' }),
    ).toHaveTextContent('Notes');
    expect(within(dialog).getByText('No field was changed on both sides.')).toBeInTheDocument();
    expect(dealBox()).toHaveValue('98765');

    await user.click(within(dialog).getByRole('button', { name: 'Merge and save' }));
    expect(await screen.findByText('Referral saved.')).toBeInTheDocument();
    expect(puts().map((p) => p.headers['if-match'])).toEqual([referral.eTag, latestETag]);
    const stored = testSimulator.get(referral.id)!;
    expect(stored.details).toMatchObject({ dealValue: 98765, notes: 'x' });
    expect(notesBox()).toHaveValue('x');
    expect(dealBox()).toHaveValue('98765');
  });

  test('a 412 on the same field lets the user pick, yours preselected', async () => {
    const referral = activeReferral();
    await openEdit(referral.id);
    const user = await typeInto(notesBox(), 'mine');
    testSimulator.modify(referral.id, { details: { notes: 'theirs' }, name: 'Renamed elsewhere' });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const dialog = await screen.findByRole('dialog', {
      name: 'Someone else changed this referral',
    });
    const notes = within(dialog).getByRole('group', { name: 'Notes' });
    expect(within(notes).getByRole('radio', { name: /Yours\s*mine/ })).toBeChecked();
    expect(within(notes).getByRole('radio', { name: /Theirs\s*theirs/ })).not.toBeChecked();
    expect(notesBox()).toHaveValue('mine');
    await user.click(within(dialog).getByRole('button', { name: 'Merge and save' }));

    expect(await screen.findByText('Referral saved.')).toBeInTheDocument();
    expect(testSimulator.get(referral.id)).toMatchObject({
      name: 'Renamed elsewhere',
      details: { notes: 'mine' },
    });
  });

  test('a 412 whose changes the server already has asks nothing and adopts the latest copy', async () => {
    const referral = activeReferral();
    await openEdit(referral.id);
    const user = await typeInto(notesBox(), 'same words');
    // As if an earlier attempt had landed although its answer was lost.
    testSimulator.modify(referral.id, { details: { notes: 'same words' }, name: 'Also renamed' });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Referral saved.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(puts()).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'Referral name' })).toHaveValue('Also renamed');
    expect(screen.getByText('No unsaved changes.')).toBeInTheDocument();
  });

  test('a 500 keeps every value, says what happened, and Retry saves', async () => {
    const referral = activeReferral();
    await openEdit(referral.id);
    testSimulator.faults.set({ writeStatus: 500 });
    const user = await typeInto(notesBox(), 'survives a 500');
    await typeInto(dealBox(), '1234');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(
      await screen.findByText('Your changes were not saved. Everything you typed is still here.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/The server answered 500/)).toBeInTheDocument();
    expect(notesBox()).toHaveValue('survives a 500');
    expect(dealBox()).toHaveValue('1234');

    testSimulator.faults.clear();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Referral saved.')).toBeInTheDocument();
    expect(testSimulator.get(referral.id)?.details).toMatchObject({
      notes: 'survives a 500',
      dealValue: 1234,
    });
    // The retry is the same logical save: same client-request-id.
    const [first, second] = puts();
    expect(second!.headers['client-request-id']).toBe(first!.headers['client-request-id']);
  });

  test('a network error keeps every value and Retry saves', async () => {
    const referral = activeReferral();
    await openEdit(referral.id);
    testSimulator.faults.set({ networkError: 'writes' });
    const user = await typeInto(notesBox(), 'offline words');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(/The server could not be reached/)).toBeInTheDocument();
    expect(notesBox()).toHaveValue('offline words');
    expect(screen.getByText('You have unsaved changes.')).toBeInTheDocument();
    testSimulator.faults.clear();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Referral saved.')).toBeInTheDocument();
    expect(testSimulator.get(referral.id)?.details?.notes).toBe('offline words');
  });

  test('a 429 waits for Retry-After before Retry is enabled', async () => {
    const referral = activeReferral();
    await openEdit(referral.id);
    testSimulator.faults.set({ throttleRetryAfterSeconds: 1 });
    const user = await typeInto(notesBox(), 'throttled');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Retry possible in 1 s.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    testSimulator.faults.clear();
    const retry = screen.getByRole('button', { name: 'Retry' });
    await waitFor(() => expect(retry).toBeEnabled(), { timeout: 3000 });
    expect(screen.queryByText('Retry possible in 1 s.')).not.toBeInTheDocument();
    await user.click(retry);
    expect(await screen.findByText('Referral saved.')).toBeInTheDocument();
    expect(notesBox()).toHaveValue('throttled');
  });

  test('a 400 naming a field is shown at that field; one naming nothing at the top', async () => {
    const referral = activeReferral();
    await openEdit(referral.id);
    const reject = (target: string | null) =>
      server.use(
        http.put(
          `${PARTNER_REFERRALS_URL}/:id`,
          () =>
            HttpResponse.json(
              {
                error: { code: 'invalidRequest', message: 'Deal value is over the limit.', target },
              },
              { status: 400 },
            ),
          { once: true },
        ),
      );
    reject('details.dealValue');
    const user = await typeInto(dealBox(), '999999999');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const message = 'The server refused this value: Deal value is over the limit.';
    expect(await screen.findAllByText(message)).not.toHaveLength(0);
    expect(dealBox()).toHaveAttribute('aria-invalid', 'true');
    expect(dealBox()).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(dealBox()).toHaveValue('999999999');

    reject(null);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      await screen.findByText('The server refused the changes: Deal value is over the limit.'),
    ).toBeInTheDocument();
  });

  test('what is typed while a save is on its way stays, on top of the saved copy', async () => {
    const referral = activeReferral();
    await openEdit(referral.id);
    testSimulator.faults.set({ latencyMs: 800 });
    const user = await typeInto(notesBox(), 'sent first');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByRole('button', { name: 'Saving…' })).toBeDisabled();
    await typeInto(dealBox(), '555');
    expect(puts()).toHaveLength(1);

    expect(await screen.findByText('Referral saved.', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(notesBox()).toHaveValue('sent first');
    expect(dealBox()).toHaveValue('555');
    expect(screen.getByText('You have unsaved changes.')).toBeInTheDocument();
    expect(testSimulator.get(referral.id)?.details).toMatchObject({
      notes: 'sent first',
      dealValue: referral.details?.dealValue,
    });
  });
});

describe('a refused save never looks saved', () => {
  test('a merge that takes a close the server then refuses keeps the notes, says why, and copies them', async () => {
    const referral = activeReferral();
    testSimulator.faults.set({ closedFrozen: true });
    await openEdit(referral.id);
    const user = await typeInto(notesBox(), 'Call back on Monday');
    // Someone else closes it as Lost meanwhile.
    testSimulator.modify(referral.id, {
      status: 'Closed',
      substatus: 'Lost',
      statusReason: 'Gone',
    });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const dialog = await screen.findByRole('dialog', {
      name: 'Someone else changed this referral',
    });
    expect(
      within(dialog).getByRole('list', { name: 'Changed by someone else, taken:' }),
    ).toHaveTextContent('Status: Active · Accepted → Closed · Lost');
    expect(within(dialog).getByRole('list', { name: 'Your changes, kept:' })).toHaveTextContent(
      'Notes:',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Merge and save' }));

    const refused = await screen.findByTestId('save-refused');
    expect(refused).toHaveTextContent('Your changes were not saved.');
    expect(refused).toHaveTextContent(
      'The server refused the changes: A Closed referral (Lost) cannot be changed.',
    );
    expect(within(refused).getByRole('list', { name: 'Not saved:' })).toHaveTextContent(
      'Notes: Call back on Monday',
    );
    expect(screen.queryByText('Referral saved.')).not.toBeInTheDocument();
    expect(testSimulator.get(referral.id)?.details?.notes).not.toBe('Call back on Monday');
    expect(notesBox()).toHaveValue('Call back on Monday');

    await user.click(within(refused).getByRole('button', { name: 'Copy my changes' }));
    expect(await within(refused).findByText(/Your changes are copied/)).toBeInTheDocument();
    // user-event's clipboard stands in for the browser's.
    expect(await navigator.clipboard.readText()).toContain('Notes: Call back on Monday');

    // The leave guard stays on: the notes exist nowhere else.
    await user.click(screen.getByRole('link', { name: /Back to referrals/ }));
    expect(
      await screen.findByRole('dialog', { name: 'Leave without saving?' }),
    ).toBeInTheDocument();
  });
});
