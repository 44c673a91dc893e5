import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PARTNER_REFERRALS_URL } from '../../domain/api-contract';
import { formatMoney, totalsByCurrency } from '../../domain/format';
import type { Referral } from '../../domain/referral-schema';
import { stageOfReferral, type StageId } from '../../domain/status-machine';
import { server, testSimulator } from '../../mocks/node';
import { renderApp } from '../../test/render';
import {
  cardOf,
  mockElementSizes,
  moveWithMenu,
  referralIn as referralAmong,
  stageShowing,
} from './board-test-utils';

const referralIn = (stage: StageId, index = 0) => referralAmong(testSimulator.all(), stage, index);
const puts = () => testSimulator.requests.filter((r) => r.method === 'PUT');

let restoreSizes: () => void;
beforeAll(() => {
  restoreSizes = mockElementSizes();
});
afterAll(() => restoreSizes());

async function openBoard() {
  renderApp('/pipeline');
  await screen.findByRole('region', { name: 'New · Pending' }, { timeout: 10_000 });
  await waitFor(() => expect(screen.getAllByTestId('board-card').length).toBeGreaterThan(0));
  testSimulator.clearRequests();
}

const idle = (id: string) =>
  waitFor(() => expect(cardOf(id)).toHaveAttribute('aria-busy', 'false'), { timeout: 5000 });

/** The header's totals of a column, as the user reads them. */
const totalsShown = (columnName: string) =>
  [
    ...within(screen.getByRole('region', { name: columnName })).getAllByText(
      (_, el) => el?.classList.contains('board-column-total') ?? false,
    ),
  ].map((el) => el.textContent);

const totalsText = (cards: readonly Referral[]) =>
  totalsByCurrency(
    cards.map((r) => ({ value: r.details?.dealValue, currency: r.details?.currency })),
  ).map((t) => formatMoney(t.total, t.currency === '—' ? null : t.currency, 'en-US'));

const errorToast = (text: RegExp) =>
  screen.findByText(text, { selector: '.toast-error span' }, { timeout: 5000 });

describe('moving a card', () => {
  test('moves at once with a pending mark, then saves with one PUT carrying the cached eTag', async () => {
    const user = userEvent.setup();
    const referral = referralIn('new-pending');
    await openBoard();
    testSimulator.faults.set({ latencyMs: 300 });

    await moveWithMenu(user, referral.id, 'Active · Accepted');

    // Optimistic: in its new column before the server has answered, marked as saving.
    expect(stageShowing(referral.id)).toBe('active-accepted');
    const card = cardOf(referral.id) as HTMLElement;
    expect(card).toHaveAttribute('aria-busy', 'true');
    expect(within(card).getByText('Saving…')).toBeInTheDocument();
    // The keyboard path keeps the focus on the moved card.
    expect(within(card).getByRole('button', { name: /^Move to…/ })).toHaveFocus();

    await idle(referral.id);
    expect(within(cardOf(referral.id) as HTMLElement).queryByText('Saving…')).toBeNull();
    expect(stageShowing(referral.id)).toBe('active-accepted');

    const sent = puts();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toContain(referral.id);
    expect(sent[0]?.headers['if-match']).toBe(referral.eTag);
    expect(sent[0]?.body).toMatchObject({ status: 'Active', substatus: 'Accepted' });
    expect(testSimulator.get(referral.id)).toMatchObject({
      status: 'Active',
      substatus: 'Accepted',
    });
    // The response went into the cache: no list or detail refetch after the save.
    expect(testSimulator.requests.filter((r) => r.method === 'GET')).toHaveLength(0);
  });

  test('the column totals follow the card at once, before the server answers', async () => {
    const user = userEvent.setup();
    const referral = testSimulator
      .all()
      .find((r) => stageOfReferral(r) === 'new-pending' && (r.details?.dealValue ?? 0) > 0);
    if (!referral) throw new Error('The seed has no New · Pending referral with a deal value');
    await openBoard();
    testSimulator.faults.set({ latencyMs: 300 });

    await moveWithMenu(user, referral.id, 'Active · Accepted');

    expect(cardOf(referral.id)).toHaveAttribute('aria-busy', 'true');
    const others = testSimulator.all().filter((r) => r.id !== referral.id);
    const expected: [string, Referral[]][] = [
      ['New · Pending', others.filter((r) => stageOfReferral(r) === 'new-pending')],
      [
        'Active · Accepted',
        [referral, ...others.filter((r) => stageOfReferral(r) === 'active-accepted')],
      ],
    ];
    for (const [name, cards] of expected) {
      expect(totalsShown(name)).toEqual(totalsText(cards));
    }
    await idle(referral.id);
  });

  test('every move is optimistic, also after earlier moves reshuffled the columns', async () => {
    const user = userEvent.setup();
    const first = referralIn('new-pending', 0);
    const second = referralIn('new-pending', 1);
    await openBoard();
    await moveWithMenu(user, first.id, 'New · Received');
    await idle(first.id);
    testSimulator.faults.set({ latencyMs: 300 });

    await moveWithMenu(user, second.id, 'Active · Accepted');
    expect(stageShowing(second.id)).toBe('active-accepted');
    expect(cardOf(second.id)).toHaveAttribute('aria-busy', 'true');
    await idle(second.id);
    expect(stageShowing(first.id)).toBe('new-received');
    expect(puts()).toHaveLength(2);
  });

  test('a closing stage opens the close dialog first; Cancel puts the card back and sends nothing', async () => {
    const user = userEvent.setup();
    const referral = referralIn('active-accepted');
    await openBoard();

    await moveWithMenu(user, referral.id, 'Closed · Lost');
    const dialog = await screen.findByRole('dialog');
    expect(stageShowing(referral.id)).toBe('closed-lost');
    expect(puts()).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(stageShowing(referral.id)).toBe('active-accepted'));
    expect(screen.queryByRole('dialog')).toBeNull();
    // Back where it was, and so is the keyboard focus.
    expect(
      within(cardOf(referral.id) as HTMLElement).getByRole('button', { name: /^Move to…/ }),
    ).toHaveFocus();
    expect(puts()).toHaveLength(0);

    // Again, this time with a reason: one PUT closes it as Lost with that reason.
    await moveWithMenu(user, referral.id, 'Closed · Lost');
    const again = await screen.findByRole('dialog');
    await user.selectOptions(within(again).getByRole('combobox'), 'no-budget');
    await user.click(within(again).getByRole('button', { name: /confirm|close referral/i }));
    await waitFor(() => expect(puts()).toHaveLength(1));
    expect(puts()[0]?.body).toMatchObject({
      status: 'Closed',
      substatus: 'Lost',
      statusReason: expect.stringContaining('No budget') as unknown,
    });
    await idle(referral.id);
    expect(stageShowing(referral.id)).toBe('closed-lost');
  });

  test('a failed save (500) puts the card back and names the referral and the reason', async () => {
    const user = userEvent.setup();
    const referral = referralIn('new-received');
    await openBoard();
    testSimulator.faults.set({ writeStatus: 500 });

    await moveWithMenu(user, referral.id, 'Active · Accepted');
    const message = await errorToast(/Could not move/);
    expect(message.textContent).toContain(referral.name ?? '');
    expect(message.textContent).toContain('500');
    expect(stageShowing(referral.id)).toBe('new-received');
    expect(cardOf(referral.id)).toHaveAttribute('aria-busy', 'false');
    expect(puts()).toHaveLength(1);
    expect(testSimulator.get(referral.id)?.substatus).toBe('Received');
  });

  test('a close that fails keeps the reason: the card goes back and the next close opens with it', async () => {
    const user = userEvent.setup();
    const referral = referralIn('active-accepted');
    await openBoard();
    testSimulator.faults.set({ writeStatus: 503 });

    await moveWithMenu(user, referral.id, 'Closed · Lost');
    const dialog = await screen.findByRole('dialog');
    await user.selectOptions(within(dialog).getByRole('combobox'), 'other-vendor');
    await user.type(within(dialog).getByRole('textbox'), 'Picked the incumbent');
    await user.click(within(dialog).getByRole('button', { name: /confirm|close referral/i }));
    await errorToast(/Could not move/);
    expect(stageShowing(referral.id)).toBe('active-accepted');

    testSimulator.faults.clear();
    await moveWithMenu(user, referral.id, 'Closed · Lost');
    const again = await screen.findByRole('dialog');
    expect(within(again).getByRole('combobox')).toHaveValue('other-vendor');
    expect(within(again).getByRole('textbox')).toHaveValue('Picked the incumbent');
    await user.click(within(again).getByRole('button', { name: /confirm|close referral/i }));
    await waitFor(() => expect(testSimulator.get(referral.id)?.substatus).toBe('Lost'));
    expect(testSimulator.get(referral.id)?.statusReason).toBe(
      'Chose another vendor: Picked the incumbent',
    );
  });

  test('a 412 from a change to the notes only re-applies the move on the latest copy', async () => {
    const user = userEvent.setup();
    const referral = referralIn('new-pending');
    await openBoard();
    const theirs = testSimulator.modify(referral.id, { details: { notes: 'other' } });

    await moveWithMenu(user, referral.id, 'New · Received');
    await waitFor(() => expect(puts()).toHaveLength(2));
    await idle(referral.id);

    const [first, second] = puts();
    expect(first?.headers['if-match']).toBe(referral.eTag);
    expect(second?.headers['if-match']).toBe(theirs.eTag);
    expect(testSimulator.get(referral.id)).toMatchObject({
      status: 'New',
      substatus: 'Received',
      details: expect.objectContaining({ notes: 'other' }) as unknown,
    });
    expect(stageShowing(referral.id)).toBe('new-received');
    expect(await screen.findByText(/your move was saved on top of it/)).toBeInTheDocument();
  });

  test('a 412 from someone else moving the card returns it and says what changed', async () => {
    const user = userEvent.setup();
    const referral = referralIn('new-pending');
    await openBoard();
    testSimulator.modify(referral.id, { status: 'Active', substatus: 'Accepted' });

    await moveWithMenu(user, referral.id, 'New · Received');
    const message = await errorToast(/by someone else/);
    expect(message.textContent).toBe(
      `${referral.name} was moved to Active · Accepted by someone else. Your move was not saved.`,
    );
    // One attempt only; the card shows where the server has it now.
    expect(puts()).toHaveLength(1);
    await waitFor(() => expect(stageShowing(referral.id)).toBe('active-accepted'));
    expect(testSimulator.get(referral.id)?.substatus).toBe('Accepted');
  });

  test('two quick moves of one card send two PUTs in order, the second with the first answer’s eTag', async () => {
    const user = userEvent.setup();
    const referral = referralIn('new-pending');
    const answered: (string | null)[] = [];
    const listener = ({ request, response }: { request: Request; response: Response }) => {
      if (request.method === 'PUT') answered.push(response.headers.get('ETag'));
    };
    server.events.on('response:mocked', listener);
    try {
      await openBoard();
      testSimulator.faults.set({ latencyMs: 250 });
      await moveWithMenu(user, referral.id, 'New · Received');
      // Still saving: the second move is chosen from where the card now shows.
      expect(cardOf(referral.id)).toHaveAttribute('aria-busy', 'true');
      await moveWithMenu(user, referral.id, 'Active · Accepted');
      expect(stageShowing(referral.id)).toBe('active-accepted');

      await waitFor(() => expect(answered).toHaveLength(2), { timeout: 5000 });
      await idle(referral.id);
      const [first, second] = puts();
      expect(first?.body).toMatchObject({ status: 'New', substatus: 'Received' });
      expect(first?.headers['if-match']).toBe(referral.eTag);
      expect(second?.body).toMatchObject({ status: 'Active', substatus: 'Accepted' });
      expect(second?.headers['if-match']).toBe(answered[0]);
      expect(testSimulator.get(referral.id)).toMatchObject({ substatus: 'Accepted' });
      expect(stageShowing(referral.id)).toBe('active-accepted');
    } finally {
      server.events.removeListener('response:mocked', listener);
    }
  });

  test('two quick moves of a card someone else just edited: the first is re-applied before the second is sent', async () => {
    const user = userEvent.setup();
    const referral = referralIn('new-pending');
    await openBoard();
    testSimulator.modify(referral.id, { details: { notes: 'other' } });
    testSimulator.faults.set({ latencyMs: 250 });

    await moveWithMenu(user, referral.id, 'New · Received');
    await moveWithMenu(user, referral.id, 'Active · Accepted');
    await waitFor(() => expect(puts()).toHaveLength(3), { timeout: 5000 });
    await idle(referral.id);

    // The first move, refused (412) and sent again on the latest copy; then the second.
    expect(puts().map((r) => (r.body as Referral).substatus)).toEqual([
      'Received',
      'Received',
      'Accepted',
    ]);
    expect(testSimulator.get(referral.id)).toMatchObject({
      status: 'Active',
      substatus: 'Accepted',
      details: expect.objectContaining({ notes: 'other' }) as unknown,
    });
    expect(stageShowing(referral.id)).toBe('active-accepted');
    expect(document.querySelector('.toast-error')).toBeNull();
  });

  test('a list answer without team and consent: the move shows at once, reads the referral, and the PUT erases nothing', async () => {
    const user = userEvent.setup();
    const referral = referralIn('new-pending');
    expect(referral.team?.length).toBeGreaterThan(0);
    // A list answer that leaves fields out (the spec allows it; a $select or a proxy may do it).
    server.use(
      http.get(PARTNER_REFERRALS_URL, () =>
        HttpResponse.json({
          value: testSimulator.all().map(({ team: _team, consent: _consent, ...rest }) => rest),
        }),
      ),
    );
    await openBoard();
    testSimulator.faults.set({ latencyMs: 200 });

    await moveWithMenu(user, referral.id, 'New · Received');
    expect(stageShowing(referral.id)).toBe('new-received');
    await idle(referral.id);

    expect(testSimulator.requests.map((r) => r.method)).toEqual(['GET', 'PUT']);
    expect(puts()[0]?.body).toMatchObject({ team: referral.team, consent: referral.consent });
    expect(testSimulator.get(referral.id)).toMatchObject({
      status: 'New',
      substatus: 'Received',
      team: referral.team,
      consent: referral.consent,
    });
    expect(stageShowing(referral.id)).toBe('new-received');
  });
});
