// The critical path of one cold start (issue 16, decision 046): in a fresh browser context,
// navigation → first board card or list row, with every resource (fetched when, by whom), the
// app's start-up marks (`rd:*`) and a CPU profile cut into segments by the script running.
// Diagnosis, not a figure for the bench table: the profiler itself slows the page down.
// `node bench/cold-timeline.mjs [path] [base]`: path defaults to /pipeline?demo-size=60; without a
// base it serves BENCH_DIST (dist) on BENCH_PORT. BENCH_PROFILE=0 skips the CPU profile.
import { fileURLToPath } from 'node:url';
import { firstPaintOf } from './cold-start.mjs';
import { launchChromium, startPreview } from './standalone.mjs';

const SELECTORS = {
  pipeline: '[data-testid="board-card"]',
  referrals: '[data-testid="referral-row"]',
};

const short = (url) => {
  const u = new URL(url);
  const file = u.pathname.split('/').pop() || u.pathname;
  return u.pathname.startsWith('/v1.0')
    ? `${u.pathname.split('/').pop()}${u.search}`.slice(0, 60)
    : file;
};

/** Samples → segments of the same script (by the innermost frame with a file), ≥ minMs long. */
function segments(profile, offsetUs, minMs) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const labelOf = (id) => {
    const node = byId.get(id);
    const name = node.callFrame.functionName;
    if (!node.callFrame.url) {
      if (name === '(idle)' || name === '(program)' || name === '(garbage collector)') return name;
      const up = parent.get(id);
      return up ? labelOf(up) : name || '(root)';
    }
    return short(node.callFrame.url);
  };
  const out = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    t += profile.timeDeltas[i];
    const at = (t - offsetUs) / 1000;
    const node = byId.get(profile.samples[i]);
    const label = labelOf(profile.samples[i]);
    const fn = node.callFrame.functionName || '(anon)';
    const last = out.at(-1);
    if (last && last.label === label) {
      last.end = at;
      last.fns.set(fn, (last.fns.get(fn) ?? 0) + 1);
    } else out.push({ label, start: at, end: at, fns: new Map([[fn, 1]]) });
  }
  return out
    .filter((s) => s.label !== '(idle)' && s.end - s.start >= minMs)
    .map((s) => ({
      at: s.start,
      what: `cpu ${s.label} ${(s.end - s.start).toFixed(0)} ms (${[...s.fns]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([f]) => f)
        .join(', ')})`,
    }));
}

/** µs to subtract from profile times to get performance.now() (ms × 1000). */
function alignOffset(profile, alignedAtMs) {
  const ids = new Set(
    profile.nodes.filter((n) => n.callFrame.functionName === 'rdAlign').map((n) => n.id),
  );
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    t += profile.timeDeltas[i];
    if (ids.has(profile.samples[i])) return t - alignedAtMs * 1000;
  }
  return profile.endTime - alignedAtMs * 1000;
}

export async function coldTimeline(
  browser,
  url,
  selector,
  { profile = true, minMs = Number(process.env.BENCH_MIN_MS ?? 8) } = {},
) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    await context.addInitScript(firstPaintOf, selector);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(url);
    await page.waitForFunction(() => window.__coldStart || undefined, null, { timeout: 60_000 });
    const data = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        firstItem: window.__coldStart,
        now: performance.now(),
        nav: {
          responseEnd: nav.responseEnd,
          domInteractive: nav.domInteractive,
          dcl: nav.domContentLoadedEventEnd,
        },
        paints: performance
          .getEntriesByType('paint')
          .map((p) => ({ name: p.name, at: p.startTime })),
        marks: performance.getEntriesByType('mark').map((m) => ({ name: m.name, at: m.startTime })),
        resources: performance.getEntriesByType('resource').map((r) => ({
          name: r.name,
          start: r.startTime,
          responseStart: r.responseStart,
          end: r.responseEnd,
          worker: r.workerStart,
          initiator: r.initiatorType,
        })),
      };
    });
    const events = [
      { at: 0, what: 'navigation start' },
      { at: data.nav.responseEnd, what: 'HTML received' },
      { at: data.nav.domInteractive, what: 'DOM interactive' },
      { at: data.nav.dcl, what: 'DOMContentLoaded done' },
      ...data.paints.map((p) => ({ at: p.at, what: p.name })),
      ...data.marks.map((m) => ({ at: m.at, what: `mark ${m.name}` })),
      ...data.resources.map((r) => ({
        at: r.start,
        what: `fetch ${short(r.name)} (${r.initiator}) → ${r.end.toFixed(0)}${r.worker ? ` via SW from ${r.worker.toFixed(0)}` : ''}`,
      })),
      { at: data.firstItem, what: 'FIRST ITEM PAINTED' },
    ];
    if (profile) {
      // The profile's clock is not performance.now()'s: a busy function at a known time lines
      // them up.
      const alignedAt = await page.evaluate(() => {
        const rdAlign = () => {
          const t = performance.now();
          while (performance.now() - t < 10);
          return t;
        };
        return rdAlign();
      });
      const { profile: cpu } = await cdp.send('Profiler.stop');
      events.push(...segments(cpu, alignOffset(cpu, alignedAt), minMs));
    }
    events.sort((a, b) => a.at - b.at);
    return { firstItem: data.firstItem, events: events.filter((e) => e.at <= data.firstItem + 1) };
  } finally {
    await context.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = process.argv[2] ?? '/pipeline?demo-size=60';
  let base = process.argv[3];
  let stop = () => {};
  if (!base) {
    ({ base, stop } = await startPreview({
      port: Number(process.env.BENCH_PORT ?? 4196),
      outDir: process.env.BENCH_DIST ?? 'dist',
    }));
  }
  const selector = SELECTORS[path.split(/[/?]/)[1]] ?? SELECTORS.referrals;
  const browser = await launchChromium();
  try {
    // One warm-up visit (Chromium's own first start), then the one reported.
    await coldTimeline(browser, `${base}${path}`, selector, { profile: false });
    const { events, firstItem } = await coldTimeline(browser, `${base}${path}`, selector, {
      profile: process.env.BENCH_PROFILE !== '0',
    });
    for (const e of events) console.log(`${e.at.toFixed(0).padStart(6)} ms  ${e.what}`);
    console.log(`first item painted at ${firstItem.toFixed(0)} ms`);
  } finally {
    await browser.close();
    stop();
  }
}
