// Screenshots for README and docs/screenshots/: list, edit form and board in light/dark × en/tr at
// 1280×800, plus a few 360×740 phone shots. Builds the production app, serves it with
// `vite preview` and drives headless Chromium (Debian's /usr/bin/chromium where it exists,
// Playwright's own browser elsewhere), on the demo simulator with its default 60 seeded referrals.
//
//   npm run screenshots                 build, then shoot
//   npm run screenshots -- --no-build   reuse an existing build in the dist dir
//   SCREENSHOTS_PORT=4181 SCREENSHOTS_DIST=dist-screenshots SCREENSHOTS_OUT=docs/screenshots
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const port = Number(process.env.SCREENSHOTS_PORT ?? 4181);
const dist = process.env.SCREENSHOTS_DIST ?? 'dist-screenshots';
const outDir = process.env.SCREENSHOTS_OUT ?? 'docs/screenshots';
const baseUrl = `http://127.0.0.1:${port}`;
const systemChromium = '/usr/bin/chromium';
const isBuild = !process.argv.includes('--no-build');

const LANGUAGES = [
  { id: 'en', locale: 'en-US' },
  { id: 'tr', locale: 'tr-TR' },
];
const THEMES = ['light', 'dark'];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };
const PHONE_SHOTS = [
  // Scrolled to the count, so the shot shows the cards rather than the filters above them.
  { view: 'list', language: 'tr', theme: 'light', scrollTo: '[data-testid="list-count"]' },
  { view: 'edit', language: 'en', theme: 'dark' },
  { view: 'board', language: 'tr', theme: 'dark' },
];

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
}

async function waitForServer(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/** A page whose stored language and theme are set before the app starts. */
async function openContext(browser, { language, theme, viewport, isPhone }) {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    locale: LANGUAGES.find((l) => l.id === language).locale,
    colorScheme: theme,
    reducedMotion: 'reduce',
    ...(isPhone ? { isMobile: true, hasTouch: true } : {}),
  });
  await context.addInitScript(
    ([lang, th]) => {
      localStorage.setItem('referral-desk-language', lang);
      localStorage.setItem('referral-desk-theme', th);
    },
    [language, theme],
  );
  return context;
}

/** The referral the edit shots show: an open one with a Turkish customer, so both scripts appear. */
async function editTargetId(page) {
  return page.evaluate(() => {
    const all = window.__referralDeskSim?.all() ?? [];
    const open = all.filter((r) => r.status === 'Active' || r.status === 'New');
    const turkish = open.find((r) => r.customerProfile?.address?.country === 'TR');
    return (turkish ?? open[0] ?? all[0])?.id;
  });
}

async function settle(page) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
}

async function shoot(page, view, file, scrollTo) {
  if (view === 'list') {
    await page.goto(`${baseUrl}/referrals?demo-size=60`);
    await page.waitForFunction(() => '__referralDeskSim' in window);
    await page.locator('main a[href^="/referrals/"]').first().waitFor();
  } else if (view === 'edit') {
    await page.goto(`${baseUrl}/referrals?demo-size=60`);
    await page.waitForFunction(() => '__referralDeskSim' in window);
    const id = await editTargetId(page);
    await page.goto(`${baseUrl}/referrals/${id}`);
    await page.getByRole('form').waitFor();
  } else {
    await page.goto(`${baseUrl}/pipeline?demo-size=60`);
    await page.waitForFunction(() => '__referralDeskSim' in window);
    await page.locator('main a[href^="/referrals/"]').first().waitFor();
  }
  if (scrollTo)
    await page.locator(scrollTo).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await settle(page);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  console.log(`  ${file}`);
}

async function main() {
  if (isBuild) run('npx', ['vite', 'build', '--outDir', dist, '--logLevel', 'warn']);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no build in ${dist}`);
  mkdirSync(outDir, { recursive: true });

  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
      '--outDir',
      dist,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  const stopServer = () => {
    // The preview runs under npx: end its whole process group, which this script started.
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stopServer);

  const browser = await chromium.launch({
    executablePath: existsSync(systemChromium) ? systemChromium : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    await waitForServer(baseUrl);
    for (const { id: language } of LANGUAGES) {
      for (const theme of THEMES) {
        const context = await openContext(browser, { language, theme, viewport: DESKTOP });
        const page = await context.newPage();
        for (const view of ['list', 'edit', 'board'])
          await shoot(page, view, join(outDir, `${view}-${language}-${theme}.png`));
        await context.close();
      }
    }
    for (const { view, language, theme, scrollTo } of PHONE_SHOTS) {
      const context = await openContext(browser, {
        language,
        theme,
        viewport: PHONE,
        isPhone: true,
      });
      const page = await context.newPage();
      await shoot(page, view, join(outDir, `phone-${view}-${language}-${theme}.png`), scrollTo);
      await context.close();
    }
  } finally {
    await browser.close();
    stopServer();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
