// `npm run bench`: figures for the production build in headless Chromium on the demo backend.
// Each timing runs several times and the median is reported. Prints a table and writes
// bench/results.json. Timings are reported, never asserted: these machines are noisy.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { bundleSizes } from './bundle-size.mjs';
import { libraryFloor } from './library-floor.mjs';
import { paintAfterMark, probeScript } from './browser-probes.mjs';
import { measureSoak, soakRows } from './soak.mjs';
import { bulkRows, measureBulk } from './bulk.mjs';
import { latencyRows, measureLatencySizes } from './latency.mjs';
import { insightsChunkGzip, measureInsights } from './insights-probe.mjs';
import { coldStartRows, measureColdStart } from './cold-start.mjs';
import { coldFloorRows, measureColdFloor } from './cold-floor.mjs';
import { launchChromium, startPreview } from './standalone.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4196);
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// An empty list skips that part (BENCH_SIZES= measures the board only).
const sizesFrom = (value) =>
  value
    .split(',')
    .filter((x) => x.trim() !== '')
    .map(Number);
// BENCH_BULK=0 skips the bulk action figure.
const BULK = process.env.BENCH_BULK !== '0';
// Referrals loaded at 300 ms per request, first and return visit (0 skips it).
// BENCH_LATENCY_SIZE (one size, the old name) or BENCH_LATENCY_SIZES ("" or 0 skips it).
const LATENCY_SIZES = sizesFrom(
  process.env.BENCH_LATENCY_SIZES ?? process.env.BENCH_LATENCY_SIZE ?? '1000,10000',
).filter((n) => n > 0);
const SIZES = sizesFrom(process.env.BENCH_SIZES ?? '1000,10000');
const BOARD_SIZES = sizesFrom(process.env.BENCH_BOARD_SIZES ?? '1000,5000,10000');
// Navigation cycles of the soak (0 skips it).
const SOAK_CYCLES = Number(process.env.SOAK_CYCLES ?? 100);
// Drops per board page load (their median is the load's drop → moved).
const BOARD_DROPS = Math.max(1, Number(process.env.BENCH_BOARD_DROPS ?? 3));
const INBOX_SIZES = sizesFrom(process.env.BENCH_INBOX_SIZES ?? '10000');
const INSIGHTS_SIZES = sizesFrom(process.env.BENCH_INSIGHTS_SIZES ?? '1000,10000');
// Cold start, demo and live builds (BENCH_COLD=0 skips it, BENCH_COLD_LIVE=0 the live build).
const COLD = process.env.BENCH_COLD !== '0';
// The cold start's floor: minimal pages beside the app (BENCH_COLD_FLOOR=0 skips it).
const COLD_FLOOR = COLD && process.env.BENCH_COLD_FLOOR !== '0';

const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};
const round = (x, digits = 1) =>
  x === null || x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits;

// Debian's Chromium (or Playwright's) with what the memory figures need: precise heap sizes and gc().
const launch = () =>
  launchChromium(['--disable-quic', '--enable-precise-memory-info', '--js-flags=--expose-gc']);

async function openFresh(browser, path) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(probeScript);
  const page = await context.newPage();
  await page.goto(`${BASE}${path}`);
  return { context, page };
}

async function waitForMark(page, name, timeout = 120_000) {
  await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark').length > 0, name, {
    timeout,
    polling: 50,
  });
  await page.waitForTimeout(300);
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

async function measureList(browser, size) {
  const { context, page } = await openFresh(browser, `/referrals?demo-size=${size}`);
  await waitForMark(page, 'rd:list-complete');
  await page.getByTestId('referral-row').first().waitFor();
  const firstRows = await page.evaluate(paintAfterMark, 'rd:list-first-page');
  const fullList = await page.evaluate(paintAfterMark, 'rd:list-complete');
  const heap = await heapMb(page);

  // Search keystrokes: type a word one character at a time; each is timed until the next paint.
  const search = page.getByRole('searchbox').first();
  await search.click();
  const keystrokes = [];
  for (const ch of 'tekno') {
    const ms = await page.evaluate(async (key) => {
      const input = document.activeElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const probe = window.__benchProbe;
      const before = probe.paints.length;
      const t0 = performance.now();
      setter.call(input, input.value + key);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const deadline = t0 + 2000;
      // Wait for the rows to settle: the last paint caused by this keystroke within 2 s.
      await new Promise((resolve) => {
        let lastCount = probe.paints.length;
        let quietSince = performance.now();
        const tick = () => {
          if (probe.paints.length !== lastCount) {
            lastCount = probe.paints.length;
            quietSince = performance.now();
          }
          if (performance.now() - quietSince > 150 || performance.now() > deadline) resolve();
          else setTimeout(tick, 10);
        };
        tick();
      });
      const paints = probe.paints.slice(before).filter((p) => p.mutatedAt >= t0);
      return paints.length ? paints.at(-1).paintedAt - t0 : null;
    }, ch);
    keystrokes.push(ms);
  }
  await search.fill('');
  await page.waitForTimeout(300);

  // Scroll to the end; record long tasks and the longest frame while scrolling.
  const scroll = await page.evaluate(async () => {
    const probe = window.__benchProbe;
    const candidates = [...document.querySelectorAll('*')].filter((el) => {
      const style = getComputedStyle(el);
      return /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 10;
    });
    const scroller =
      candidates.sort((a, b) => b.scrollHeight - a.scrollHeight)[0] ?? document.scrollingElement;
    const t0 = performance.now();
    let longestFrame = 0;
    let last = performance.now();
    const frames = [];
    await new Promise((resolve) => {
      const step = () => {
        const now = performance.now();
        longestFrame = Math.max(longestFrame, now - last);
        frames.push(now - last);
        last = now;
        if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2)
          return resolve();
        scroller.scrollTop += scroller.clientHeight * 0.9;
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    await new Promise((r) => setTimeout(r, 200));
    const tasks = probe.longTasks.filter((t) => t.start >= t0);
    // Every frame's interval: the longest one grows with the number of frames (10x as many rows,
    // 10x as many frames, so 10x the chances of a collection or the machine's own hiccup); the
    // percentiles say whether a frame itself costs more.
    const sorted = frames.slice(1).sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? null;
    return {
      longestTask: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
      longTasks: tasks.length,
      longestFrame,
      frames: sorted.length,
      frameP50: at(0.5),
      frameP99: at(0.99),
      scrollHeight: scroller.scrollHeight,
    };
  });
  await context.close();
  return { firstRows, fullList, keystroke: median(keystrokes), heap, ...scroll };
}

/** One pointer drag of New·Pending's first card to Active·Accepted: drop → moved and its writes. */
async function dragFirstPendingCard(page) {
  const card = page
    .locator('[data-testid="board-column"][data-stage="new-pending"] [data-testid="board-card"]')
    .first();
  const target = page.locator('[data-testid="board-column"][data-stage="active-accepted"]');
  const before = await page.evaluate(() => window.__referralDeskSim.requests.length);
  const marks = await page.evaluate(
    () => performance.getEntriesByName('board-moved', 'mark').length,
  );
  const handle = card.getByRole('button', { name: /drag/i }).first();
  const from = (await handle.count()) ? await handle.boundingBox() : await card.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) return null;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 12; i += 1) {
    await page.mouse.move(
      from.x + ((to.x + to.width / 2 - from.x) * i) / 12,
      from.y + ((to.y + 120 - from.y) * i) / 12,
    );
  }
  await page.mouse.up();
  const isMoved = await page
    .waitForFunction((n) => performance.getEntriesByName('board-moved', 'mark').length > n, marks, {
      timeout: 5000,
    })
    .then(() => true)
    .catch(() => false);
  if (!isMoved) return null;
  const dropToMoved = await page.evaluate(() => {
    const drop = performance.getEntriesByName('board-drop', 'mark').at(-1);
    const moved = performance.getEntriesByName('board-moved', 'mark').at(-1);
    return drop && moved ? moved.startTime - drop.startTime : null;
  });
  await page.waitForTimeout(800);
  const requests = await page.evaluate(
    (n) => window.__referralDeskSim.requests.slice(n).filter((r) => r.method !== 'GET').length,
    before,
  );
  return { dropToMoved, requests };
}

async function measureBoard(browser, size) {
  const { context, page } = await openFresh(browser, `/pipeline?demo-size=${size}`);
  await waitForMark(page, 'rd:list-complete');
  await page.getByTestId('board-card').first().waitFor();
  const render = await page.evaluate(paintAfterMark, 'rd:list-complete');
  const heap = await heapMb(page);

  // Real pointer drags New·Pending → Active·Accepted (BOARD_DROPS per page, each the column's
  // first card); the board marks board-drop / board-moved. The median of the drops is this
  // load's figure: one drop per load swung by tens of ms on the shared machine.
  const drops = [];
  let requestsPerMove = null;
  for (let drop = 0; drop < BOARD_DROPS; drop += 1) {
    const measured = await dragFirstPendingCard(page);
    if (!measured) break;
    drops.push(measured.dropToMoved);
    if (drop === 0) requestsPerMove = measured.requests;
  }
  const dropToMoved = median(drops);
  await context.close();
  return { render, heap, dropToMoved, requestsPerMove };
}

async function measureSave(browser) {
  const { context, page } = await openFresh(
    browser,
    `/referrals/61c65491-2f2c-461a-84b4-3654499bc1d9?demo-size=60`,
  );
  const notes = page.getByRole('textbox', { name: /notes/i }).first();
  await notes.waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300);
  const before = await page.evaluate(() => window.__referralDeskSim.requests.length);
  await notes.fill(`Benchmark note ${Date.now()}`);
  await page.getByRole('button', { name: /^save/i }).first().click();
  await page.waitForFunction(
    (n) =>
      window.__referralDeskSim.requests
        .slice(n)
        .some((r) => r.method === 'PUT' || r.method === 'PATCH'),
    before,
  );
  await page.waitForTimeout(800);
  const requests = await page.evaluate(
    (n) => window.__referralDeskSim.requests.slice(n).map((r) => r.method),
    before,
  );
  await context.close();
  return { requestsPerSave: requests.length, methods: requests };
}

/** The inbox: from the complete list in the cache to the first frame with its ordered rows. */
async function measureInbox(browser, size) {
  const { context, page } = await openFresh(browser, `/inbox?demo-size=${size}`);
  await waitForMark(page, 'rd:list-complete');
  await page.getByTestId('inbox-row').first().waitFor();
  const render = await page.evaluate(paintAfterMark, 'rd:list-complete');
  const rowsShown = await page.getByTestId('inbox-row').count();
  await context.close();
  return { render, rowsShown };
}

async function repeat(label, runs, fn) {
  const results = [];
  for (let i = 0; i < runs; i += 1) {
    try {
      results.push(await fn());
    } catch (error) {
      console.error(`${label} run ${i + 1} failed: ${error.message.split('\n')[0]}`);
    }
  }
  const keys = Object.keys(results[0] ?? {});
  return Object.fromEntries(keys.map((k) => [k, round(median(results.map((r) => r[k])))]));
}

/** drop → moved at the largest board size over the smallest (null with fewer than two sizes). */
function boardDropRatio(board) {
  const measured = Object.keys(board)
    .map(Number)
    .filter((size) => board[size]?.dropToMoved > 0)
    .sort((a, b) => a - b);
  if (measured.length < 2) return null;
  const small = measured[0];
  const large = measured.at(-1);
  return { small, large, ratio: board[large].dropToMoved / board[small].dropToMoved };
}

const sizes = bundleSizes();
// BENCH_FLOOR=0 skips the library floor (it builds each library alone, which takes a while).
const floor =
  process.env.BENCH_FLOOR === '0' ? { all: 0, parts: {}, skipped: true } : await libraryFloor();
const preview = await startPreview({ port: PORT });
const browser = await launch();
const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  bundle: { ...sizes, insightsJsGzip: insightsChunkGzip(), libraryFloor: floor },
  list: {},
  board: {},
  inbox: {},
  insights: {},
  save: null,
  soak: null,
};
try {
  // First, while the machine is as quiet as this run gets.
  if (COLD)
    results.coldStart = await measureColdStart(browser, BASE).catch((error) => ({
      error: error.message.split('\n')[0],
    }));
  if (COLD_FLOOR)
    results.coldFloor = await measureColdFloor(browser, { port: PORT + 10 }).catch((error) => ({
      error: error.message.split('\n')[0],
    }));
  for (const size of SIZES)
    results.list[size] = await repeat(`list ${size}`, RUNS, () => measureList(browser, size));
  for (const size of BOARD_SIZES)
    results.board[size] = await repeat(`board ${size}`, RUNS, () => measureBoard(browser, size));
  for (const size of INBOX_SIZES)
    results.inbox[size] = await repeat(`inbox ${size}`, RUNS, () => measureInbox(browser, size));
  for (const size of INSIGHTS_SIZES)
    results.insights[size] = await repeat(`insights ${size}`, RUNS, () =>
      measureInsights(browser, BASE, size),
    );
  results.save = await measureSave(browser).catch((error) => ({
    error: error.message.split('\n')[0],
  }));
  if (SOAK_CYCLES > 0)
    results.soak = await measureSoak(browser, BASE, { cycles: SOAK_CYCLES }).catch((error) => ({
      error: error.message.split('\n')[0],
    }));
  if (BULK)
    results.bulk = await measureBulk(browser, BASE).catch((error) => ({
      error: error.message.split('\n')[0],
    }));
  // The demo build, then the live build against the HTTP simulator (ports PORT+3 and PORT+4).
  results.latency = await measureLatencySizes(browser, BASE, LATENCY_SIZES, { livePort: PORT + 3 });
} finally {
  await browser.close();
  preview.stop();
}

results.boardDropRatio = boardDropRatio(results.board);
results.loadAverage = loadavg()
  .map((x) => x.toFixed(2))
  .join(' ');
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x) => (x === null || x === undefined ? 'n/a' : `${x} ms`);
const rows = [
  ['First-route JS, English (gzip, with its words)', kb(sizes.firstRouteJsGzip), '≤ 130 KB'],
  [
    'First-route JS in Turkish (gzip, with its words)',
    kb(sizes.firstRouteTurkishJsGzip),
    '≤ 130 KB',
  ],
  [
    'Demo backend chunk (gzip, demo only)',
    `${kb(sizes.demoBackendJsGzip)}${sizes.demoIsSeparateChunk ? ', separate' : ', NOT separate'}`,
    'separate chunk',
  ],
  ['  of which could never be less: the libraries alone', kb(floor.all), ''],
  ...Object.entries(floor.parts).map(([name, bytes]) => [`    ${name}`, kb(bytes), '']),
  [
    'Insights chunk JS (gzip, loaded on /insights only)',
    kb(results.bundle.insightsJsGzip ?? 0),
    'separate chunk',
  ],
  ['Whole build JS (gzip)', kb(sizes.wholeBuildJsGzip), ''],
];
for (const size of SIZES) {
  const l = results.list[size];
  rows.push([`List ${size}: data → first rows painted`, ms(l.firstRows), '≤ 150 ms']);
  rows.push([`List ${size}: full list → painted`, ms(l.fullList), '≤ 150 ms']);
  rows.push([`List ${size}: search keystroke → painted`, ms(l.keystroke), '≤ 50 ms']);
  rows.push([
    `List ${size}: longest task while scrolling to the end`,
    ms(l.longestTask),
    '< 50 ms',
  ]);
  rows.push([`List ${size}: longest frame while scrolling`, ms(l.longestFrame), '']);
  rows.push([
    `List ${size}: frames while scrolling, p50 / p99 (frames)`,
    `${ms(l.frameP50)} / ${ms(l.frameP99)} (${l.frames})`,
    '',
  ]);
  rows.push([`List ${size}: JS heap after load`, `${l.heap} MB`, '≤ 80 MB']);
}
{
  // How a scrolling frame's cost grows with the list: the largest size's p99 over the smallest's.
  const measured = SIZES.filter((size) => results.list[size]?.frameP99 > 0);
  if (measured.length >= 2) {
    const small = measured[0];
    const large = measured.at(-1);
    const ratio = results.list[large].frameP99 / results.list[small].frameP99;
    rows.push([`List: p99 scrolling frame, ${large} / ${small} rows`, `${ratio.toFixed(2)}x`, '']);
  }
}
for (const size of BOARD_SIZES) {
  const b = results.board[size];
  rows.push([
    `Board ${size}: data → columns painted`,
    ms(b.render),
    size <= 5000 ? '≤ 250 ms (5k)' : '≤ 250 ms (10k)',
  ]);
  rows.push([`Board ${size}: drop → card moved`, ms(b.dropToMoved), '≤ 16 ms']);
  rows.push([`Board ${size}: requests per move`, String(b.requestsPerMove), '1']);
  rows.push([`Board ${size}: JS heap after load`, `${b.heap} MB`, '≤ 80 MB']);
}
// A drop should cost the two columns it changes, not the cards on the board (issue 16).
const dropRatio = results.boardDropRatio;
if (dropRatio) {
  rows.push([
    `Board drop → moved, ${dropRatio.large} / ${dropRatio.small} cards`,
    `${dropRatio.ratio.toFixed(2)}x`,
    '≤ 1.3x',
  ]);
}
for (const size of INBOX_SIZES) {
  rows.push([`Inbox ${size}: data → painted`, ms(results.inbox[size]?.render), '≤ 100 ms']);
}
if (BULK) rows.push(...bulkRows(results.bulk));
for (const size of INSIGHTS_SIZES) {
  const i = results.insights[size];
  rows.push([`Insights ${size}: data → every figure computed`, ms(i.computed), '']);
  rows.push([`  of which before the figures start (list cache)`, ms(i.beforeStart), '']);
  rows.push([`Insights ${size}: data → first screen painted`, ms(i.firstScreen), '≤ 200 ms (10k)']);
  rows.push([
    `Insights ${size}: data → every chart painted (12,000 px screen)`,
    ms(i.painted),
    '≤ 200 ms (10k)',
  ]);
}
if (INSIGHTS_SIZES.length > 1) {
  const small = results.insights[Math.min(...INSIGHTS_SIZES)];
  const large = results.insights[Math.max(...INSIGHTS_SIZES)];
  const times = (key) =>
    small?.[key] && large?.[key] ? `${(large[key] / small[key]).toFixed(1)}×` : 'n/a';
  rows.push([
    `Insights ${Math.max(...INSIGHTS_SIZES)}/${Math.min(...INSIGHTS_SIZES)}: computed, painted`,
    `${times('computed')}, ${times('painted')}`,
    '',
  ]);
}
if (LATENCY_SIZES.length > 0) rows.push(...latencyRows(results.latency));
if (COLD) rows.push(...coldStartRows(results.coldStart));
if (COLD_FLOOR) rows.push(...coldFloorRows(results.coldFloor));
rows.push(['Requests per save', String(results.save?.requestsPerSave ?? results.save?.error), '1']);
if (SOAK_CYCLES > 0) rows.push(...soakRows(results.soak));
const width = Math.max(...rows.map((r) => r[0].length));
const load = results.loadAverage;
console.log(
  `\nReferral Desk benchmark (median of ${RUNS} runs, production build, headless Chromium; load average at the end ${load})\n`,
);
console.log(`${'measure'.padEnd(width)}  ${'result'.padEnd(22)}  goal`);
for (const [name, value, goal] of rows)
  console.log(`${name.padEnd(width)}  ${value.padEnd(22)}  ${goal}`);
console.log('\nWritten to bench/results.json');
