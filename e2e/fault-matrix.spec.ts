import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, type Sim } from './fixtures';

/**
 * The fault matrix: every write path × every fault. In each cell the user's data survives the
 * failure, a message says what happened, and a later retry stores exactly what the user meant.
 * The app's requests go through the MSW service worker, which `page.route` does not see, so the
 * faults come from the simulator (`sim.setFaults`); the time-out uses Playwright's clock, so no
 * test waits the app's 30 s request time-out. The table is printed and written to
 * reports/fault-matrix.md at the end.
 */

type Stored = Record<string, unknown> & {
  id: string;
  name?: string | null;
  status: string;
  substatus: string;
  eTag?: string | null;
  details?: Record<string, unknown> | null;
};

type Cell = { page: Page; sim: Sim; before: Stored };

type Fault = {
  name: string;
  /** What the user is told (form: the save problem; board: the toast). */
  message: RegExp;
  /** The time-out needs the fake clock, installed before the page loads. */
  needsClock?: boolean;
  arm(cell: Cell): Promise<void>;
  /** After the user's write went out: e.g. let the clock pass the request time-out. */
  afterWrite?(cell: Cell): Promise<void>;
  disarm(cell: Cell): Promise<void>;
  /** A 412: the path resolves it its own way instead of showing a failure. */
  isConflict?: boolean;
  /** The failed write was stored all the same (a garbled answer to a write that landed). */
  isStoredAnyway?: boolean;
};

type WritePath = {
  name: string;
  /** The stage of the referral the path starts from. */
  stage: { status: string; substatus: string };
  open(cell: Cell): Promise<void>;
  /** The user's write. */
  write(cell: Cell): Promise<void>;
  /** After a failed write: the user's data is still on screen and the message names the cause. */
  expectFailure(cell: Cell, message: RegExp): Promise<void>;
  /** Try again once the fault is gone, and wait for the success the user sees. */
  retry(cell: Cell): Promise<void>;
  /** After a 412: see it, resolve it, and wait for the success the user sees. */
  resolveConflict(cell: Cell): Promise<void>;
  /** What the user meant, laid over the copy they started from. */
  meant: Record<string, unknown>;
};

const THEIR_NOTES = 'Changed by someone else while you were editing';
/** Fields the server stamps on every write: not part of what the user meant. */
const SERVER_STAMPS = ['eTag', 'updatedDateTime', 'acceptedDateTime', 'closedDateTime'];

/** The app's request time-out (VITE_REQUEST_TIMEOUT_MS, default 30 s); the e2e build keeps it. */
const TIMEOUT_MS = 30_000;

const faults: Fault[] = [
  {
    name: '412',
    // Not a failure: the path's own conflict handling says what happened (resolveConflict).
    message: /Someone else changed this referral|changed by someone else/,
    isConflict: true,
    arm: ({ sim, before }) => sim.modify(before.id, { details: { notes: THEIR_NOTES } }),
    disarm: () => Promise.resolve(),
  },
  {
    name: '429 Retry-After',
    message: /Too many requests\. Retry in 2 s\./,
    arm: ({ sim }) => sim.setFaults({ throttleRetryAfterSeconds: 2 }),
    disarm: ({ sim }) => sim.setFaults({ throttleRetryAfterSeconds: null }),
  },
  {
    name: '500',
    message: /The server answered 500: An unexpected error occurred on the server\./,
    arm: ({ sim }) => sim.setFaults({ writeStatus: 500 }),
    disarm: ({ sim }) => sim.setFaults({ writeStatus: null }),
  },
  {
    name: '503',
    message: /The server answered 503: The service is temporarily unavailable\./,
    arm: ({ sim }) => sim.setFaults({ writeStatus: 503 }),
    disarm: ({ sim }) => sim.setFaults({ writeStatus: null }),
  },
  {
    name: 'network abort',
    message: /The server could not be reached\. Check your connection/,
    arm: ({ sim }) => sim.setFaults({ networkError: 'writes' }),
    disarm: ({ sim }) => sim.setFaults({ networkError: 'none' }),
  },
  {
    name: 'timeout',
    message: /The server took too long to answer\./,
    needsClock: true,
    // Far longer than the request time-out: the write never lands while the test runs, so the
    // retry is what stores it. (A timed-out write that does land is the malformed row's case.)
    arm: ({ sim }) => sim.setFaults({ writeLatencyMs: 10 * 60_000 }),
    afterWrite: async ({ page, sim }) => {
      await expect.poll(async () => (await puts(sim)).length).toBeGreaterThan(0);
      await page.clock.fastForward(TIMEOUT_MS + 1000);
    },
    disarm: ({ sim }) => sim.setFaults({ writeLatencyMs: 0 }),
  },
  {
    name: 'malformed JSON',
    message: /The server sent data the app does not understand/,
    isStoredAnyway: true,
    arm: ({ sim }) => sim.setFaults({ writeMalformed: true }),
    disarm: ({ sim }) => sim.setFaults({ writeMalformed: false }),
  },
];

const puts = async (sim: Sim) => (await sim.requests()).filter((r) => r.method === 'PUT');

async function pickReferral(sim: Sim, stage: WritePath['stage']): Promise<Stored> {
  const all = (await sim.all()) as Stored[];
  const found = all.find(
    (r) => r.status === stage.status && r.substatus === stage.substatus && r.name,
  );
  if (!found) throw new Error(`the seed has no named ${stage.status}·${stage.substatus} referral`);
  return found;
}

// ---- the edit form ---------------------------------------------------------------------------

const DEAL_VALUE = 424242;
const REFERENCE = 'CRM-FAULT-7';
const dealValue = (page: Page) => page.getByRole('textbox', { name: 'Deal value' });
const reference = (page: Page) => page.getByRole('textbox', { name: 'External reference ID' });
const conflictDialog = (page: Page) =>
  page.getByRole('dialog', { name: 'Someone else changed this referral' });
const status = (page: Page) => page.getByRole('status').filter({ hasText: /\S/ });

async function openForm({ page, before }: Cell) {
  await page.goto(`/referrals/${before.id}`);
  await expect(page.getByRole('form', { name: 'Edit referral' })).toBeVisible();
}

async function retryForm({ page }: Cell, success: string) {
  const problem = page.locator('.save-problem');
  const retry = problem.getByRole('button', { name: 'Retry' });
  // A 429 keeps Retry disabled until Retry-After has passed.
  await expect(retry).toBeEnabled({ timeout: 5000 });
  await retry.click();
  await expect(status(page).getByText(success)).toBeVisible();
  await expect(problem).toHaveCount(0);
}

async function resolveFormConflict(page: Page, success: string, mine: string) {
  const dialog = conflictDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Your changes, kept:' })).toContainText(mine);
  await expect(dialog.getByRole('list', { name: 'Changed by someone else, taken:' })).toContainText(
    'Notes',
  );
  await dialog.getByRole('button', { name: 'Merge and save' }).click();
  await expect(status(page).getByText(success)).toBeVisible();
}

const formSave: WritePath = {
  name: 'form save',
  stage: { status: 'Active', substatus: 'Accepted' },
  open: openForm,
  async write({ page }) {
    await dealValue(page).fill(String(DEAL_VALUE));
    await reference(page).fill(REFERENCE);
    await page.getByRole('button', { name: 'Save changes' }).click();
  },
  async expectFailure({ page }, message) {
    const problem = page.locator('.save-problem');
    await expect(problem.getByRole('alert')).toContainText(
      'Your changes were not saved. Everything you typed is still here.',
    );
    await expect(problem.getByRole('alert')).toContainText(message);
    await expect(dealValue(page)).toHaveValue(String(DEAL_VALUE));
    await expect(reference(page)).toHaveValue(REFERENCE);
    await expect(page.getByText('You have unsaved changes.')).toBeVisible();
  },
  retry: (cell) => retryForm(cell, 'Referral saved.'),
  resolveConflict: ({ page }) => resolveFormConflict(page, 'Referral saved.', 'Deal value'),
  meant: { externalReferenceId: REFERENCE, details: { dealValue: DEAL_VALUE } },
};

// ---- the close dialog (from the edit form) ---------------------------------------------------

const REASON = 'Chose another vendor';
const REASON_DETAILS = 'Went with a local partner';

const closeSave: WritePath = {
  name: 'close dialog',
  stage: { status: 'Active', substatus: 'Accepted' },
  open: openForm,
  async write({ page }) {
    await page.getByRole('button', { name: 'Close…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Close “/ });
    await dialog.getByRole('radio', { name: 'Lost' }).check();
    await dialog.getByRole('combobox', { name: 'Reason' }).selectOption({ label: REASON });
    await dialog.getByRole('textbox', { name: 'Details' }).fill(REASON_DETAILS);
    await dialog.getByRole('button', { name: 'Close referral' }).click();
  },
  async expectFailure({ page }, message) {
    const problem = page.locator('.save-problem');
    await expect(problem.getByRole('alert')).toContainText(message);
    // The close decision is kept in the form, pending, with its reason.
    await expect(page.getByText('Not saved yet: closing as Closed · Lost.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Status reason' })).toHaveValue(
      `${REASON}: ${REASON_DETAILS}`,
    );
  },
  async retry(cell) {
    await retryForm(cell, 'Referral closed.');
    await expect(
      cell.page.getByRole('region', { name: 'This referral is closed and read-only.' }),
    ).toContainText('Closed · Lost');
  },
  async resolveConflict({ page }) {
    // The merged save confirms the close; the closed banner below shows what it did.
    await resolveFormConflict(page, 'Referral closed.', 'Status');
    await expect(
      page.getByRole('region', { name: 'This referral is closed and read-only.' }),
    ).toContainText('Closed · Lost');
  },
  meant: { status: 'Closed', substatus: 'Lost', statusReason: `${REASON}: ${REASON_DETAILS}` },
};

// ---- the board's Move to… menu ---------------------------------------------------------------

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const cardIn = (where: Locator, id: string) => where.locator(`[data-referral-id="${id}"]`);
const PENDING = 'New · Pending';
const ACTIVE = 'Active · Accepted';

async function moveWithMenu(page: Page, id: string) {
  const card = cardIn(column(page, PENDING), id);
  await card.getByRole('button', { name: /^Move to…/ }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: ACTIVE }).click();
}

const boardMove: WritePath = {
  name: 'board move',
  stage: { status: 'New', substatus: 'Pending' },
  async open({ page, before }) {
    await page.goto('/pipeline');
    // The column is virtualised: search for the card so it is rendered.
    await page.getByRole('searchbox', { name: 'Search the board' }).fill(before.name ?? '');
    await expect(cardIn(column(page, PENDING), before.id)).toBeVisible();
  },
  write: ({ page, before }) => moveWithMenu(page, before.id),
  async expectFailure({ page, before }, message) {
    const toast = page
      .getByRole('alert')
      .filter({ hasText: `Could not move ${before.name} to ${ACTIVE}:` });
    await expect(toast).toContainText(message);
    // The card is back where it was, and can be moved again.
    await expect(cardIn(column(page, PENDING), before.id)).toBeVisible();
    await expect(cardIn(column(page, PENDING), before.id)).toHaveAttribute('aria-busy', 'false');
    await expect(cardIn(column(page, ACTIVE), before.id)).toHaveCount(0);
  },
  async retry({ page, before }) {
    await moveWithMenu(page, before.id);
    const moved = cardIn(column(page, ACTIVE), before.id);
    await expect(moved).toBeVisible();
    await expect(moved).toHaveAttribute('aria-busy', 'false');
    await expect(cardIn(column(page, PENDING), before.id)).toHaveCount(0);
    // Whatever the first attempt did, the retry does not claim that someone else moved it.
    await expect(page.getByText(/by someone else\. Your move was not saved/)).toHaveCount(0);
  },
  async resolveConflict({ page, before }) {
    await expect(
      page
        .getByRole('status')
        .getByText(`${before.name} was changed by someone else; your move was saved on top of it.`),
    ).toBeVisible();
    const moved = cardIn(column(page, ACTIVE), before.id);
    await expect(moved).toBeVisible();
    await expect(moved).toHaveAttribute('aria-busy', 'false');
  },
  meant: { status: 'Active', substatus: 'Accepted' },
};

const paths: WritePath[] = [formSave, boardMove, closeSave];

// ---- expectations on the stored copy ---------------------------------------------------------

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>) {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = isPlainObject(value) && isPlainObject(current) ? deepMerge(current, value) : value;
  }
  return out;
}

function withoutStamps(referral: Record<string, unknown>) {
  const copy = { ...referral };
  for (const key of SERVER_STAMPS) delete copy[key];
  return copy;
}

// ---- the matrix --------------------------------------------------------------------------------

type Outcome = 'pass' | 'fail';
const MATRIX_JSON = path.join('reports', 'fault-matrix.json');
const MATRIX_MD = path.join('reports', 'fault-matrix.md');

/** Cells of this run; workers of one run share the runner's pid (a failure restarts the worker). */
function readCells(): Record<string, Outcome> {
  try {
    const saved = JSON.parse(readFileSync(MATRIX_JSON, 'utf8')) as {
      runner: number;
      cells: Record<string, Outcome>;
    };
    return saved.runner === process.ppid ? saved.cells : {};
  } catch {
    return {};
  }
}

function recordCell(key: string, outcome: Outcome) {
  const cells = { ...readCells(), [key]: outcome };
  mkdirSync('reports', { recursive: true });
  writeFileSync(MATRIX_JSON, JSON.stringify({ runner: process.ppid, cells }, null, 2));
}

function matrixTable(cells: Record<string, Outcome>): string {
  const mark = (key: string) => {
    const outcome = cells[key];
    return outcome === 'pass' ? '✓' : outcome === 'fail' ? '✗' : '–';
  };
  const header = `| fault | ${paths.map((p) => p.name).join(' | ')} |`;
  const rule = `|---|${paths.map(() => ':-:').join('|')}|`;
  const rows = faults.map(
    (f) => `| ${f.name} | ${paths.map((p) => mark(`${p.name} × ${f.name}`)).join(' | ')} |`,
  );
  const passed = Object.values(cells).filter((c) => c === 'pass').length;
  const total = faults.length * paths.length;
  return [
    '# Fault matrix',
    '',
    'Each cell: the data survives the failure, a message says what happened, and a retry stores',
    'exactly what the user meant (`e2e/fault-matrix.spec.ts`). ✓ passed, ✗ failed, – not run.',
    '',
    header,
    rule,
    ...rows,
    '',
    `${passed} of ${total} cells pass.`,
    '',
  ].join('\n');
}

test.afterAll(() => {
  const table = matrixTable(readCells());
  writeFileSync(MATRIX_MD, table);
  console.log(`\n${table}`);
});

for (const writePath of paths) {
  test.describe(writePath.name, () => {
    for (const fault of faults) {
      const key = `${writePath.name} × ${fault.name}`;

      test(key, async ({ page, sim }) => {
        if (fault.needsClock) await page.clock.install();
        await sim.open('/referrals');
        const before = await pickReferral(sim, writePath.stage);
        const cell: Cell = { page, sim, before };
        await writePath.open(cell);

        await fault.arm(cell);
        await writePath.write(cell);
        await fault.afterWrite?.(cell);

        let expected = deepMerge(before, writePath.meant);
        if (fault.isConflict) {
          expected = deepMerge(expected, { details: { notes: THEIR_NOTES } });
          await writePath.resolveConflict(cell);
        } else {
          await writePath.expectFailure(cell, fault.message);
          const afterFailure = (await sim.referral(before.id)) as Stored;
          if (fault.isStoredAnyway)
            expect(withoutStamps(afterFailure)).toEqual(withoutStamps(expected));
          else expect(afterFailure).toEqual(before);
          await fault.disarm(cell);
          await writePath.retry(cell);
        }

        const stored = (await sim.referral(before.id)) as Stored;
        expect(withoutStamps(stored)).toEqual(withoutStamps(expected));
        expect(stored.eTag).not.toBe(before.eTag);
      });
    }
  });
}

// eslint-disable-next-line no-empty-pattern -- Playwright wants a fixtures pattern; no fixture is needed.
test.afterEach(({}, testInfo) => {
  recordCell(testInfo.title, testInfo.status === 'passed' ? 'pass' : 'fail');
});
