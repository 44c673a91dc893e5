// What a bench script needs to run on its own (bench/run.mjs has its own preview):
// a `vite preview` of a build, up and answering, and a headless Chromium.
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
  for (let i = 0; ; i += 1) {
    const isUp = await fetch(base).then(
      (r) => r.ok,
      () => false,
    );
    if (isUp) break;
    if (i > 300) {
      server.kill();
      throw new Error('vite preview did not start');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, stop: () => server.kill() };
}

/** Debian's Chromium where it is installed, Playwright's own elsewhere. */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}
