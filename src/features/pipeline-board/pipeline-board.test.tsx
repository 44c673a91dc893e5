import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatMoney, totalsByCurrency } from '../../domain/format';
import { stageOfReferral, type StageId } from '../../domain/status-machine';
import { http, HttpResponse } from 'msw';
import { PARTNER_REFERRALS_URL } from '../../domain/api-contract';
import { server, testSimulator } from '../../mocks/node';
import { renderApp } from '../../test/render';
import { estimateCardHeight } from './card-height';
import {
  cardOf,
  mockElementSizes,
  openMoveMenu,
  referralIn as referralAmong,
  waitForCard,
} from './board-test-utils';

const referralIn = (stage: StageId, index = 0) => referralAmong(testSimulator.all(), stage, index);

let restoreSizes: () => void;
beforeAll(() => {
  restoreSizes = mockElementSizes();
});
afterAll(() => restoreSizes());

async function openBoard(url = '/pipeline') {
  const result = renderApp(url);
  await screen.findByRole('region', { name: 'New · Pending' }, { timeout: 5000 });
  await waitFor(() => expect(screen.getAllByTestId('board-card').length).toBeGreaterThan(0));
  return result;
}

describe('pipeline board', () => {
  test('shows one column per stage, in order', async () => {
    await openBoard();
    const stages = screen.getAllByTestId('board-column').map((c) => c.dataset.stage);
    expect(stages).toEqual([
      'new-pending',
      'new-received',
      'active-accepted',
      'closed-won',
      'closed-lost',
      'closed-declined',
      'closed-expired',
    ]);
  });

  test.each<[StageId, string[]]>([
    ['new-pending', ['New · Received', 'Active · Accepted', 'Closed · Declined']],
    ['new-received', ['New · Pending', 'Active · Accepted', 'Closed · Declined']],
    ['active-accepted', ['Closed · Won', 'Closed · Lost']],
  ])('a %s card offers exactly the legal targets', async (stage, expected) => {
    const user = userEvent.setup();
    await openBoard();
    const menu = await openMoveMenu(user, referralIn(stage).id);
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(expected);
  });

  test.each<StageId>(['closed-won', 'closed-lost', 'closed-declined', 'closed-expired'])(
    'a %s card is read-only: no drag handle, no Move to…',
    async (stage) => {
      const user = userEvent.setup();
      await openBoard();
      const expand = screen.queryByRole('button', { name: /^Expand Closed · Expired/ });
      if (stage === 'closed-expired' && expand) await user.click(expand);
      const card = await waitForCard(referralIn(stage).id);
      expect(within(card).queryByRole('button', { name: /^Move to…/ })).toBeNull();
      expect(within(card).queryByRole('button', { name: /^Drag / })).toBeNull();
      expect(within(card).getByRole('link')).toHaveAttribute(
        'href',
        `/referrals/${referralIn(stage).id}`,
      );
    },
  );

  test("a column starts from every card's estimated height: placed without measuring, none hidden", async () => {
    await openBoard();
    const stage: StageId = 'new-pending';
    const byId = new Map(testSimulator.all().map((r) => [r.id, r]));
    const column = screen.getByRole('region', { name: 'New · Pending' });
    const slots = within(column).getAllByRole('listitem');
    const inStage = testSimulator.all().filter((r) => stageOfReferral(r) === stage);
    expect(slots.length).toBeGreaterThan(1);
    let top = 0;
    slots.forEach((slot, index) => {
      expect(slot).toHaveAttribute('aria-posinset', String(index + 1));
      expect(slot).toHaveAttribute('aria-setsize', String(inStage.length));
      expect(slot.style.top).toBe(`${top}px`);
      expect(slot.style.visibility).not.toBe('hidden');
      const id = slot.querySelector<HTMLElement>('[data-testid="board-card"]')?.dataset.referralId;
      top += estimateCardHeight(byId.get(id ?? ''), stage);
    });
  });

  test('the drag handle is named and described in the language of the page', async () => {
    const referral = referralIn('new-pending');
    renderApp('/pipeline', { language: 'tr' });
    const card = await waitForCard(referral.id);
    const handle = within(card).getByRole('button', {
      name: `${referral.name ?? ''} öğesini sürükle`,
    });
    // Not dnd-kit's default English "draggable".
    expect(handle).toHaveAttribute('aria-roledescription', 'sürüklenebilir');
  });

  test('a column header counts and totals every referral of its stage, not only rendered ones', async () => {
    testSimulator.reset({ size: 400 });
    const restore = mockElementSizes(600); // ~6 cards in view per column
    try {
      await openBoard();
      const inStage = testSimulator.all().filter((r) => stageOfReferral(r) === 'active-accepted');
      const column = screen.getByRole('region', { name: 'Active · Accepted' });
      // The rest of the list loads after the first page has been painted.
      await waitFor(() =>
        expect(within(column).getByText(`${inStage.length} referrals`)).toBeInTheDocument(),
      );
      const rendered = within(column).getAllByTestId('board-card');
      expect(rendered.length).toBeLessThan(inStage.length);
      const totals = totalsByCurrency(
        inStage.map((r) => ({ value: r.details?.dealValue, currency: r.details?.currency })),
      );
      expect(totals.length).toBeGreaterThan(0);
      for (const { total, currency } of totals) {
        // Testing Library collapses the no-break space Intl puts after a currency code.
        const text = formatMoney(total, currency, 'en-US').replace(/\s+/g, ' ');
        expect(within(column).getByText(text)).toBeInTheDocument();
      }
    } finally {
      restore();
      mockElementSizes();
    }
  });

  test('search and filters come from the same URL params as the list', async () => {
    const user = userEvent.setup();
    const target = referralIn('active-accepted');
    const word = (target.customerProfile?.name ?? '').split(' ')[0] ?? '';
    const { router } = await openBoard(`/pipeline?q=${encodeURIComponent(word)}`);
    const search = screen.getByRole('searchbox', { name: 'Search the board' });
    expect(search).toHaveValue(word);
    const expected = testSimulator
      .all()
      .filter((r) => {
        const team = (r.customerProfile?.team ?? []).flatMap((m) => [
          `${m.firstName ?? ''} ${m.lastName ?? ''}`,
          m.email ?? '',
        ]);
        const text = [r.name, r.customerProfile?.name, ...team].join('\n').toLowerCase();
        return stageOfReferral(r) !== 'closed-expired' && text.includes(word.toLowerCase());
      })
      .map((r) => r.id);
    await waitFor(() => expect(cardOf(target.id)).not.toBeNull());
    const shown = screen.getAllByTestId('board-card').map((c) => c.dataset.referralId);
    expect(shown.sort()).toEqual(expected.sort());
    expect(screen.getByText(/Filters from the referral list apply/)).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'no such referral anywhere');
    await waitFor(() => expect(screen.queryAllByTestId('board-card')).toHaveLength(0));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe(
      'no such referral anywhere',
    );
  });

  test('the stage and currency filters of the list apply', async () => {
    await openBoard('/pipeline?stage=new-pending&currency=EUR');
    const pending = screen.getByRole('region', { name: 'New · Pending' });
    const cards = within(pending).queryAllByTestId('board-card');
    const expected = testSimulator
      .all()
      .filter(
        (r) => stageOfReferral(r) === 'new-pending' && r.details?.currency?.toUpperCase() === 'EUR',
      );
    expect(cards.map((c) => c.dataset.referralId).sort()).toEqual(expected.map((r) => r.id).sort());
    const received = screen.getByRole('region', { name: 'New · Received' });
    expect(within(received).getByText('Hidden by the stage filter')).toBeInTheDocument();
    expect(within(received).queryAllByTestId('board-card')).toHaveLength(0);
  });
});

describe('referrals the app cannot read', () => {
  test('are counted and listed read-only, never cards with moves', async () => {
    const [first, second] = testSimulator.all();
    server.use(
      http.get(PARTNER_REFERRALS_URL, () =>
        HttpResponse.json({
          value: [first, { ...second, name: 'Odd one', substatus: 'OnHold' }],
        }),
      ),
    );
    renderApp('/pipeline');
    const notice = await screen.findByTestId('unreadable-referrals');
    expect(notice).toHaveTextContent('1 referral could not be read');
    await waitFor(() => expect(screen.getAllByTestId('board-card')).toHaveLength(1));
    expect(screen.getAllByTestId('board-card')[0]).toHaveTextContent(first?.name ?? '');
    expect(screen.queryByRole('button', { name: /Move Odd one/ })).not.toBeInTheDocument();
    expect(within(notice).queryByRole('button')).not.toBeInTheDocument();
    expect(within(notice).getByRole('link', { name: 'Open Odd one read-only' })).toHaveAttribute(
      'href',
      `/referrals/${second?.id ?? ''}`,
    );
  });
});
