import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stageOfReferral } from '../../domain/status-machine';
import { testSimulator } from '../../mocks/node';
import { renderApp } from '../../test/render';
import { mockElementSizes } from './board-test-utils';

let restoreSizes: () => void;
beforeAll(() => {
  restoreSizes = mockElementSizes();
});
afterAll(() => restoreSizes());

describe('bulk actions on the board', () => {
  test('select all in a column, then Accept: one PUT per card, every card lands in Active · Accepted', async () => {
    const user = userEvent.setup();
    const pending = testSimulator.all().filter((r) => stageOfReferral(r) === 'new-pending');
    renderApp('/pipeline');
    await screen.findByRole('region', { name: 'New · Pending' }, { timeout: 10_000 });
    testSimulator.clearRequests();

    await user.click(
      screen.getByRole('button', { name: 'Select all in this column: New · Pending' }),
    );
    const toolbar = screen.getByRole('toolbar', { name: 'Bulk actions' });
    expect(within(toolbar).getByText(`${pending.length} selected`)).toBeInTheDocument();
    // A card's own checkbox says it is selected.
    expect(screen.getByRole('checkbox', { name: `Select ${pending[0]!.name}` })).toBeChecked();

    await user.click(within(toolbar).getByRole('button', { name: 'Accept' }));
    const result = await screen.findByRole('region', { name: 'Result' });
    await waitFor(
      () =>
        expect(within(result).getByRole('status')).toHaveTextContent(
          `${pending.length} saved, 0 conflicts, 0 skipped, 0 failed`,
        ),
      { timeout: 10_000 },
    );
    expect(testSimulator.requests.filter((r) => r.method === 'PUT')).toHaveLength(pending.length);
    for (const r of pending) expect(testSimulator.get(r.id)?.substatus).toBe('Accepted');
    const active = screen.getByRole('region', { name: 'Active · Accepted' });
    await waitFor(() =>
      expect(active.querySelector(`[data-referral-id="${pending[0]!.id}"]`)).not.toBeNull(),
    );
  });
});
