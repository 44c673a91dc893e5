// Soak: a rep keeps the app open all day. N navigation cycles list → board → edit form (in-app
// navigation, as a rep clicks), then DOM nodes, event listeners and JS heap after forced garbage
// collection, compared with where they started. Goal: within 10 %.
//   node bench/soak.mjs            after `vite build` (starts its own preview)
//   SOAK_CYCLES=30 node bench/soak.mjs
// bench/run.mjs calls measureSoak() with its own preview and browser.
import { pathToFileURL } from 'node:url';
import { launchChromium, startPreview } from './standalone.mjs';

const nav = (page, name) => page.getByRole('navigation').getByRole('link', { name, exact: true });

async function openList(page) {
  await nav(page, 'Referrals').click();
  await page.getByTestId('referral-row').first().waitFor();
}

async function openBoard(page) {
  await nav(page, 'Pipeline').click();
  await page.getByTestId('board-card').first().waitFor();
}

async function openEdit(page) {
  // From the board: the first card's title link, as a rep opens a deal.
  await page.getByTestId('board-card').first().getByRole('link').first().click();
  await page.getByRole('form', { name: 'Edit referral' }).waitFor();
}

async function cycle(page) {
  await openList(page);
  await openBoard(page);
  await openEdit(page);
}

/**
 * The JS heap by kind, from a heap snapshot:
 * - `jsMb`: the objects scripts made (objects, arrays, closures, strings, ...). This is what a view
 *   left behind after it unmounted would show up in.
 * - `codeMb`: V8's compiled code (bytecode, optimised machine code). V8 keeps optimising and
 *   re-optimising hot functions for hundreds of cycles, so this grows slowly although nothing leaks.
 * - `nativeMb`: the browser's own objects: DOM wrappers, the performance timeline's bounded
 *   buffers, and the DevTools network records that the measuring connection itself keeps.
 */
async function heapByKindMb(cdp) {
  const chunks = [];
  const onChunk = (event) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const bytes = { code: 0, native: 0, js: 0 };
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]];
    const kind = type === 'code' ? 'code' : type === 'native' ? 'native' : 'js';
    bytes[kind] += snapshot.nodes[i + sizeAt];
  }
  const mb = (n) => Math.round((n / 1024 / 1024) * 100) / 100;
  return { jsMb: mb(bytes.js), codeMb: mb(bytes.code), nativeMb: mb(bytes.native) };
}

/** Nodes, listeners and heap on the list view after forced collection (twice: weak refs, finalizers). */
async function snapshot(page, cdp) {
  await openList(page);
  await page.waitForTimeout(300);
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? null;
  return {
    nodes: get('Nodes'),
    listeners: get('JSEventListeners'),
    heapMb: Math.round(((get('JSHeapUsedSize') ?? 0) / 1024 / 1024) * 100) / 100,
    ...(await heapByKindMb(cdp)),
  };
}

const growth = (start, end) => (start ? Math.round(((end - start) / start) * 1000) / 10 : null);

/** Runs the soak in a fresh context; `base` is the preview's origin. */
export async function measureSoak(browser, base, { cycles = 100, size = 60, warmUp = 10 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}/referrals?demo-size=${size}`);
  await page.getByTestId('referral-row').first().waitFor({ timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // Every view's chunk, words and caches loaded, and V8 done compiling the hot code (compiled code
  // lives on the JS heap and grows for a while): what grows after that is kept by the app.
  for (let i = 0; i < warmUp; i += 1) await cycle(page);
  const start = await snapshot(page, cdp);
  const half = Math.floor(cycles / 2);
  for (let i = 0; i < half; i += 1) await cycle(page);
  const middle = await snapshot(page, cdp);
  for (let i = half; i < cycles; i += 1) await cycle(page);
  const end = await snapshot(page, cdp);
  await context.close();
  return {
    cycles,
    start,
    middle,
    end,
    growthPercent: {
      nodes: growth(start.nodes, end.nodes),
      listeners: growth(start.listeners, end.listeners),
      heap: growth(start.heapMb, end.heapMb),
      js: growth(start.jsMb, end.jsMb),
      code: growth(start.codeMb, end.codeMb),
      native: growth(start.nativeMb, end.nativeMb),
      // A leak grows with every cycle; compiled code levels off: the second half's share.
      jsSecondHalf: growth(middle.jsMb, end.jsMb),
    },
    pageErrors: errors.length,
  };
}

export function soakRows(soak) {
  if (!soak || soak.error) return [['Soak', soak?.error ?? 'not run', 'within 10 %']];
  const row = (label, key, growthKey, unit = '') => {
    const g = soak.growthPercent[growthKey];
    return [
      `Soak ${soak.cycles} cycles list → board → edit: ${label} after GC`,
      `${soak.start[key]}${unit} → ${soak.end[key]}${unit} (${g >= 0 ? '+' : ''}${g} %)`,
      'within 10 %',
    ];
  };
  const info = (label, key, growthKey) => {
    const [name, value] = row(label, key, growthKey, ' MB');
    return [name, value, '(not a goal: see note)'];
  };
  return [
    row('DOM nodes', 'nodes', 'nodes'),
    row('event listeners', 'listeners', 'listeners'),
    row('JS objects (heap snapshot)', 'jsMb', 'js', ' MB'),
    [
      `Soak: JS objects, second half only (${soak.middle.jsMb} → ${soak.end.jsMb} MB)`,
      `${soak.growthPercent.jsSecondHalf >= 0 ? '+' : ''}${soak.growthPercent.jsSecondHalf} %`,
      'about 0 (a leak grows every cycle)',
    ],
    info('JS heap as Chrome reports it', 'heapMb', 'heap'),
    info("V8's compiled code", 'codeMb', 'code'),
    info("browser's native objects", 'nativeMb', 'native'),
  ];
}

async function main() {
  const preview = await startPreview({ port: Number(process.env.BENCH_PORT ?? 4196) });
  try {
    const browser = await launchChromium(['--disable-quic', '--enable-precise-memory-info']);
    try {
      const soak = await measureSoak(browser, preview.base, {
        cycles: Number(process.env.SOAK_CYCLES ?? 100),
        size: Number(process.env.SOAK_SIZE ?? 60),
      });
      for (const [name, value, goal] of soakRows(soak)) console.log(`${name}  ${value}  ${goal}`);
      if (soak.pageErrors) console.log(`page errors during the soak: ${soak.pageErrors}`);
    } finally {
      await browser.close();
    }
  } finally {
    preview.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
