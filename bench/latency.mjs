// Big pipelines at API latency (issue 16): 10,000 referrals, 300 ms per request, in headless
// Chromium, on the demo build (the simulator in the page, sharing its main thread) and on the live
// build against the HTTP simulator (a server of its own, as the real API is). First visit: first
// rows, every open referral, all loaded; return visit with the device copy: full list shown and
// delta refresh done; requests in flight (≤ 4).
// Run alone: `npx vite build && node bench/latency.mjs` (BENCH_LATENCY_SIZES, default
// "1000,10000"; BENCH_LATENCY_RUNS, default 1, reports medians; BENCH_PORT; BENCH_DIST, the build
// to run, default dist, for A/B runs; BENCH_LATENCY_LIVE=0 skips the live build, which runs on
// BENCH_PORT+3 with its HTTP simulator on BENCH_PORT+4).
import { loadavg } from 'node:os';
import { startLiveStack } from './live-stack.mjs';
import { launchChromium, startPreview } from './standalone.mjs';

const LATENCY_MS = 300;

const inFlightProbe = () => {
  const stats = { inFlight: 0, max: 0 };
  window.__benchFetch = stats;
  const original = window.fetch.bind(window);
  window.fetch = async (...args) => {
    const url = String(args[0] instanceof Request ? args[0].url : args[0]);
    const isList = /\/engagements\/referrals(\?|$)/.test(url);
    if (isList) stats.max = Math.max(stats.max, ++stats.inFlight);
    try {
      return await original(...args);
    } finally {
      if (isList) stats.inFlight -= 1;
    }
  };
};

// In the page before the app starts: when the list count first reads the whole list (e.g.
// "10,000") and the frame that shows it has been painted (a task queued from the frame's
// requestAnimationFrame runs after that paint). Polling from the test side instead added up to a
// polling interval and a round trip to the figure.
const shownProbe = (expected) => {
  const check = () => {
    if (window.__listShownAt !== undefined || window.__listShownPending) return;
    const count = document.querySelector('[data-testid="list-count"]');
    if (!count?.textContent?.includes(expected)) return;
    window.__listShownPending = true;
    requestAnimationFrame(() => setTimeout(() => (window.__listShownAt = performance.now()), 0));
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
  });
};

const markAt = (page, name) =>
  page.evaluate((n) => performance.getEntriesByName(n, 'mark').at(-1)?.startTime ?? null, name);

/**
 * Where the timed visits go. `demo`: the demo build on `base`, its in-page simulator seeded and
 * slowed through the URL (`demo-size`, `demo-faults`). `live`: the live build against the HTTP
 * simulator (bench/live-stack.mjs), reseeded and slowed over its control routes; the device copy is
 * off by default in live mode, so the page switches it on as a user would in Settings.
 */
function demoBackend(base, size, latencyMs) {
  return {
    seedUrl: `${base}/pipeline?demo-size=${size}&demo-faults=none`,
    timedUrl: `${base}/referrals?demo-faults=latency:${latencyMs}`,
    returnUrl: `${base}/referrals`,
    seed: async () => undefined,
    slowDown: async () => undefined,
    initScript: () => undefined,
  };
}

export function liveBackend(stack, size, latencyMs) {
  return {
    seedUrl: `${stack.appOrigin}/pipeline`,
    timedUrl: `${stack.appOrigin}/referrals`,
    returnUrl: `${stack.appOrigin}/referrals`,
    seed: async () => {
      await stack.control('POST', '/reset', { size });
      await stack.control('DELETE', '/faults');
    },
    slowDown: () => stack.control('POST', '/faults', { latencyMs }),
    initScript: () => localStorage.setItem('referral-desk.device-copy', 'on'),
  };
}

export async function measureLatency(browser, base, size = 10_000, latencyMs = 300, backend) {
  const target = backend ?? demoBackend(base, size, latencyMs);
  await target.seed();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(inFlightProbe);
  await context.addInitScript(target.initScript);
  await context.addInitScript(shownProbe, size.toLocaleString('en-US'));
  const page = await context.newPage();
  // Seed first (no latency), so the timed visit measures loading, not seeding. The seeding page
  // is let finish its work (writing its device copy, a long task at 10,000) before the copy is
  // deleted: the timed navigation would otherwise wait for that task before it even starts.
  await page.goto(target.seedUrl);
  await page.waitForFunction(
    () => performance.getEntriesByName('rd:device-copy-saved').length > 0,
    null,
    { timeout: 300_000 },
  );
  await page.evaluate(() => indexedDB.deleteDatabase('referral-desk'));
  await target.slowDown();

  await page.goto(target.timedUrl);
  await page.waitForFunction(
    () => performance.getEntriesByName('rd:list-complete').length > 0,
    null,
    { timeout: 300_000 },
  );
  const first = {
    firstRows: await markAt(page, 'rd:list-first-page'),
    openLoaded: await markAt(page, 'rd:list-open-complete'),
    allLoaded: await markAt(page, 'rd:list-complete'),
    maxInFlight: await page.evaluate(() => window.__benchFetch.max),
  };
  // Wait for the device copy to be written (in idle time after the load), then come back.
  await page.waitForFunction(
    () => performance.getEntriesByName('rd:device-copy-saved').length > 0,
    null,
    { timeout: 120_000 },
  );
  await page.goto(target.returnUrl);
  const shown = await page
    .waitForFunction(() => window.__listShownAt, null, { timeout: 60_000, polling: 50 })
    .then((handle) => handle.jsonValue());
  await page
    .waitForFunction(() => performance.getEntriesByName('rd:list-delta-done').length > 0, null, {
      timeout: 60_000,
    })
    .catch(() => undefined);
  const ret = {
    fullListShown: shown,
    deltaDone: await markAt(page, 'rd:list-delta-done'),
    maxInFlight: await page.evaluate(() => window.__benchFetch.max),
  };
  await context.close();
  return {
    size,
    latencyMs,
    build: backend ? 'live' : 'demo',
    first,
    returnVisit: ret,
    loadavg: loadavg().map((x) => Math.round(x * 10) / 10),
  };
}

const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

/** Median of each figure over runs of one size. */
export function medianLatency(runs) {
  const ok = runs.filter((r) => !r.error);
  if (ok.length === 0) return runs[0];
  const m = (pick) => median(ok.map(pick));
  return {
    size: ok[0].size,
    latencyMs: ok[0].latencyMs,
    build: ok[0].build,
    runs: ok.length,
    first: {
      firstRows: m((r) => r.first.firstRows),
      openLoaded: m((r) => r.first.openLoaded),
      allLoaded: m((r) => r.first.allLoaded),
      maxInFlight: Math.max(...ok.map((r) => r.first.maxInFlight)),
    },
    returnVisit: {
      fullListShown: m((r) => r.returnVisit.fullListShown),
      deltaDone: m((r) => r.returnVisit.deltaDone),
      maxInFlight: Math.max(...ok.map((r) => r.returnVisit.maxInFlight)),
    },
    loadavg: ok.at(-1).loadavg,
  };
}

/** Table rows for `npm run bench`: each size's figures, then the 10k/1k ratio of first rows. */
export function latencyRows(bySize) {
  const ms = (x) => (x == null ? 'n/a' : `${Math.round(x)} ms`);
  const rows = [];
  for (const l of bySize) {
    const where = l.build === 'live' ? 'live, HTTP simulator' : 'demo';
    const label = `${l.size} at ${l.latencyMs ?? 300} ms/request (${where})`;
    if (l.error) {
      rows.push([label, l.error, '']);
      continue;
    }
    const goals = l.size >= 10_000;
    rows.push([
      `${label}: first visit, first rows`,
      ms(l.first.firstRows),
      goals ? '≤ 1,500 ms' : '',
    ]);
    rows.push([
      `${label}: first visit, every open referral`,
      ms(l.first.openLoaded),
      goals ? '≤ 6,000 ms' : '',
    ]);
    rows.push([
      `${label}: first visit, all loaded`,
      ms(l.first.allLoaded),
      goals ? '≤ 10,000 ms' : '',
    ]);
    rows.push([
      `${label}: return visit, full list shown`,
      ms(l.returnVisit.fullListShown),
      goals ? '≤ 1,000 ms' : '',
    ]);
    rows.push([
      `${label}: return visit, delta done`,
      ms(l.returnVisit.deltaDone),
      goals ? '≤ 2,000 ms' : '',
    ]);
    rows.push([
      `${label}: max requests in flight`,
      String(Math.max(l.first.maxInFlight, l.returnVisit.maxInFlight)),
      '≤ 4',
    ]);
  }
  const demo = bySize.filter((l) => (l.build ?? 'demo') === 'demo');
  const small = demo.find((l) => !l.error && l.size === 1000);
  const large = demo.find((l) => !l.error && l.size === 10_000);
  if (small?.first.firstRows && large?.first.firstRows) {
    rows.push([
      'Latency (demo): first rows 10,000 / 1,000',
      `${(large.first.firstRows / small.first.firstRows).toFixed(2)}×`,
      '',
    ]);
  }
  return rows;
}

/**
 * Each size on the demo build, then (unless BENCH_LATENCY_LIVE=0) on the live build against the
 * HTTP simulator, whose stack is started on `livePort` (app) and `livePort + 1` (simulator).
 */
export async function measureLatencySizes(
  browser,
  base,
  sizes,
  { runs = 1, livePort, onRun } = {},
) {
  const bySize = [];
  const measureRuns = async (size, backendFor) => {
    const each = [];
    for (let run = 0; run < runs; run += 1) {
      const result = await measureLatency(
        browser,
        base,
        size,
        LATENCY_MS,
        backendFor?.(size),
      ).catch((error) => ({
        size,
        build: backendFor ? 'live' : 'demo',
        error: error.message.split('\n')[0],
      }));
      onRun?.(result);
      each.push(result);
    }
    bySize.push(medianLatency(each));
  };
  for (const size of sizes) await measureRuns(size);
  if (process.env.BENCH_LATENCY_LIVE !== '0' && livePort) {
    const stack = await startLiveStack({ appPort: livePort, simPort: livePort + 1 }).catch(
      (error) => ({ error }),
    );
    if (stack.error) {
      bySize.push({ size: 'live', build: 'live', error: stack.error.message.split('\n')[0] });
    } else {
      try {
        for (const size of sizes) await measureRuns(size, (n) => liveBackend(stack, n, LATENCY_MS));
      } finally {
        stack.stop();
      }
    }
  }
  return bySize;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = (process.env.BENCH_LATENCY_SIZES ?? '1000,10000')
    .split(',')
    .filter((x) => x.trim() !== '')
    .map(Number);
  const runs = Math.max(1, Number(process.env.BENCH_LATENCY_RUNS ?? 1));
  const port = Number(process.env.BENCH_PORT ?? 4196);
  const { base, stop } = await startPreview({ port, outDir: process.env.BENCH_DIST ?? 'dist' });
  const browser = await launchChromium();
  try {
    const bySize = await measureLatencySizes(browser, base, sizes, {
      runs,
      livePort: port + 3,
      onRun: (result) => console.log(JSON.stringify(result)),
    });
    console.log(
      `\nload average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}; medians of ${runs}`,
    );
    for (const [name, value, goal] of latencyRows(bySize)) {
      console.log(`${name.padEnd(72)} ${String(value).padStart(10)}  ${goal}`);
    }
  } finally {
    await browser.close();
    stop();
  }
}
