import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { Route, Switch, useParams } from 'wouter';
import { PARTNER_REFERRALS_URL } from '../../domain/api-contract';
import { formatMoney, totalsByCurrency } from '../../domain/format';
import type { Referral } from '../../domain/referral-schema';
import { stageOfReferral } from '../../domain/status-machine';
import { PARTITION_LEVELS, planPartitions } from '../../api/list-partitions';
import { compileFilter } from '../../mocks/node';
import { server, TEST_NOW, testSimulator } from '../../mocks/node';
import { renderRoutes } from '../../test/render';
import type { Language } from '../../app/i18n';
import { ReferralsListPage } from './referrals-list-page';

function DetailStub() {
  const { id } = useParams();
  return <h1>Referral {id}</h1>;
}

function renderList(url = '/referrals', language: Language = 'en') {
  const user = userEvent.setup();
  const result = renderRoutes(
    <Switch>
      <Route path="/referrals" component={ReferralsListPage} />
      <Route path="/referrals/:id" component={DetailStub} />
    </Switch>,
    url,
    { language },
  );
  return { user, ...result };
}

/** Names of the rows rendered (the table is virtualized: at most a viewport and some overscan). */
const rowNames = () =>
  screen.getAllByTestId('referral-row').map((row) => within(row).getByRole('link').textContent);

const countText = () => screen.getByTestId('list-count').textContent;

async function waitForList(count: number) {
  const noun = count === 1 ? 'referral' : 'referrals';
  await waitFor(() => expect(countText()).toBe(`${count.toLocaleString('en-US')} ${noun}`), {
    timeout: 5000,
  });
  await waitFor(() => expect(screen.queryByTestId('list-progress')).not.toBeInTheDocument());
}

const listRequests = () =>
  testSimulator.requests.filter(
    (r) => r.method === 'GET' && new URL(r.url).pathname.endsWith('/engagements/referrals'),
  );

const filterBar = () => screen.getByRole('group', { name: 'Filters' });

async function chooseFilter(
  user: ReturnType<typeof userEvent.setup>,
  menu: string,
  option: string,
) {
  await user.click(within(filterBar()).getByRole('button', { name: new RegExp(`^${menu}`) }));
  await user.click(within(filterBar()).getByRole('checkbox', { name: option }));
  await user.keyboard('{Escape}');
}

const byStage = (stage: string) => (r: Referral) => stageOfReferral(r) === stage;

describe('referrals list', () => {
  test('shows every referral across several API pages, rows usable while pages arrive', async () => {
    testSimulator.reset({ size: 250 });
    testSimulator.faults.set({ latencyMs: 30 });
    renderList();
    expect(await screen.findByTestId('list-progress')).toHaveTextContent(/Loading referrals/);
    // After the first page the rows are there while the rest still loads.
    expect(await screen.findByText(/^Loaded \d+…$/)).toBeInTheDocument();
    expect(screen.getAllByTestId('referral-row').length).toBeGreaterThan(0);
    await waitForList(250);
    // One page of the whole list, then each slice read from both ends until they meet
    // (docs/decisions/023, 043): its pages, plus at most one where the two ends overlap.
    const pagesPerSlice = planPartitions({}, PARTITION_LEVELS[0] ?? 'fine').map((slice) => {
      const matches = testSimulator.all().filter(compileFilter(slice.filter ?? ''));
      return Math.max(1, Math.ceil(matches.length / 100));
    });
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(listRequests().length).toBeGreaterThanOrEqual(1 + sum(pagesPerSlice));
    expect(listRequests().length).toBeLessThanOrEqual(
      1 + sum(pagesPerSlice.map((pages) => (pages > 1 ? pages + 1 : pages))),
    );
    // Virtualized: a viewport's worth of rows in the DOM, the table knows all of them.
    expect(screen.getAllByTestId('referral-row').length).toBeLessThan(250);
    expect(screen.getByRole('table', { name: 'Referrals' })).toHaveAttribute(
      'aria-rowcount',
      '251',
    );
  });

  test('filters and sort change the rows and the URL', async () => {
    const { user, router } = renderList();
    await waitForList(60);

    await chooseFilter(user, 'Stage', 'New · Pending');
    const pending = testSimulator.all().filter(byStage('new-pending'));
    await waitForList(pending.length);
    for (const row of screen.getAllByTestId('referral-row')) {
      expect(within(row).getByText('New · Pending')).toBeInTheDocument();
    }
    expect(router.state.location.search).toBe('?stage=new-pending');

    await user.click(screen.getByRole('button', { name: 'Deal value' }));
    const header = screen.getByRole('columnheader', { name: 'Deal value' });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const byValue = [...pending].sort(
      (a, b) => (b.details?.dealValue ?? 0) - (a.details?.dealValue ?? 0),
    );
    expect(rowNames()).toEqual(byValue.map((r) => r.name));

    await user.click(screen.getByRole('button', { name: 'Deal value' }));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(rowNames()).toEqual(byValue.reverse().map((r) => r.name));
    expect(router.state.location.search).toBe('?stage=new-pending&sort=dealValue&dir=asc');

    // Back walks the sort and filter changes.
    await router.navigate(-1);
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'descending'));
    await router.navigate(-1);
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: 'Last updated' })).toHaveAttribute(
        'aria-sort',
        'descending',
      ),
    );
    expect(screen.getByRole('columnheader', { name: 'Deal value' })).not.toHaveAttribute(
      'aria-sort',
    );
    expect(countText()).toBe(`${pending.length} referrals`);
  });

  test('a URL with search, filters and sort opens the same view it was built from', async () => {
    const first = renderList('/referrals?demo-size=60');
    await waitForList(60);
    await chooseFilter(first.user, 'Currency', 'EUR · Euro');
    await chooseFilter(first.user, 'Direction', 'Outgoing');
    await first.user.click(screen.getByRole('button', { name: 'Customer' }));
    await first.user.type(screen.getByRole('searchbox', { name: 'Search referrals' }), 'gmbh');
    await waitFor(() => expect(first.router.state.location.search).toContain('q=gmbh'));
    const url = `${first.router.state.location.pathname}${first.router.state.location.search}`;
    const names = rowNames();
    expect(names.length).toBeGreaterThan(0);
    // Our parameters are added; others (the demo's) are kept.
    expect(new URLSearchParams(first.router.state.location.search).get('demo-size')).toBe('60');
    first.unmount();

    renderList(url);
    await waitFor(() => expect(rowNames()).toEqual(names));
    expect(screen.getByRole('searchbox', { name: 'Search referrals' })).toHaveValue('gmbh');
    expect(within(filterBar()).getByRole('button', { name: /^Currency/ })).toHaveTextContent(
      '1 selected',
    );
    expect(screen.getByRole('columnheader', { name: 'Customer' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    for (const name of names) {
      const referral = testSimulator.all().find((r) => r.name === name)!;
      expect(referral.details?.currency).toBe('EUR');
      expect(referral.direction).toBe('Outgoing');
    }
  });

  test('typing replaces the URL when it pauses; a change pushed meanwhile carries the search', async () => {
    const { user, router } = renderList('/referrals?sort=name');
    await waitForList(60);
    const box = screen.getByRole('searchbox', { name: 'Search referrals' });
    await user.type(box, 'lojistik');
    // The rows follow the keystrokes at once...
    const lojistik = testSimulator.all().filter((r) => /lojistik/i.test(r.name ?? ''));
    await waitForList(lojistik.length);
    // ...and the URL follows with one replace, not one history entry per key.
    await waitFor(() => expect(router.state.location.search).toBe('?q=lojistik&sort=name'));
    expect(router.state.historyAction).toBe('REPLACE');

    await user.clear(box);
    await user.type(box, 'gmbh');
    await chooseFilter(user, 'Direction', 'Incoming');
    expect(router.state.location.search).toBe('?q=gmbh&direction=Incoming&sort=name');
    expect(router.state.historyAction).toBe('PUSH');

    // Leaving the box wrote the search (replace) before the filter was pushed, so Back shows the
    // search without the filter, in the box too.
    await router.navigate(-1);
    expect(router.state.location.search).toBe('?q=gmbh&sort=name');
    await waitFor(() =>
      expect(within(filterBar()).getByRole('button', { name: /^Direction/ })).toHaveTextContent(
        'Any',
      ),
    );
    expect(screen.getByRole('searchbox')).toHaveValue('gmbh');
  });

  test('changes made faster than the router applies them all reach the URL', async () => {
    const { router } = renderList();
    await waitForList(60);
    const stageMenu = within(filterBar()).getByRole('button', { name: /^Stage/ });
    fireEvent.click(stageMenu);
    const won = within(filterBar()).getByRole('checkbox', { name: 'Closed · Won' });
    const lost = within(filterBar()).getByRole('checkbox', { name: 'Closed · Lost' });
    const byName = screen.getByRole('button', { name: 'Name' });
    // Three clicks before React renders any of the URL changes (as in a transition in a browser).
    act(() => {
      won.click();
      lost.click();
      byName.click();
    });
    await waitFor(() =>
      expect(router.state.location.search).toBe('?stage=closed-won&stage=closed-lost&sort=name'),
    );
    const closed = testSimulator
      .all()
      .filter((r) => r.substatus === 'Won' || r.substatus === 'Lost');
    await waitForList(closed.length);
    expect(won).toBeChecked();
    expect(lost).toBeChecked();
  });

  test('one stage goes to the server as $filter; more than one is filtered on the client', async () => {
    renderList('/referrals?stage=closed-won');
    const won = testSimulator.all().filter(byStage('closed-won'));
    await waitForList(won.length);
    const [request] = listRequests();
    expect(new URL(request!.url).searchParams.get('$filter')).toBe(
      "status eq 'Closed' and substatus eq 'Won'",
    );
  });

  test('once the whole list is cached, filtering needs no request', async () => {
    const { user } = renderList();
    await waitForList(60);
    const before = listRequests().length;
    await chooseFilter(user, 'Stage', 'Closed · Won');
    await chooseFilter(user, 'Type', 'Shared');
    const expected = testSimulator
      .all()
      .filter((r) => byStage('closed-won')(r) && r.type === 'Shared');
    await waitForList(expected.length);
    expect(listRequests()).toHaveLength(before);
  });

  test('totals per currency for the current filter, never added together', async () => {
    const { user } = renderList('/referrals?stage=new-pending&stage=new-received');
    const rows = testSimulator
      .all()
      .filter((r) => r.status === 'New')
      .map((r) => ({ value: r.details?.dealValue as number, currency: r.details?.currency }));
    await waitForList(rows.length);
    const expected = totalsByCurrency(rows).map((t) => formatMoney(t.total, t.currency, 'en-US'));
    expect(expected.length).toBeGreaterThan(2);
    const totals = screen.getByRole('list', { name: 'Total deal value per currency' });
    expect(
      within(totals)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(expected);

    // Narrow to one currency (the least frequent one present): one total, that currency's sum.
    const currency = totalsByCurrency(rows).sort((a, b) => a.count - b.count)[0]!.currency;
    const option = within(filterBar()).getByRole('button', { name: /^Currency/ });
    await user.click(option);
    await user.click(
      within(filterBar()).getByRole('checkbox', { name: new RegExp(`^${currency}`) }),
    );
    await user.keyboard('{Escape}');
    const inCurrency = rows.filter((r) => r.currency === currency);
    await waitForList(inCurrency.length);
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Total deal value per currency' }))
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual([
        formatMoney(
          inCurrency.reduce((sum, r) => sum + r.value, 0),
          currency,
          'en-US',
        ),
      ]),
    );
  });

  test('CSV export holds exactly the filtered, sorted rows with raw values', async () => {
    let blob: Blob | undefined;
    const createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:referrals';
    });
    const revokeObjectURL = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    try {
      const { user } = renderList('/referrals?q=proseware&sort=dealValue');
      const expected = testSimulator
        .all()
        .filter((r) => r.customerProfile?.name === 'Proseware, Inc.')
        .sort((a, b) => (b.details?.dealValue ?? 0) - (a.details?.dealValue ?? 0));
      await waitForList(expected.length);
      await user.click(screen.getByRole('button', { name: 'Export CSV' }));

      // The CSV writer is loaded on the first export.
      await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
      const link = click.mock.contexts[0] as HTMLAnchorElement;
      expect(link.download).toMatch(/^referrals-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(blob?.type).toBe('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await blob!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
      const lines = text.split('\r\n');
      expect(lines.at(-1)).toBe('');
      expect(lines[0]).toBe(
        'ID,Name,Customer,City,Country,Status,Substatus,Deal value,Currency,Closing date,Expires,Direction,Category,Last updated',
      );
      expect(lines.slice(1, -1)).toHaveLength(expected.length);
      expected.forEach((r, i) => {
        const line = lines[i + 1]!;
        expect(line.startsWith(`${r.id},`)).toBe(true);
        expect(line).toContain(',"Proseware, Inc.",Austin,US,');
        expect(line).toContain(`,${r.details?.dealValue},USD,`);
        expect(line).toContain(`,${r.updatedDateTime}`);
      });
    } finally {
      click.mockRestore();
      vi.unstubAllGlobals();
    }
  });

  test('a server error shows what happened and retry loads the list', async () => {
    server.use(
      http.get(PARTNER_REFERRALS_URL, () =>
        HttpResponse.json(
          { error: { code: 'generalException', message: 'Database unavailable' } },
          { status: 500 },
        ),
      ),
    );
    const { user } = renderList();
    const alert = await screen.findByRole('alert', { name: 'The referrals could not be loaded.' });
    expect(alert).toHaveTextContent('The server answered 500: Database unavailable');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitForList(60);
    expect(screen.queryByRole('alert', { name: /could not be loaded/ })).not.toBeInTheDocument();
  });

  test('a slice that fails keeps the rows already loaded and says the list is incomplete', async () => {
    testSimulator.reset({ size: 250 });
    // The slices that are not open (Closed and the rest) fail; the open slices load in full,
    // after the first page of the whole list.
    const closed = planPartitions({}, PARTITION_LEVELS[0] ?? 'fine')
      .filter((slice) => !slice.isOpen)
      .map((slice) => slice.filter);
    server.use(
      http.get(PARTNER_REFERRALS_URL, ({ request }) =>
        closed.includes(new URL(request.url).searchParams.get('$filter') ?? '')
          ? HttpResponse.json(
              { error: { code: 'serviceNotAvailable', message: 'Busy' } },
              { status: 503 },
            )
          : undefined,
      ),
    );
    renderList();
    const alert = await screen.findByRole('alert', {
      name: 'Not every referral could be loaded; the list and totals are incomplete.',
    });
    expect(alert).toHaveTextContent('The server answered 503: Busy');
    const all = testSimulator.all();
    const loaded = new Set([...all.slice(0, 100), ...all.filter((r) => r.status !== 'Closed')]);
    expect(countText()).toBe(`${loaded.size} referrals`);
    expect(screen.getAllByTestId('referral-row').length).toBeGreaterThan(0);
    expect(screen.queryByTestId('list-progress')).not.toBeInTheDocument();
  });

  test('a body that is not JSON says the server sent data the app does not understand', async () => {
    testSimulator.faults.set({ malformedList: true });
    renderList();
    const alert = await screen.findByRole('alert', { name: 'The referrals could not be loaded.' });
    expect(alert).toHaveTextContent('The server sent data the app does not understand');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  test('a page that breaks the schema is an invalid-response error, not a blank page', async () => {
    server.use(http.get(PARTNER_REFERRALS_URL, () => HttpResponse.json({ value: { id: 'x' } })));
    renderList();
    expect(
      await screen.findByRole('alert', { name: 'The referrals could not be loaded.' }),
    ).toHaveTextContent(/The server sent data the app does not understand.*value/);
  });

  test.each([
    ['en', '2 referrals could not be read', 'Show them'],
    ['tr', '2 yönlendirme okunamadı', 'Bunları göster'],
  ] as const)(
    '%s: items the schema cannot read leave the others usable and are listed as sent',
    async (language, title, show) => {
      const good = testSimulator.all().slice(0, 3);
      server.use(
        http.get(PARTNER_REFERRALS_URL, () =>
          HttpResponse.json({
            value: [
              good[0],
              { ...good[1], id: 'odd-1', name: 'Frozen deal', status: 'Frozen' },
              good[2],
              {
                ...good[0],
                id: 'odd-2',
                name: 'Bad tag',
                details: { requirements: { products: [{ id: null }] } },
              },
            ],
          }),
        ),
      );
      const { user } = renderList('/referrals', language);
      const notice = await screen.findByTestId('unreadable-referrals');
      expect(notice).toHaveTextContent(title);
      expect(screen.queryByText('The referrals could not be loaded.')).not.toBeInTheDocument();
      await waitFor(() => expect(screen.getAllByTestId('referral-row')).toHaveLength(2));
      await user.click(within(notice).getByText(show));
      // Unknown values are shown exactly as sent.
      expect(notice).toHaveTextContent('Frozen · ');
      expect(notice).toHaveTextContent('details.requirements.products.0.id');
      const links = within(notice).getAllByRole('link');
      expect(links.map((l) => l.getAttribute('href'))).toEqual([
        '/referrals/odd-1',
        '/referrals/odd-2',
      ]);
    },
  );

  test('no match: says so and clears the filters', async () => {
    const { user, router } = renderList(
      '/referrals?q=nothing-like-this&stage=closed-won&sort=name',
    );
    expect(await screen.findByText('No referral matches these filters.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(countText()).toBe('0 referrals');

    await user.click(
      within(screen.getByTestId('list-empty')).getByRole('button', { name: 'Clear filters' }),
    );
    await waitForList(60);
    expect(router.state.location.search).toBe('?sort=name');
    const box = screen.getByRole('searchbox', { name: 'Search referrals' });
    expect(box).toHaveValue('');
    // The button that was pressed is gone: the focus goes to the search box, not to the page.
    await waitFor(() => expect(box).toHaveFocus());
  });

  test('an empty account says there are no referrals yet', async () => {
    server.use(http.get(PARTNER_REFERRALS_URL, () => HttpResponse.json({ value: [] })));
    renderList();
    expect(await screen.findByText('There are no referrals yet.')).toBeInTheDocument();
  });

  /** Independent of the app's folding: the spellings a person would accept as the same word. */
  const mentions = (spellings: string[]) => (r: Referral) => {
    const text = [
      r.name,
      r.customerProfile?.name,
      ...(r.customerProfile?.team ?? []).flatMap((m) => [m.firstName, m.lastName, m.email]),
    ].join(' ');
    return spellings.some((s) => text.includes(s));
  };

  test.each<[Language, string, string[]]>([
    ['en', 'istanbul', ['İstanbul', 'istanbul']],
    ['tr', 'İSTANBUL', ['İstanbul', 'istanbul']],
    ['en', 'ISIK', ['Işık', 'isik']],
    ['tr', 'ışık', ['Işık', 'isik']],
    ['tr', 'IŞIL', ['Işıl', 'isil']],
  ])('Turkish-aware search (%s): %j', async (language, search, spellings) => {
    const expected = testSimulator.all().filter(mentions(spellings));
    expect(expected.length).toBeGreaterThan(0);
    const { user } = renderList('/referrals', language);
    await waitFor(() => expect(screen.queryAllByTestId('referral-row').length).toBeGreaterThan(0));
    await waitFor(() => expect(screen.queryByTestId('list-progress')).not.toBeInTheDocument());
    await user.type(screen.getByRole('searchbox'), search);
    const count = screen.getByTestId('list-count');
    await waitFor(() => expect(count.textContent).toMatch(new RegExp(`^${expected.length} `)));
    const names = new Set(expected.map((r) => r.name));
    for (const name of rowNames()) expect(names).toContain(name);
  });

  test('rows are links to the referral, and Back returns to the same view', async () => {
    const { user, router } = renderList('/referrals?stage=new-pending&sort=dealValue');
    await waitFor(() => expect(screen.queryAllByTestId('referral-row').length).toBeGreaterThan(0));
    const link = within(screen.getAllByTestId('referral-row')[0]!).getByRole('link');
    const top = testSimulator
      .all()
      .filter(byStage('new-pending'))
      .sort((a, b) => (b.details?.dealValue ?? 0) - (a.details?.dealValue ?? 0))[0]!;
    expect(link).toHaveAttribute('href', `/referrals/${top.id}`);

    link.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: `Referral ${top.id}` })).toBeInTheDocument();

    await router.navigate(-1);
    await waitFor(() => expect(rowNames()[0]).toBe(top.name));
    expect(router.state.location.search).toBe('?stage=new-pending&sort=dealValue');
  });

  test('expiry counts down for New referrals and is marked when urgent', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(TEST_NOW);
    try {
      const hours = (r: Referral) =>
        (Date.parse(r.expirationDateTime ?? '') - TEST_NOW.getTime()) / 3_600_000;
      const urgent = testSimulator
        .all()
        .find((r) => r.status === 'New' && hours(r) > 0 && hours(r) < 20)!;
      expect(urgent).toBeDefined();
      renderList(`/referrals?q=${encodeURIComponent(urgent.name ?? '')}`);
      const link = await screen.findByRole('link', { name: urgent.name ?? '' });
      const row = link.closest('tr')!;
      const expiry = within(row).getByText(`expires in ${Math.round(hours(urgent))} hours`, {
        exact: false,
      });
      expect(expiry.closest('td')).toHaveClass('is-urgent');
      expect(within(row).getByText('Urgent:')).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});
