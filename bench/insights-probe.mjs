// Insights figures for the bench: the insights chunk's gzip size, and at N referrals the time from
// the complete list (the API layer's mark `rd:list-complete`) to every figure computed
// (`rd:insights-computed`) and to the first frame painted after the data.
// `node bench/insights-probe.mjs [size]` measures once on its own (build first: `npx vite build`).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { paintAfterMark, probeScript } from './browser-probes.mjs';

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

/** One run: open /insights on a demo of `size` referrals, all time. `base` is the preview's URL. */
export async function measureInsights(browser, base, size) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(probeScript);
  const page = await context.newPage();
  try {
    await page.goto(`${base}/insights?period=all&demo-size=${size}`);
    await page.waitForFunction(
      () => performance.getEntriesByName('rd:insights-computed', 'mark').length > 0,
      null,
      {
        timeout: 120_000,
        polling: 50,
      },
    );
    await page.getByTestId('insights-count').waitFor();
    await page.waitForTimeout(300);
    const painted = await page.evaluate(paintAfterMark, 'rd:list-complete');
    const computed = await page.evaluate(() => {
      const data = performance.getEntriesByName('rd:list-complete', 'mark').at(-1);
      const done = performance.getEntriesByName('rd:insights-computed', 'mark').at(-1);
      return data && done ? done.startTime - data.startTime : null;
    });
    return { computed, painted };
  } finally {
    await context.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { chromium } = await import('@playwright/test');
  const size = Number(process.argv[2] ?? 10_000);
  const port = Number(process.env.BENCH_PORT ?? 4197);
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
  try {
    for (let i = 0; i < 300; i += 1) {
      const up = await fetch(base)
        .then((r) => r.ok)
        .catch(() => false);
      if (up) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const browser = await chromium.launch({
      executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      console.log(
        JSON.stringify({
          size,
          insightsChunkGzip: insightsChunkGzip(),
          ...(await measureInsights(browser, base, size)),
        }),
      );
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}
