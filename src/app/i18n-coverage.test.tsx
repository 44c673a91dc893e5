import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { PARTNER_REFERRALS_URL } from '../domain/api-contract';
import { COUNTRY_CODES } from '../domain/countries';
import type { Referral } from '../domain/referral-schema';
import { stageOfReferral, stagePair, type StageId } from '../domain/status-machine';
import { server, testSimulator, TEST_NOW } from '../mocks/node';
import {
  catalogueLeaks,
  collectSegments,
  englishWords,
  readMessage,
  referralDataTexts,
  untranslatedSegments,
  type Finding,
} from '../test/i18n-audit';
import { createTestI18n } from '../test/test-i18n';
import { translate } from '../components/ui/use-t';
import { renderRoutes } from '../test/render';
import { DemoBanner, type DemoControls } from './demo-controls';
import { catalogues } from './catalogues';
import type { Language } from './i18n';
import { AppRoutes } from './router';

/**
 * Every screen state of the app, rendered once in English and once in Turkish: no text of the other
 * language's catalogue may show, no text may read the same in both renders unless it is referral
 * data, a number or a name, and a Turkish screen may hold no common English UI words. A string
 * added without `t()`, or with an English value only, fails here.
 */

const demo: DemoControls = {
  reset: () => undefined,
  faults: {
    get: () => ({
      latencyMs: 0,
      writeStatus: null,
      throttleRetryAfterSeconds: null,
      networkError: 'none',
    }),
    set: () => undefined,
  },
  teamMembers: [{ email: 'jane.doe@contoso.com', name: 'Jane Doe' }],
};

type Driver = { user: UserEvent; t: (key: string, options?: Record<string, unknown>) => string };

type ScreenState = {
  name: string;
  /** Runs before each render: simulator state and per-test handlers. Returns the URL to open. */
  arrange: () => string;
  /** Brings the screen into the state to check, with names in the render's language. */
  act: (driver: Driver) => Promise<void>;
  /** Server values this state shows as sent (a JSON path, an unknown status): data, not UI text. */
  data?: readonly string[];
};

function referralIn(stage: StageId): Referral {
  const found = testSimulator.all().find((r) => stageOfReferral(r) === stage);
  if (found) return found;
  const donor = testSimulator.all()[0]!;
  return testSimulator.modify(donor.id, { ...stagePair(stage), statusReason: 'Budget moved' });
}

/** A Turkish-named, open referral: both scripts on screen, and it can be closed. */
const activeId = () => referralIn('active-accepted').id;

const listUrl = `${PARTNER_REFERRALS_URL}`;
const detailUrl = `${PARTNER_REFERRALS_URL}/:id`;

async function listLoaded() {
  await waitFor(() => expect(screen.getAllByTestId('referral-row').length).toBeGreaterThan(0), {
    timeout: 5000,
  });
  await waitFor(() => expect(screen.queryByTestId('list-progress')).not.toBeInTheDocument());
}

async function editLoaded({ t }: Driver) {
  await screen.findByRole('form', { name: t('edit:title') }, { timeout: 5000 });
}

async function boardLoaded({ t }: Driver) {
  await screen.findByRole('region', { name: t('common:stage.new-pending') }, { timeout: 5000 });
  await waitFor(() => expect(screen.getAllByTestId('board-card').length).toBeGreaterThan(0));
}

async function openMoveMenu({ user, t }: Driver, id: string) {
  const card = await waitFor(() => {
    const found = document.querySelector<HTMLElement>(`[data-referral-id="${id}"]`);
    expect(found).not.toBeNull();
    return found!;
  });
  await user.click(
    within(card).getByRole('button', { name: new RegExp(`^${t('board:moveTo.button')}`) }),
  );
  return screen.getByRole('menu');
}

const STATES: ScreenState[] = [
  {
    name: 'list with the demo banner, a filter menu open and the sort menu',
    arrange: () => '/referrals',
    act: async ({ user, t }) => {
      await listLoaded();
      const filters = screen.getByRole('group', { name: t('list:filter.label') });
      await user.click(
        within(filters).getByRole('button', { name: new RegExp(`^${t('list:filter.stage')}`) }),
      );
      await user.click(
        within(filters).getByRole('checkbox', { name: t('common:stage.new-pending') }),
      );
    },
  },
  {
    name: 'list bulk actions: the toolbar, the reason dialog, and a result with every outcome',
    arrange: () => {
      const [conflicting, failing] = testSimulator
        .all()
        .filter((r) => stageOfReferral(r) === 'new-pending');
      testSimulator.modify(conflicting!.id, { status: 'Active', substatus: 'Accepted' });
      server.use(
        http.put(`${listUrl}/${failing!.id}`, () => new HttpResponse(null, { status: 503 })),
      );
      return '/referrals?stage=new-pending&stage=active-accepted';
    },
    act: async ({ user, t }) => {
      await listLoaded();
      await user.click(screen.getByRole('checkbox', { name: t('list:selectAll') }));
      // The bar loads with the first selection (its own chunk).
      const toolbar = await screen.findByRole('toolbar', { name: t('referral:bulk.toolbar') });
      await user.click(within(toolbar).getByRole('button', { name: t('referral:bulk.moveTo') }));
      await user.click(screen.getByRole('button', { name: t('referral:bulk.dialog.cancel') }));
      await user.click(within(toolbar).getByRole('button', { name: t('referral:bulk.decline') }));
      const dialog = screen.getByRole('dialog');
      await user.selectOptions(
        within(dialog).getByLabelText(t('referral:close.reason')),
        t('common:closeReason.no-budget'),
      );
      // The submit button (its label carries the count): the last of Cancel / submit.
      await user.click(within(dialog).getAllByRole('button').at(-1)!);
      const result = await screen.findByRole('region', { name: t('referral:bulk.result.title') });
      await waitFor(
        () =>
          expect(
            within(result).getByRole('button', { name: t('referral:bulk.result.retryFailed') }),
          ).toBeInTheDocument(),
        { timeout: 5000 },
      );
      // The toolbar again, over the result.
      await user.click(screen.getAllByRole('checkbox')[1]!);
    },
  },
  {
    name: 'list with no match',
    arrange: () => '/referrals?q=zzqqxx&direction=Outgoing',
    act: async ({ t }) => {
      await screen.findByText(t('list:empty.noMatch'), undefined, { timeout: 5000 });
    },
  },
  {
    name: 'list of an empty account',
    arrange: () => {
      testSimulator.reset({ size: 0 });
      return '/referrals';
    },
    act: async ({ t }) => {
      await screen.findByText(t('list:empty.none'), undefined, { timeout: 5000 });
    },
  },
  {
    name: 'list error without a message from the server',
    arrange: () => {
      server.use(http.get(listUrl, () => new HttpResponse(null, { status: 500 })));
      return '/referrals';
    },
    act: async ({ t }) => {
      await screen.findByText(t('list:error.title'), undefined, { timeout: 5000 });
    },
  },
  {
    name: 'list error: a body that is not JSON',
    arrange: () => {
      testSimulator.faults.set({ malformedList: true });
      return '/referrals';
    },
    act: async ({ t }) => {
      await screen.findByText(t('list:error.title'), undefined, { timeout: 5000 });
    },
  },
  {
    name: 'edit form with validation errors, then the close dialog with its own error',
    arrange: () => `/referrals/${activeId()}`,
    act: async (driver) => {
      const { user, t } = driver;
      await editLoaded(driver);
      await user.clear(screen.getByRole('textbox', { name: t('referral:field.name') }));
      await user.clear(screen.getByRole('textbox', { name: t('referral:field.details.currency') }));
      await user.type(
        screen.getByRole('textbox', { name: t('referral:field.details.currency') }),
        'xx',
      );
      await user.click(screen.getByRole('button', { name: t('edit:actions.save') }));
      await screen.findByText(t('edit:summary.title'));
      await user.click(screen.getByRole('button', { name: t('edit:status.close') }));
      const dialog = screen.getByRole('dialog');
      await user.click(within(dialog).getByRole('button', { name: t('referral:close.confirm') }));
      await within(dialog).findByText(t('referral:close.errors.reasonRequired'));
    },
  },
  {
    name: 'edit form asking before leaving unsaved changes',
    arrange: () => `/referrals/${activeId()}`,
    act: async (driver) => {
      const { user, t } = driver;
      await editLoaded(driver);
      await user.type(
        screen.getByRole('textbox', { name: t('referral:field.details.notes') }),
        '!',
      );
      await user.click(screen.getByRole('link', { name: t('common:nav.pipeline') }));
      await screen.findByRole('dialog', { name: t('referral:leave.title') });
    },
  },
  {
    name: 'edit conflict view after a 412',
    arrange: () => `/referrals/${activeId()}`,
    act: async (driver) => {
      const { user, t } = driver;
      await editLoaded(driver);
      const notes = screen.getByRole('textbox', { name: t('referral:field.details.notes') });
      await user.clear(notes);
      await user.type(notes, 'mine');
      const id = activeId();
      testSimulator.modify(id, { details: { notes: 'theirs' }, name: 'Renamed elsewhere' });
      await user.click(screen.getByRole('button', { name: t('edit:actions.save') }));
      await screen.findByRole('dialog', { name: t('edit:save.conflictTitle') }, { timeout: 5000 });
    },
  },
  {
    name: 'edit save refused by throttling, with its countdown',
    arrange: () => `/referrals/${activeId()}`,
    act: async (driver) => {
      const { user, t } = driver;
      await editLoaded(driver);
      testSimulator.faults.set({ throttleRetryAfterSeconds: 30 });
      await user.type(
        screen.getByRole('textbox', { name: t('referral:field.details.notes') }),
        '!',
      );
      await user.click(screen.getByRole('button', { name: t('edit:actions.save') }));
      await screen.findByText(t('edit:save.failed'), undefined, { timeout: 5000 });
      const countdown = t('edit:save.retryIn', { seconds: 999 })
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace('999', '\\d+');
      await screen.findByText(new RegExp(`^${countdown}$`));
    },
  },
  {
    name: 'edit save failing on the server, message-less',
    arrange: () => {
      server.use(http.put(detailUrl, () => new HttpResponse(null, { status: 503 })));
      return `/referrals/${activeId()}`;
    },
    act: async (driver) => {
      const { user, t } = driver;
      await editLoaded(driver);
      await user.type(
        screen.getByRole('textbox', { name: t('referral:field.details.notes') }),
        '!',
      );
      await user.click(screen.getByRole('button', { name: t('edit:actions.save') }));
      await screen.findByText(t('edit:save.failed'), undefined, { timeout: 5000 });
    },
  },
  {
    name: 'edit save refused (400): not saved, the changes listed, Copy my changes',
    arrange: () => {
      server.use(
        http.put(detailUrl, () =>
          HttpResponse.json(
            { error: { code: 'invalidRequest', message: 'Refused.', target: null } },
            { status: 400 },
          ),
        ),
      );
      return `/referrals/${activeId()}`;
    },
    act: async (driver) => {
      const { user, t } = driver;
      await editLoaded(driver);
      await user.type(
        screen.getByRole('textbox', { name: t('referral:field.details.notes') }),
        'xx',
      );
      await user.click(screen.getByRole('button', { name: t('edit:actions.save') }));
      await screen.findByText(t('edit:save.notSaved'), undefined, { timeout: 5000 });
      await user.click(screen.getByRole('button', { name: t('edit:save.copy') }));
      await screen.findByText(t('edit:save.copied'));
    },
  },
  {
    name: 'a referral the app cannot read, read-only',
    arrange: () => {
      server.use(
        http.get(detailUrl, () =>
          HttpResponse.json({ ...testSimulator.all()[0], status: 'Frozen' }),
        ),
      );
      return `/referrals/${testSimulator.all()[0]?.id ?? ''}`;
    },
    act: async ({ t }) => {
      await screen.findByText(t('referral:unreadable.pageTitle'), undefined, { timeout: 5000 });
    },
    data: ['status', '"Frozen"'],
  },
  {
    name: 'list with referrals that could not be read',
    arrange: () => {
      const [a, b, c] = testSimulator.all();
      server.use(
        http.get(PARTNER_REFERRALS_URL, () =>
          HttpResponse.json({ value: [a, { ...b, status: 'Frozen' }, c] }),
        ),
      );
      return '/referrals';
    },
    act: async ({ user, t }) => {
      await screen.findByText(t('referral:unreadable.count', { count: 1 }), undefined, {
        timeout: 5000,
      });
      await user.click(screen.getByText(t('referral:unreadable.show')));
    },
    data: ['status', '"Frozen"'],
  },
  {
    name: 'a closed referral, read-only',
    arrange: () => `/referrals/${referralIn('closed-lost').id}`,
    act: async ({ t }) => {
      await screen.findByRole('region', { name: t('edit:closed.title') }, { timeout: 5000 });
    },
  },
  {
    name: 'a referral that does not exist',
    arrange: () => '/referrals/no-such-referral',
    act: async ({ t }) => {
      await screen.findByText(t('edit:page.loadFailed'), undefined, { timeout: 5000 });
    },
  },
  {
    name: 'board with a Move to… menu open',
    arrange: () => '/pipeline',
    act: async (driver) => {
      await boardLoaded(driver);
      await openMoveMenu(driver, referralIn('new-pending').id);
    },
  },
  {
    name: 'board closing a card through its dialog',
    arrange: () => '/pipeline',
    act: async (driver) => {
      const { user, t } = driver;
      await boardLoaded(driver);
      const menu = await openMoveMenu(driver, referralIn('active-accepted').id);
      await user.click(within(menu).getByRole('menuitem', { name: t('common:stage.closed-won') }));
      const dialog = await screen.findByRole('dialog');
      await user.click(within(dialog).getByRole('button', { name: t('referral:close.confirm') }));
      await within(dialog).findByText(t('referral:close.errors.reasonRequired'));
    },
  },
  {
    name: 'board move failing, with its toast',
    arrange: () => {
      testSimulator.faults.set({ writeStatus: 500 });
      return '/pipeline';
    },
    act: async (driver) => {
      const { user, t } = driver;
      await boardLoaded(driver);
      const referral = referralIn('new-pending');
      const menu = await openMoveMenu(driver, referral.id);
      await user.click(
        within(menu).getByRole('menuitem', { name: t('common:stage.new-received') }),
      );
      await waitFor(() => expect(document.querySelector('.toast-error')).not.toBeNull(), {
        timeout: 5000,
      });
    },
  },
  {
    name: 'board that could not load',
    arrange: () => {
      testSimulator.faults.set({ networkError: 'all' });
      return '/pipeline';
    },
    act: async ({ t }) => {
      await screen.findByText(t('board:loadError'), undefined, { timeout: 5000 });
    },
  },
  {
    name: 'new referral: co-sell chosen, sharing warning, submitted with errors',
    arrange: () => '/referrals/new',
    act: async ({ user, t }) => {
      await screen.findByRole('form', { name: t('create:title') }, { timeout: 5000 });
      await user.click(screen.getByRole('radio', { name: t('create:dealType.co-sell.label') }));
      await user.click(screen.getByRole('button', { name: t('create:people.addContact') }));
      await user.click(screen.getByRole('button', { name: t('create:actions.create') }));
      await screen.findByText(t('create:summary.title'));
    },
  },
  {
    name: 'new referral as a duplicate: copied, a duplicate warning, a failed save',
    arrange: () => {
      testSimulator.faults.set({ networkError: 'writes' });
      return `/referrals/new?from=${activeId()}`;
    },
    act: async ({ user, t }) => {
      await screen.findByRole('form', { name: t('create:title') }, { timeout: 5000 });
      await screen.findByTestId('duplicate-warning', undefined, { timeout: 5000 });
      const partnerLed = screen.getByRole('radio', {
        name: t('create:dealType.partner-led.label'),
      });
      await user.click(partnerLed);
      await user.click(
        screen.getByRole('checkbox', { name: t('create:field.acknowledgeSharing') }),
      );
      await user.click(screen.getByRole('button', { name: t('create:actions.create') }));
      await screen.findByText(t('create:save.failed'), undefined, { timeout: 5000 });
    },
  },
  {
    name: 'inbox with its clocks, a selection, the shortcuts and the decline dialog',
    arrange: () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(TEST_NOW);
      localStorage.setItem(
        'referral-desk-inbox-last-visit',
        String(TEST_NOW.getTime() - 5 * 86_400_000),
      );
      return '/inbox';
    },
    act: async ({ user, t }) => {
      await screen.findAllByTestId('inbox-row', undefined, { timeout: 5000 });
      await user.keyboard('jx');
      await user.keyboard('?');
      await screen.findByRole('dialog', { name: t('inbox:shortcuts.title') });
      await user.click(screen.getByRole('button', { name: t('inbox:shortcuts.close') }));
      await user.keyboard('jd');
      const dialog = await screen.findByRole('dialog');
      await user.click(within(dialog).getByRole('button', { name: t('referral:close.confirm') }));
      await within(dialog).findByText(t('referral:close.errors.reasonRequired'));
    },
  },
  {
    name: 'an empty inbox',
    arrange: () => {
      server.use(http.get(listUrl, () => HttpResponse.json({ value: [], totalCount: 0 })));
      return '/inbox';
    },
    act: async ({ t }) => {
      await screen.findByRole('heading', { name: t('inbox:empty.title') }, { timeout: 5000 });
    },
  },
  {
    name: 'settings with an invalid number',
    arrange: () => '/inbox',
    act: async ({ user, t }) => {
      await user.click(await screen.findByRole('button', { name: t('common:settings.open') }));
      const dialog = await screen.findByRole('dialog', { name: t('common:settings.title') });
      const field = await within(dialog).findByRole('spinbutton', {
        name: t('common:settings.refresh.minutes'),
      });
      await user.clear(field);
      await user.type(field, '0');
      await within(dialog).findByText(t('common:settings.outOfRange', { min: 1, max: 120 }));
    },
  },
  {
    name: 'list with scopes, aging and the saved views menu open',
    arrange: () => {
      localStorage.setItem(
        'referral-desk-saved-views',
        JSON.stringify([{ id: 'v1', name: 'Q4 deals', query: 'scope=stale' }]),
      );
      return '/referrals?scope=needs-response';
    },
    act: async (driver) => {
      const { user, t } = driver;
      await listLoaded();
      await user.click(screen.getByText(t('referral:views.menu', { count: 1 })));
      await screen.findByRole('button', { name: t('referral:views.rename', { name: 'Q4 deals' }) });
      await user.click(screen.getByRole('button', { name: t('referral:views.save') }));
      await screen.findByText(t('referral:views.nameRequired'));
    },
  },
  {
    name: 'insights with every figure, a data table and the probabilities form with an error',
    arrange: () => '/insights?period=all',
    act: async ({ user, t }) => {
      await screen.findByTestId('insights-count', undefined, { timeout: 5000 });
      const [toggle] = screen.getAllByRole('button', { name: t('insights:showTable') });
      await user.click(toggle!);
      await user.click(screen.getByText(t('insights:editProbabilities')));
      const field = screen.getByRole('textbox', { name: t('weights:new') });
      await user.clear(field);
      await user.type(field, '1x');
      await user.click(screen.getByRole('button', { name: t('weights:save') }));
      await screen.findByText(t('weights:invalid'));
    },
  },
  {
    name: 'insights with a backwards custom period',
    arrange: () => '/insights?period=custom&from=2026-02-01&to=2026-01-01',
    act: async ({ t }) => {
      await screen.findByText(t('insights:period.invalid'), undefined, { timeout: 5000 });
      await screen.findByTestId('insights-count', undefined, { timeout: 5000 });
    },
  },
  {
    name: 'insights that could not load',
    arrange: () => {
      testSimulator.faults.set({ networkError: 'all' });
      return '/insights';
    },
    act: async ({ t }) => {
      await screen.findByText(t('insights:error'), undefined, { timeout: 5000 });
    },
  },
  {
    name: 'list narrowed by an insights link',
    arrange: () => '/referrals?created=2020-01-01..&reason=price&customer=Contoso',
    act: async ({ t }) => {
      await screen.findByTestId('list-narrowing', undefined, { timeout: 5000 });
      expect(screen.getAllByText(t('list:filter.clear')).length).toBeGreaterThan(0);
    },
  },
  {
    name: 'an address with no page',
    arrange: () => '/no-such-page',
    act: async ({ t }) => {
      await screen.findByText(t('common:error.notFoundPage'), undefined, { timeout: 5000 });
    },
  },
];

/** jsdom has no layout: give elements a size so the virtualized list and board render rows. */
function mockElementSizes() {
  const sizes = { clientHeight: 4000, clientWidth: 280, offsetHeight: 100, offsetWidth: 280 };
  for (const [key, value] of Object.entries(sizes))
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
  return () => {
    for (const key of Object.keys(sizes)) Reflect.deleteProperty(HTMLElement.prototype, key);
  };
}

let restoreSizes: () => void;
beforeAll(() => {
  restoreSizes = mockElementSizes();
});
afterAll(() => restoreSizes());

/** Error messages the simulator answered with: the server's words, data like a referral's name. */
const serverMessages = new Set<string>();
async function recordServerMessage({ response }: { response: Response }) {
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);
  const error = (body as { error?: { message?: unknown } } | undefined)?.error;
  if (typeof error?.message === 'string') serverMessages.add(error.message);
}

/** Currency names come from Intl in the chosen language; some read the same ("Euro"). */
function currencyNames(referrals: readonly Referral[]): string[] {
  const codes = new Set(referrals.map((r) => (r.details?.currency ?? '').toUpperCase()));
  return ['en-US', 'tr-TR'].flatMap((locale) => {
    const names = new Intl.DisplayNames(locale, { type: 'currency' });
    return [...codes].filter((c) => /^[A-Z]{3}$/.test(c)).map((c) => names.of(c) ?? c);
  });
}

/** Country names come from Intl in the chosen language; many read the same ("Andorra"). */
function countryNames(): string[] {
  return ['en-US', 'tr-TR'].flatMap((locale) => {
    const names = new Intl.DisplayNames(locale, { type: 'region' });
    return COUNTRY_CODES.map((code) => `${names.of(code) ?? code} (${code})`);
  });
}

/** Render one state in one language from a fresh simulator; the segments it shows, and its data. */
async function renderState(state: ScreenState, language: Language) {
  cleanup();
  vi.useRealTimers();
  localStorage.clear();
  server.resetHandlers();
  testSimulator.reset();
  testSimulator.faults.clear();
  testSimulator.clearRequests();
  const url = state.arrange();
  const i18n = createTestI18n(language);
  const driver: Driver = {
    user: userEvent.setup(),
    t: (key, options) => translate(i18n, 'common', key, options),
  };
  // The copies before the state changes them too: the merge view shows old values beside new.
  const before = testSimulator.all();
  renderRoutes(<AppRoutes demoPanel={<DemoBanner controls={demo} />} />, url, { language });
  await state.act(driver);
  return {
    segments: collectSegments(document.body),
    referrals: [...before, ...testSimulator.all()],
  };
}

const describeFindings = (findings: Finding[]) =>
  findings.map((f) => `${JSON.stringify(f.segment)}: ${f.why}`);

describe('every screen state is in the chosen language', () => {
  beforeAll(() => {
    server.events.on('response:mocked', recordServerMessage);
  });
  afterAll(() => {
    server.events.removeListener('response:mocked', recordServerMessage);
  });

  test.each(STATES.map((s) => [s.name, s] as const))(
    '%s',
    async (_name, state) => {
      serverMessages.clear();
      const english = await renderState(state, 'en');
      const turkish = await renderState(state, 'tr');
      // Data of both renders (the state may have changed referrals), plus what the states typed.
      const data = referralDataTexts([...english.referrals, ...turkish.referrals]);
      for (const text of [
        ...[
          'mine',
          'theirs',
          'Renamed elsewhere',
          'xx',
          'Frozen',
          'Q4 deals',
          'Jane Doe (jane.doe@contoso.com)',
          'Jane Doe',
          'jane.doe@contoso.com',
        ],
        ...serverMessages,
        ...(state.data ?? []),
        ...currencyNames([...english.referrals, ...turkish.referrals]),
        ...countryNames(),
      ])
        data.add(text);
      const context = { data };

      expect(english.segments.size).toBeGreaterThan(10);
      expect(
        describeFindings([
          ...catalogueLeaks(turkish.segments, 'tr', context),
          ...catalogueLeaks(english.segments, 'en', context),
          ...untranslatedSegments(english.segments, turkish.segments, context),
          ...englishWords(turkish.segments, context),
        ]),
      ).toEqual([]);
    },
    60_000,
  );
});

/** Keys whose Turkish text is rightly the English one: names, symbols, a pure template. */
const SAME_IN_BOTH = [
  'common:appName',
  'common:language.en',
  'common:language.tr',
  // A template of data only: a stage and a count, a currency code, a bar's name and value.
  'insights:barLabelStatic',
  'insights:pipeline.currencyHeading',
  'insights:pipeline.rowLabel',
  'list:cell.none',
  'edit:facts.none',
  'edit:facts.targetOf',
];

function leaves(messages: Readonly<Record<string, string>>, ns: string): [string, string][] {
  return Object.entries(messages).flatMap(([key, message]) =>
    readMessage(message).texts.map(({ suffix, text }): [string, string] => [
      `${ns}:${key}${suffix}`,
      text,
    ]),
  );
}

test('no Turkish text is an English text copied over (the screens above could not tell)', () => {
  const same = Object.entries(catalogues).flatMap(([ns, messages]) => {
    const tr = new Map(leaves(messages.tr, ns));
    return leaves(messages.en, ns)
      .filter(([key, text]) => tr.get(key) === text)
      .map(([key]) => key);
  });
  expect(same.sort()).toEqual([...SAME_IN_BOTH].sort());
});
