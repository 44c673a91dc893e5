import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { PARTNER_REFERRALS_URL } from '../../domain/api-contract';
import { stageOfReferral, type StageId } from '../../domain/status-machine';
import { server, testSimulator } from '../../mocks/node';
import { Route, Switch } from 'wouter';
import { renderRoutes } from '../../test/render';
import { ReferralsListPage } from './referrals-list-page';

function renderList(url: string) {
  const user = userEvent.setup();
  renderRoutes(
    <Switch>
      <Route path="/referrals" component={ReferralsListPage} />
      <Route path="/referrals/:id">
        <h1>Opened</h1>
      </Route>
    </Switch>,
    url,
  );
  return user;
}

const inStage = (stage: StageId) => testSimulator.all().filter((r) => stageOfReferral(r) === stage);
const puts = () => testSimulator.requests.filter((r) => r.method === 'PUT');
const rowCheckboxes = () =>
  screen
    .getAllByTestId('referral-row')
    .map((row) => within(row).getByRole('checkbox', { name: /^Select / }));

describe('bulk actions on the list', () => {
  test('shift-click selects a range; select all in view selects every row the filter shows', async () => {
    const user = renderList('/referrals?stage=new-pending');
    const pending = inStage('new-pending');
    await waitFor(() => expect(rowCheckboxes().length).toBeGreaterThan(4), { timeout: 10_000 });

    await user.click(rowCheckboxes()[0]!);
    await user.keyboard('{Shift>}');
    await user.click(rowCheckboxes()[3]!);
    await user.keyboard('{/Shift}');
    // The bar loads with the first selection (its own chunk).
    const toolbar = await screen.findByRole('toolbar', { name: 'Bulk actions' });
    expect(within(toolbar).getByText('4 selected')).toBeInTheDocument();
    expect(
      rowCheckboxes()
        .slice(0, 5)
        .map((c) => (c as HTMLInputElement).checked),
    ).toEqual([true, true, true, true, false]);

    await user.click(screen.getByRole('checkbox', { name: 'Select all in view' }));
    expect(within(toolbar).getByText(`${pending.length} selected`)).toBeInTheDocument();
    await user.click(within(toolbar).getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByRole('toolbar', { name: 'Bulk actions' })).not.toBeInTheDocument();
  });

  test('decline all in view: one reason, one confirmation, then saved / conflict / skipped / failed for each, and Retry failed', async () => {
    const user = renderList('/referrals?stage=new-pending&stage=active-accepted');
    const pending = inStage('new-pending');
    const accepted = inStage('active-accepted');
    const [changed, failing] = pending;
    await waitFor(() => expect(rowCheckboxes().length).toBeGreaterThan(4), { timeout: 10_000 });

    // Meanwhile someone else accepts one; another one's saves fail on the server.
    testSimulator.modify(changed!.id, { status: 'Active', substatus: 'Accepted' });
    server.use(
      http.put(`${PARTNER_REFERRALS_URL}/${failing!.id}`, () =>
        HttpResponse.json(
          { error: { code: 'generalException', message: 'Boom' } },
          { status: 500 },
        ),
      ),
    );
    testSimulator.clearRequests();

    await user.click(screen.getByRole('checkbox', { name: 'Select all in view' }));
    const total = pending.length + accepted.length;
    await user.click(await screen.findByRole('button', { name: 'Decline…' }));
    const dialog = await screen.findByRole('dialog', { name: `Decline ${total} referrals` });
    expect(dialog).toHaveAccessibleDescription(
      `Close ${total} referrals? Closes cannot be undone.`,
    );
    // No reason: a field error, nothing sent.
    await user.click(within(dialog).getByRole('button', { name: `Close ${total} referrals` }));
    expect(await within(dialog).findByText('Choose a reason.')).toBeInTheDocument();
    expect(puts()).toHaveLength(0);

    await user.selectOptions(within(dialog).getByLabelText('Reason'), 'No budget');
    await user.click(within(dialog).getByRole('button', { name: `Close ${total} referrals` }));

    const result = await screen.findByRole('region', { name: 'Result' });
    await waitFor(
      () =>
        expect(within(result).getByRole('status')).toHaveTextContent(
          `${pending.length - 2} saved, 1 conflicts, ${accepted.length} skipped, 1 failed`,
        ),
      { timeout: 10_000 },
    );
    // Only the legal ones were sent, each once (the failing one is answered by the override above,
    // so the simulator never sees it).
    const sent = puts().map((p) => decodeURIComponent(p.url.split('/').pop() ?? ''));
    expect(sent.sort()).toEqual(
      pending
        .map((r) => r.id)
        .filter((id) => id !== failing!.id)
        .sort(),
    );
    const row = (name: string | null | undefined) =>
      within(result)
        .getAllByRole('listitem')
        .find((li) => li.textContent?.startsWith(name ?? '?'));
    expect(row(changed!.name)).toHaveTextContent('Conflict: changed by someone else (Status)');
    expect(
      within(row(changed!.name)!).getByRole('link', { name: `Open ${changed!.name}` }),
    ).toHaveAttribute('href', `/referrals/${changed!.id}`);
    expect(row(failing!.name)).toHaveTextContent('Failed: The server answered 500: Boom');
    expect(row(accepted[0]!.name)).toHaveTextContent('Skipped: not possible from its saved status');
    expect(testSimulator.get(pending[2]!.id)).toMatchObject({
      substatus: 'Declined',
      statusReason: 'No budget',
    });
    expect(testSimulator.get(changed!.id)?.substatus).toBe('Accepted');

    // The server recovers: Retry failed sends only the failed one.
    server.resetHandlers();
    testSimulator.clearRequests();
    await user.click(within(result).getByRole('button', { name: 'Retry failed' }));
    await waitFor(() => expect(row(failing!.name)).toHaveTextContent('Saved'), { timeout: 10_000 });
    expect(puts().map((p) => p.url.endsWith(encodeURIComponent(failing!.id)))).toEqual([true]);
    expect(testSimulator.get(failing!.id)?.substatus).toBe('Declined');
    expect(within(result).queryByRole('button', { name: 'Retry failed' })).not.toBeInTheDocument();
  });
});
