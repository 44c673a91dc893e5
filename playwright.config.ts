import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { LIVE_SPECS, liveProjects, liveWebServers } from './e2e/live-config';
import { hasNginx, nginxProject, nginxWebServer } from './e2e/nginx-config';

/**
 * Journeys run against the production build (vite preview) with the in-browser simulator.
 * Debian's Chromium is used where it exists (Playwright cannot download browsers here);
 * elsewhere Playwright's own browser. E2E_PORT / E2E_DIST let parallel runs use their own build;
 * E2E_PORT_OFFSET shifts every port (demo and live) so two checkouts can run their journeys at once.
 * E2E_LIVE=1 adds the live-mode projects (e2e/live-config.ts: production builds against `npm run
 * sim` over HTTP on ports 4177, 4178 and 8787) and, where nginx is installed, the `nginx` project
 * (e2e/nginx-config.ts: the deploy/ configuration on 4179); E2E_LIVE=only runs those alone.
 */
const live = process.env.E2E_LIVE;
const portOffset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const port = Number(process.env.E2E_PORT ?? 4173 + portOffset);
const dist = process.env.E2E_DIST ?? 'dist';
const systemChromium = '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const browser = { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 } };

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: chromiumArgs,
    },
  },
  projects: [
    ...(live === 'only' ? [] : [{ name: 'chromium', testIgnore: LIVE_SPECS, use: browser }]),
    ...(live ? liveProjects(browser) : []),
    ...(live && hasNginx() ? [nginxProject(browser)] : []),
  ],
  webServer: [
    ...(live === 'only'
      ? []
      : [
          {
            command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${dist}`,
            url: `http://127.0.0.1:${port}/`,
            reuseExistingServer: false,
            timeout: 60_000,
          },
        ]),
    ...(live ? liveWebServers : []),
    ...(live && hasNginx() ? [nginxWebServer] : []),
  ],
});
