import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PARTNER_REFERRALS_URL } from '../../domain/api-contract';
import type { Referral } from '../../domain/referral-schema';
import { server, testSimulator, TEST_NOW } from '../../mocks/node';
import { renderApp } from '../../test/render';

beforeEach(() => {
  // The inbox's clocks read Date: the same instant the simulator seeded its referrals at.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TEST_NOW);
  localStorage.clear();
});
afterEach(() => vi.useRealTimers());

/** The inbox's expected order, written out from the rule rather than with the code under test. */
function expectedIds(): string[] {
  const now = TEST_NOW.toISOString();
  return testSimulator
    .all()
    .filter(
      (r) =>
        r.status === 'New' &&
        (r.substatus === 'Pending' || r.substatus === 'Received') &&
        (!r.expirationDateTime || r.expirationDateTime > now),
    )
    .sort((a, b) => {
      const dir = (r: Referral) => (r.direction === 'Incoming' ? 0 : 1);
      if (dir(a) !== dir(b)) return dir(a) - dir(b);
      const ea = a.expirationDateTime ?? '9999';
      const eb = b.expirationDateTime ?? '9999';
      if (ea !== eb) return ea < eb ? -1 : 1;
      const ca = a.createdDateTime ?? '';
      const cb = b.createdDateTime ?? '';
      if (ca !== cb) return ca < cb ? -1 : 1;
      return a.id < b.id ? -1 : 1;
    })
    .map((r) => r.id);
}

const rowIds = () => screen.getAllByTestId('inbox-row').map((row) => row.dataset.rowId);

async function openInbox() {
  const result = renderApp('/inbox');
  await waitFor(() => expect(screen.getAllByTestId('inbox-row').length).toBeGreaterThan(1), {
    timeout: 5000,
  });
  return result;
}

const focusedRowId = () =>
  (document.activeElement?.closest('[data-row-id]') as HTMLElement | null)?.dataset.rowId;

describe('inbox', () => {
  test('lists exactly the referrals awaiting an answer, incoming first, soonest expiry first, with both clocks', async () => {
    await openInbox();
    expect(rowIds()).toEqual(expectedIds());
    const first = screen.getAllByTestId('inbox-row')[0]!;
    expect(within(first).getByTestId('response-clock')).toHaveTextContent(/24-hour response/);
    expect(within(first).getByTestId('expiry-clock')).toHaveTextContent(/Expires in|Last 72 hours/);
    // The nav badge counts the same referrals, and says so in its name.
    expect(
      screen.getByRole('link', { name: `Needs response, ${expectedIds().length} waiting` }),
    ).toBeInTheDocument();
  });

  test('keyboard triage: J/K move, A accepts with one PUT and the focus moves to the next row', async () => {
    const user = userEvent.setup();
    await openInbox();
    const [first, second, third] = expectedIds();
    await user.keyboard('j');
    expect(focusedRowId()).toBe(first);
    await user.keyboard('j');
    expect(focusedRowId()).toBe(second);
    await user.keyboard('{ArrowDown}');
    expect(focusedRowId()).toBe(third);
    await user.keyboard('k');
    expect(focusedRowId()).toBe(second);

    testSimulator.clearRequests();
    await user.keyboard('a');
    expect(focusedRowId()).toBe(third);
    await waitFor(() => expect(testSimulator.get(second!)?.status).toBe('Active'));
    await waitFor(() => expect(rowIds()).not.toContain(second));
    const writes = testSimulator.requests.filter((r) => r.method !== 'GET');
    expect(writes).toHaveLength(1);
    expect(writes[0]!.method).toBe('PUT');
    expect(writes[0]!.headers['if-match']).toBeTruthy();
    expect(focusedRowId()).toBe(third);
    expect(await screen.findByText(/accepted\./)).toBeInTheDocument();
  });

  test('D opens the decline dialog with the reasons; typing there fires no shortcut; confirming declines', async () => {
    const user = userEvent.setup();
    await openInbox();
    const [first, second] = expectedIds();
    await user.keyboard('j');
    await user.keyboard('d');
    const dialog = await screen.findByRole('dialog', { name: /Close/ });
    expect(within(dialog).getByRole('radio', { name: 'Declined' })).toBeChecked();
    await user.selectOptions(within(dialog).getByLabelText('Reason'), 'Not a real lead');
    testSimulator.clearRequests();
    await user.type(within(dialog).getByLabelText('Details'), 'a duplicate, j x');
    expect(testSimulator.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Close referral' }));
    await waitFor(() => expect(testSimulator.get(first!)?.substatus).toBe('Declined'));
    expect(testSimulator.get(first!)?.statusReason).toBe('Not a real lead: a duplicate, j x');
    await waitFor(() => expect(focusedRowId()).toBe(second));
  });

  test('X selects, Shift+X selects the range, and the count says how many', async () => {
    const user = userEvent.setup();
    await openInbox();
    const [first, second, third, fourth] = expectedIds();
    await user.keyboard('j');
    await user.keyboard('x');
    expect(screen.getByTestId('inbox-selected')).toHaveTextContent('1 selected');
    await user.keyboard('jjj');
    expect(focusedRowId()).toBe(fourth);
    await user.keyboard('{Shift>}X{/Shift}');
    expect(screen.getByTestId('inbox-selected')).toHaveTextContent('4 selected');
    for (const id of [first, second, third, fourth]) {
      const row = document.querySelector(`[data-row-id="${id}"]`) as HTMLElement;
      expect(within(row).getByRole('checkbox', { name: /^Select / })).toBeChecked();
    }
    // The checkbox itself toggles too.
    const row = document.querySelector(`[data-row-id="${second}"]`) as HTMLElement;
    await user.click(within(row).getByRole('checkbox'));
    expect(screen.getByTestId('inbox-selected')).toHaveTextContent('3 selected');
  });

  test('? shows every shortcut', async () => {
    const user = userEvent.setup();
    await openInbox();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const action of [
      'Next referral',
      'Previous referral',
      'Open the referral',
      'Accept',
      'Decline (choose a reason)',
      'Select or unselect',
      'Select the range from the last selected',
    ]) {
      expect(within(dialog).getByRole('cell', { name: action })).toBeInTheDocument();
    }
  });

  test('an empty inbox says it is clear', async () => {
    server.use(
      http.get(PARTNER_REFERRALS_URL, () =>
        HttpResponse.json({
          value: testSimulator.all().filter((r) => r.status !== 'New'),
          totalCount: 0,
        }),
      ),
    );
    renderApp('/inbox');
    expect(await screen.findByRole('heading', { name: 'The inbox is clear' })).toBeInTheDocument();
  });

  test('marks what arrived since the last visit', async () => {
    const ids = expectedIds();
    const created = testSimulator.all().find((r) => r.id === ids[0])!.createdDateTime!;
    localStorage.setItem('referral-desk-inbox-last-visit', String(Date.parse(created) - 1));
    await openInbox();
    const first = document.querySelector(`[data-row-id="${ids[0]}"]`) as HTMLElement;
    expect(within(first).getByText('New since your last visit')).toBeInTheDocument();
    expect(Number(localStorage.getItem('referral-desk-inbox-last-visit'))).toBe(TEST_NOW.getTime());
  });
});
