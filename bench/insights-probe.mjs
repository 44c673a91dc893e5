// Insights figures for the bench: the insights chunk's gzip size, and at N referrals the time from
// the complete list (the API layer's mark `rd:list-complete`) to every figure computed
// (`rd:insights-computed`) and to painted frames. "first screen painted": on a 1400 × 900 screen,
// the frame that painted the count line, which is drawn in the commit that brings the first row of
// figure cards (what that screen shows); the other cards are drawn right after that frame
// (decision 052). "painted" (every chart painted): on a screen tall enough for the whole page
// (checked per run), the latest frame that painted a chart: every chart's first tick label carries
// `elementtiming="insights-chart"`, and the run waits until one such paint per chart in the page
// has been seen (null if one never is).
// On its own (build first: `npx vite build`): `node bench/insights-probe.mjs [sizes]`, e.g.
// `BENCH_RUNS=3 node bench/insights-probe.mjs 1000,10000` (the defaults) prints each run, the
// medians and the 10k/1k ratio; BENCH_PORT picks the preview's port, BENCH_DIST the build
// (default dist).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { launchChromium, startPreview } from './standalone.mjs';

// In the page before the app starts: when the figures and the charts were painted. Element Timing
// gives the time of the frame that painted an element, which a task queued after that frame would
// not (another task, such as the device copy's save, may run first).
const figuresPaintProbe = () => {
  window.__chartPaints = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const time = entry.renderTime || entry.loadTime;
      if (entry.identifier === 'insights-figures' && window.__insightsPaint === undefined)
        window.__insightsPaint = time;
      if (entry.identifier === 'insights-chart') window.__chartPaints.push(time);
    }
  }).observe({ type: 'element', buffered: true });
};

function closure(manifest, key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(key)) return seen;
  seen.add(key);
  for (const dep of entry.imports ?? []) closure(manifest, dep, seen);
  return seen;
}

/** JS the insights route loads beyond what the app already has (entry and core), gzip. */
export function insightsChunkGzip(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const insightsKey = Object.keys(manifest).find((k) => k.endsWith('insights/insights-page.tsx'));
  if (!insightsKey) return null;
  const shell = closure(manifest, entryKey);
  const files = [...closure(manifest, insightsKey)]
    .filter((k) => !shell.has(k))
    .map((k) => manifest[k].file)
    .filter((f) => f.endsWith('.js'));
  return files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length,
    0,
  );
}

// Tall enough for the whole page at 10,000 referrals (about 7,200 px at 1400 wide); checked per run.
const FIRST_SCREEN = { width: 1400, height: 900 };
const WHOLE_PAGE = { width: 1400, height: 12_000 };

/**
 * One page load of /insights on a demo of `size` referrals, all time, at `viewport`; with
 * `everyChart`, `chartsPainted` is the latest paint of a chart once every chart has been painted.
 */
async function measureOnce(browser, base, size, viewport, everyChart = false) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(figuresPaintProbe);
  const page = await context.newPage();
  try {
    await page.goto(`${base}/insights?period=all&demo-size=${size}`);
    await page.waitForFunction(() => window.__insightsPaint !== undefined, null, {
      timeout: 120_000,
      polling: 50,
    });
    // Every card drawn and one chart paint seen per chart in the page (none skipped).
    const isEveryChart = everyChart
      ? await page
          .waitForFunction(
            () =>
              document.querySelector('.figure-pending') === null &&
              document.querySelectorAll('.figure-card').length > 0 &&
              window.__chartPaints.length >= document.querySelectorAll('svg.bar-chart').length,
            null,
            { timeout: 20_000, polling: 50 },
          )
          .then(
            () => true,
            () => false,
          )
      : false;
    return await page.evaluate((isEveryChart) => {
      const data = performance.getEntriesByName('rd:list-complete', 'mark').at(-1);
      const done = performance.getEntriesByName('rd:insights-computed', 'mark').at(-1);
      const start = performance.getEntriesByName('rd:insights-start', 'mark').at(-1);
      const fits = document.documentElement.scrollHeight <= window.innerHeight;
      if (!data || !done)
        return { computed: null, painted: null, chartsPainted: null, beforeStart: null, fits };
      return {
        // Of `computed`: the time before the figures start (the query cache taking the list in).
        beforeStart: start ? start.startTime - data.startTime : null,
        computed: done.startTime - data.startTime,
        painted: window.__insightsPaint - data.startTime,
        chartsPainted: isEveryChart ? Math.max(...window.__chartPaints) - data.startTime : null,
        fits,
      };
    }, isEveryChart);
  } finally {
    await context.close();
  }
}

/**
 * One run: `firstScreen` from a 1400 × 900 screen; `painted` (every chart painted) from a screen
 * the whole page fits on (null if it did not fit or a chart's paint was not seen); `computed` and
 * `beforeStart` from the first.
 */
export async function measureInsights(browser, base, size) {
  const first = await measureOnce(browser, base, size, FIRST_SCREEN);
  const whole = await measureOnce(browser, base, size, WHOLE_PAGE, true);
  return {
    beforeStart: first.beforeStart,
    computed: first.computed,
    firstScreen: first.painted,
    painted: whole.fits ? whole.chartsPainted : null,
  };
}

const median = (values) => {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

/** Medians of `runs` runs per size, and the largest size's figures over the smallest's. */
export async function measureInsightsSizes(browser, base, sizes, runs, onRun = () => {}) {
  const bySize = {};
  for (const size of sizes) {
    const results = [];
    for (let i = 0; i < runs; i += 1) {
      const result = await measureInsights(browser, base, size);
      onRun(size, result);
      results.push(result);
    }
    bySize[size] = {
      beforeStart: median(results.map((r) => r.beforeStart)),
      computed: median(results.map((r) => r.computed)),
      firstScreen: median(results.map((r) => r.firstScreen)),
      painted: median(results.map((r) => r.painted)),
    };
  }
  const small = bySize[Math.min(...sizes)];
  const large = bySize[Math.max(...sizes)];
  const ratio = (key) =>
    sizes.length > 1 && small?.[key] && large?.[key] ? large[key] / small[key] : null;
  return {
    bySize,
    ratio: {
      computed: ratio('computed'),
      firstScreen: ratio('firstScreen'),
      painted: ratio('painted'),
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = (process.argv[2] ?? '1000,10000').split(',').map(Number);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const dist = process.env.BENCH_DIST ?? 'dist';
  const { base, stop } = await startPreview({
    port: Number(process.env.BENCH_PORT ?? 4197),
    outDir: dist,
  });
  try {
    const browser = await launchChromium();
    try {
      const round = (x) => (x === null ? null : Math.round(x * 10) / 10);
      const result = await measureInsightsSizes(browser, base, sizes, runs, (size, run) =>
        console.log(
          JSON.stringify({
            size,
            beforeStart: round(run.beforeStart),
            computed: round(run.computed),
            firstScreen: round(run.firstScreen),
            painted: round(run.painted),
          }),
        ),
      );
      const medians = Object.fromEntries(
        Object.entries(result.bySize).map(([size, m]) => [
          size,
          {
            beforeStart: round(m.beforeStart),
            computed: round(m.computed),
            firstScreen: round(m.firstScreen),
            painted: round(m.painted),
          },
        ]),
      );
      console.log(
        JSON.stringify({
          runs,
          insightsChunkGzip: insightsChunkGzip(dist),
          medians,
          ratio: {
            computed: round(result.ratio.computed),
            firstScreen: round(result.ratio.firstScreen),
            painted: round(result.ratio.painted),
          },
        }),
      );
    } finally {
      await browser.close();
    }
  } finally {
    stop();
  }
}
