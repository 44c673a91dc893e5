// Big pipelines at API latency (issue 16): 10,000 referrals, 300 ms per request, in headless
// Chromium on the demo backend. First visit: first rows, every open referral, all loaded; return
// visit with the device copy: full list shown and delta refresh done; requests in flight (≤ 4).
// Run alone: `npx vite build && node bench/latency.mjs` (BENCH_LATENCY_SIZE, BENCH_PORT).
import { loadavg } from 'node:os';

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

const markAt = (page, name) =>
  page.evaluate((n) => performance.getEntriesByName(n, 'mark').at(-1)?.startTime ?? null, name);

export async function measureLatency(browser, base, size = 10_000, latencyMs = 300) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(inFlightProbe);
  const page = await context.newPage();
  // Seed first (no latency), so the timed visit measures loading, not seeding.
  await page.goto(`${base}/pipeline?demo-size=${size}&demo-faults=none`);
  await page.waitForFunction(
    () => performance.getEntriesByName('rd:list-complete').length > 0,
    null,
    { timeout: 300_000 },
  );
  await page.evaluate(() => indexedDB.deleteDatabase('referral-desk'));

  await page.goto(`${base}/referrals?demo-faults=latency:${latencyMs}`);
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
  await page.goto(`${base}/referrals`);
  const shown = await page
    .getByTestId('list-count')
    .filter({ hasText: size.toLocaleString('en-US') })
    .waitFor({ timeout: 60_000 })
    .then(() => page.evaluate(() => performance.now()));
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
    first,
    returnVisit: ret,
    loadavg: loadavg().map((x) => Math.round(x * 10) / 10),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { spawn } = await import('node:child_process');
  const { existsSync } = await import('node:fs');
  const { chromium } = await import('@playwright/test');
  const port = Number(process.env.BENCH_PORT ?? 4196);
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 150; i += 1) {
    if (
      await fetch(base).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const result = await measureLatency(
      browser,
      base,
      Number(process.env.BENCH_LATENCY_SIZE ?? 10_000),
    );
    const ms = (x) => (x == null ? 'n/a' : `${Math.round(x)} ms`);
    console.log(
      `\n${result.size} referrals at ${result.latencyMs} ms per request (load average ${result.loadavg.join(' ')})`,
    );
    console.log(
      `first visit: first rows ${ms(result.first.firstRows)} (≤ 1500), every open referral ${ms(result.first.openLoaded)} (≤ 6000), all ${ms(result.first.allLoaded)} (≤ 10000), max in flight ${result.first.maxInFlight} (≤ 4)`,
    );
    console.log(
      `return visit: full list shown ${ms(result.returnVisit.fullListShown)} (≤ 1000), delta done ${ms(result.returnVisit.deltaDone)} (≤ 2000), max in flight ${result.returnVisit.maxInFlight}`,
    );
  } finally {
    await browser.close();
    server.kill();
  }
}
