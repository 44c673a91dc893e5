// Cold start (issue 16): navigation → first board card and → first list row painted, in a fresh
// browser context each run (no HTTP cache, no service worker, no storage), production builds:
// demo (dist, the in-page simulator) and live (token auth against `npm run sim` over HTTP, 60
// referrals). Median of BENCH_COLD_RUNS (5) per route and build.
// Run alone: `npx vite build && node bench/cold-start.mjs` (BENCH_PORT, the live build on
// BENCH_PORT+1 and its simulator on BENCH_SIM_PORT, default BENCH_PORT+2; BENCH_DIST, default dist,
// the demo build to serve; BENCH_COLD_LIVE=0 skips the live build).
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startLiveStack } from './live-stack.mjs';
import { launchChromium, startPreview } from './standalone.mjs';

const SIZE = 60;
/** A pause after each visit (ms): the next one does not share the machine with its teardown. */
export const SETTLE_MS = 1000;
/** BENCH_COLD_RTT: added latency per request in ms (0, the default: localhost as it is). */
const RTT_MS = Number(process.env.BENCH_COLD_RTT ?? 0);
const ROUTES = [
  { name: 'board', path: '/pipeline', selector: '[data-testid="board-card"]' },
  { name: 'list', path: '/referrals', selector: '[data-testid="referral-row"]' },
];
/** The figures for the first board card (2-core machine, headless Chromium, 60 referrals). */
export const COLD_BEFORE = { demo: { board: 2300 }, live: { board: 1800 } };

/** In the page, before the app: the first frame painted with an element matching `selector`. */
export const firstPaintOf = (selector) => {
  const found = () => {
    if (window.__coldStart !== undefined || !document.querySelector(selector)) return false;
    window.__coldStart = null;
    // rAF runs before the frame is painted; a task queued from it runs after.
    requestAnimationFrame(() => setTimeout(() => (window.__coldStart = performance.now()), 0));
    return true;
  };
  const watch = () => {
    // A page whose HTML holds the item has it before the observer (bench/cold-floor.mjs).
    if (found()) return;
    const observer = new MutationObserver(() => {
      if (found()) observer.disconnect();
    });
    observer.observe(document.documentElement, { subtree: true, childList: true });
  };
  if (document.documentElement) watch();
  else document.addEventListener('DOMContentLoaded', watch);
};

export const median = (values) => {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return Math.round(v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2);
};

/**
 * Visits by name (each a function measuring one visit), taken in turn: a first round not counted
 * (the servers' and the browser's first-time costs), then `runs` rounds, every other one in the
 * reverse order, with a pause after each visit (the second of two visits in a row was slower,
 * whichever page it was: decision 064). The median of each, by name.
 */
export async function visitInTurn(visits, runs, label) {
  const times = Object.fromEntries(Object.keys(visits).map((name) => [name, []]));
  for (let round = 0; round <= runs; round += 1) {
    const order = Object.entries(visits);
    if (round % 2 === 0) order.reverse();
    for (const [name, visit] of order) {
      try {
        const time = await visit();
        if (round > 0) times[name].push(time);
      } catch (error) {
        console.error(`${label} ${name} round ${round}: ${error.message.split('\n')[0]}`);
      }
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, t]) => [name, median(t)]));
}

/** One cold visit: a new context (a fresh profile in memory), navigation → first painted item. */
export async function coldVisit(browser, url, selector) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    await context.addInitScript(firstPaintOf, selector);
    const page = await context.newPage();
    if (RTT_MS > 0) {
      // A network round trip as a deployment has it (localhost has none): each request waits.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: RTT_MS,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    await page.goto(url);
    const handle = await page.waitForFunction(() => window.__coldStart || undefined, null, {
      timeout: 60_000,
      polling: 20,
    });
    return await handle.jsonValue();
  } finally {
    await context.close();
  }
}

async function measureBuild(browser, base, runs, suffix = '') {
  const out = {};
  for (const route of ROUTES) {
    const times = [];
    for (let i = 0; i < runs; i += 1) {
      try {
        times.push(await coldVisit(browser, `${base}${route.path}${suffix}`, route.selector));
      } catch (error) {
        console.error(
          `cold start ${route.name} run ${i + 1} failed: ${error.message.split('\n')[0]}`,
        );
      }
      // The last visit's context is torn down while the next one starts otherwise: a visit right
      // after another was 100–300 ms slower (decision 064). A user's cold start has no such twin.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    }
    out[route.name] = median(times);
  }
  return out;
}

/** The live build (token auth) against the HTTP simulator with 60 referrals (bench/live-stack.mjs). */
async function measureLive(browser, { appPort, simPort, runs }) {
  const stack = await startLiveStack({ appPort, simPort, size: SIZE });
  try {
    return await measureBuild(browser, stack.appOrigin, runs);
  } finally {
    stack.stop();
  }
}

/**
 * Demo and live cold starts. `base` serves dist (the demo build); the live build gets its own
 * preview on `livePort` and a simulator on `simPort`.
 */
export async function measureColdStart(browser, base, options = {}) {
  const runs = Number(options.runs ?? process.env.BENCH_COLD_RUNS ?? 5);
  const port = Number(new URL(base).port);
  const result = {
    loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
    demo: await measureBuild(browser, base, runs, `?demo-size=${SIZE}`),
  };
  if (process.env.BENCH_COLD_LIVE !== '0') {
    result.live = await measureLive(browser, {
      appPort: Number(options.livePort ?? port + 1),
      simPort: Number(options.simPort ?? process.env.BENCH_SIM_PORT ?? port + 2),
      runs,
    }).catch((error) => ({ error: error.message.split('\n')[0] }));
  }
  return result;
}

const ms = (x) => (x === null || x === undefined ? 'n/a' : `${x} ms`);

/** Rows for the bench table: each figure with the and the goal (3x faster). */
export function coldStartRows(cold) {
  if (!cold) return [];
  if (cold.error) return [['Cold start', cold.error, '']];
  const rows = [];
  for (const build of ['demo', 'live']) {
    const figures = cold[build];
    if (!figures) continue;
    if (figures.error) {
      rows.push([`Cold start, ${build} build`, figures.error, '']);
      continue;
    }
    for (const route of ROUTES) {
      // The issue measured the board; the list row is held to the same figure.
      const before = COLD_BEFORE[build].board;
      const now = figures[route.name];
      const ratio = now ? `, ${(before / now).toFixed(2)}x faster` : '';
      const goal = `≤ ${Math.round(before / 3)} ms (issue: ${before} ms${ratio}; goal 3x)`;
      const item = route.name === 'board' ? 'first board card' : 'first list row';
      rows.push([
        `Cold start, ${build}: navigation → ${item} (${SIZE} referrals)`,
        ms(figures[route.name]),
        goal,
      ]);
    }
  }
  rows.push(['  load average when measured (1, 5, 15 min)', cold.loadAverage.join(' '), '']);
  return rows;
}

// Run alone: prints the rows.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { base, stop } = await startPreview({
    port: Number(process.env.BENCH_PORT ?? 4196),
    outDir: process.env.BENCH_DIST ?? 'dist',
  });
  const browser = await launchChromium();
  try {
    const cold = await measureColdStart(browser, base);
    for (const [name, value, goal] of coldStartRows(cold))
      console.log(`${name}  ${value}  ${goal}`);
  } finally {
    await browser.close();
    stop();
  }
}
