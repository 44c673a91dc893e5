import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { formatMoney } from '../../domain/format';
import { stageOfReferral } from '../../domain/status-machine';
import { testSimulator } from '../../mocks/node';
import { renderApp } from '../../test/render';
import { PROBABILITIES_KEY } from './stage-probabilities';

/** Active·Accepted in USD, summed over the simulator's own store. */
function acceptedUsd() {
  const mine = testSimulator
    .all()
    .filter(
      (r) =>
        stageOfReferral(r) === 'active-accepted' &&
        (r.details?.currency ?? '').toUpperCase() === 'USD',
    );
  const value = mine.reduce((sum, r) => sum + (Number(r.details?.dealValue) || 0), 0);
  return { count: mine.length, value };
}

async function openInsights(url = '/insights?period=all') {
  const user = userEvent.setup();
  const result = renderApp(url);
  await screen.findByTestId('insights-count', undefined, { timeout: 5000 });
  return { user, ...result };
}

function figure(name: RegExp) {
  const heading = screen.getByRole('heading', { level: 2, name });
  return heading.closest('section') as HTMLElement;
}

describe('insights', () => {
  test('the pipeline table matches the simulator and its count opens the list on the same referrals', async () => {
    const { user, router } = await openInsights();
    const expected = acceptedUsd();
    expect(expected.count).toBeGreaterThan(0);
    const pipeline = figure(/referrals over all time/);
    await user.click(within(pipeline).getByRole('button', { name: 'Show table' }));
    const row = within(pipeline)
      .getAllByRole('row')
      .find(
        (r) =>
          within(r).queryByRole('rowheader', { name: 'Active · Accepted' }) &&
          within(r).queryByText('USD'),
      );
    expect(row).toBeDefined();
    expect(within(row!).getByText(formatMoney(expected.value, 'USD', 'en-US'))).toBeInTheDocument();
    const link = within(row!).getByRole('link', { name: String(expected.count) });
    expect(link).toHaveAttribute('href', '/referrals?stage=active-accepted&currency=USD');

    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe('/referrals'));
    await waitFor(
      () =>
        expect(screen.getByTestId('list-count')).toHaveTextContent(
          `${expected.count} referral${expected.count === 1 ? '' : 's'}`,
        ),
      { timeout: 5000 },
    );
  }, 60_000);

  test('every figure is drawn without scrolling, in page order, right after the first row', async () => {
    await openInsights();
    await waitFor(() => expect(document.querySelectorAll('.figure-card')).toHaveLength(9));
    expect(document.querySelector('.figure-pending')).toBeNull();
    const cards = [...document.querySelectorAll<HTMLElement>('.figure-card')];
    expect(cards.map((card) => card.dataset.figure)).toEqual([
      'pipeline-by-stage',
      'weighted-pipeline',
      'win-rate',
      'response-times',
      'close-reasons',
      'aging',
      'expiring',
      'top-customers',
      'top-products',
    ]);
    for (const card of cards) expect(within(card).getByRole('heading', { level: 2 })).toBeVisible();
    expect(document.querySelectorAll('svg.bar-chart').length).toBeGreaterThanOrEqual(9);
  });

  test('the list filters in force carry over, and the period narrows the links', async () => {
    await openInsights('/insights?direction=Outgoing&period=30');
    const outgoing = testSimulator.all().filter((r) => r.direction === 'Outgoing').length;
    expect(screen.getByTestId('insights-count')).toHaveTextContent(`${outgoing} referrals`);
    const link = screen.getByRole('link', { name: 'Referrals' });
    expect(link.getAttribute('href')).toContain('direction=Outgoing');
    const bars = document.querySelectorAll('svg.bar-chart a');
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars) expect(bar.getAttribute('href')).toContain('direction=Outgoing');
  });

  test('probabilities: a bad value shows an error and is not stored; a good one reweights', async () => {
    localStorage.removeItem(PROBABILITIES_KEY);
    const { user } = await openInsights();
    await user.click(screen.getByText('Edit probabilities'));
    const field = screen.getByRole('textbox', { name: 'Active · Accepted (%)' });
    await user.clear(field);
    await user.type(field, '140');
    await user.click(screen.getByRole('button', { name: 'Save probabilities' }));
    expect(screen.getByText('Enter a whole or decimal number from 0 to 100.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue('140');
    expect(localStorage.getItem(PROBABILITIES_KEY)).toBeNull();

    await user.clear(field);
    await user.type(field, '100');
    await user.click(screen.getByRole('button', { name: 'Save probabilities' }));
    expect(await screen.findByText('Probabilities saved.')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(PROBABILITIES_KEY) ?? '{}')).toEqual({
      new: 10,
      accepted: 100,
    });
    expect(screen.getByText(/Active · Accepted 100%/)).toBeInTheDocument();
    localStorage.removeItem(PROBABILITIES_KEY);
  });

  test('a failed load shows an error with a retry', async () => {
    testSimulator.faults.set({ networkError: 'all' });
    renderApp('/insights');
    expect(
      await screen.findByText('The referrals could not be loaded.', undefined, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
