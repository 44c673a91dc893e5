// What a bench script needs: a `vite preview` of a build, up and answering, and a headless
// Chromium (bench/run.mjs and the scripts that also run on their own).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts `vite preview` of `outDir` on 127.0.0.1:`port` and waits until it answers. */
export async function startPreview({ port, outDir = 'dist' }) {
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
      '--outDir',
      outDir,
    ],
    { stdio: 'ignore' },
  );
  try {
    await waitForHttp(base, 'vite preview');
  } catch (error) {
    server.kill();
    throw error;
  }
  return { base, stop: () => server.kill() };
}

/** Waits until `url` answers 2xx (every 200 ms, `tries` times). */
export async function waitForHttp(url, label, tries = 300) {
  for (let i = 0; i < tries; i += 1) {
    const isUp = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (isUp) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${label} did not start at ${url}`);
}

/** Debian's Chromium where it is installed, Playwright's own elsewhere. */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}
