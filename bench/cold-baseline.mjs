// Cold start against the app as it was when issue 16 was filed, on this machine, now (the issue asks
// for "3x faster than today's figures on the same machine"): the builds of a checkout of that commit
// (aef60c2, the last before the work) and of this one, demo and live, visited in turn so
// they share the machine's load. Navigation → first board card and → first list row, 60 referrals,
// fresh context each visit (bench/cold-start.mjs), against this checkout's HTTP simulator.
// Set-up, once: `git worktree add --detach ../rd-baseline aef60c2 && (cd ../rd-baseline && npm ci)`.
// Run: `npx vite build && BENCH_BASELINE_DIR=../rd-baseline node bench/cold-baseline.mjs`
// (BENCH_BASELINE_RUNS, default 5; BENCH_PORT, default 4350: the simulator on it, the builds on +1..+4).
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { coldVisit, visitInTurn } from './cold-start.mjs';
import { liveBuildEnv, startSimulator } from './live-stack.mjs';
import { launchChromium, startPreview } from './standalone.mjs';

const SIZE = 60;
const baseline = process.env.BENCH_BASELINE_DIR && resolve(process.env.BENCH_BASELINE_DIR);
if (!baseline || !existsSync(join(baseline, 'node_modules'))) {
  console.error(
    'BENCH_BASELINE_DIR: a checkout of aef60c2 with its node_modules (see the header).',
  );
  process.exit(1);
}
const runs = Number(process.env.BENCH_BASELINE_RUNS ?? 5);
const port = Number(process.env.BENCH_PORT ?? 4350);
const simOrigin = `http://127.0.0.1:${port}`;

/** A live build (token auth against the simulator), as bench/live-stack.mjs makes one. */
function buildLive(cwd, outDir) {
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', outDir],
    {
      cwd,
      stdio: 'inherit',
      env: { ...process.env, ...liveBuildEnv(simOrigin) },
    },
  );
  if (result.status !== 0) throw new Error(`the live build in ${cwd} failed`);
}

function buildDemo(cwd) {
  const result = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
    {
      cwd,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error(`the demo build in ${cwd} failed`);
}

buildDemo(baseline);
buildLive(baseline, join(baseline, 'dist-live-baseline'));
buildLive(process.cwd(), resolve('dist-live-baseline'));
if (!existsSync('dist-sim/sim-server.js')) {
  spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.sim.config.ts'],
    {
      stdio: 'inherit',
    },
  );
}

const builds = {
  'then, demo': { dir: join(baseline, 'dist'), query: `?demo-size=${SIZE}` },
  'now, demo': { dir: resolve('dist'), query: `?demo-size=${SIZE}` },
  'then, live': { dir: join(baseline, 'dist-live-baseline'), query: '' },
  'now, live': { dir: resolve('dist-live-baseline'), query: '' },
};
const routes = {
  'first board card': ['/pipeline', '[data-testid="board-card"]'],
  'first list row': ['/referrals', '[data-testid="referral-row"]'],
};
const origins = Object.keys(builds).map((_, i) => `http://127.0.0.1:${port + 1 + i}`);
const sim = await startSimulator({ simPort: port, size: SIZE, origins });
const previews = [];
const browser = await launchChromium();
let times;
try {
  const visits = {};
  for (const [i, [name, build]] of Object.entries(builds).entries()) {
    const preview = await startPreview({ port: port + 1 + i, outDir: build.dir });
    previews.push(preview);
    for (const [route, [path, selector]] of Object.entries(routes)) {
      visits[`${name}: ${route}`] = () =>
        coldVisit(browser, `${preview.base}${path}${build.query}`, selector);
    }
  }
  times = await visitInTurn(visits, runs, 'cold baseline');
} finally {
  await browser.close();
  for (const preview of previews) preview.stop();
  sim.kill();
}
for (const mode of ['demo', 'live']) {
  for (const route of Object.keys(routes)) {
    const then = times[`then, ${mode}: ${route}`];
    const now = times[`now, ${mode}: ${route}`];
    const ratio = then && now ? `${(then / now).toFixed(2)}x faster` : 'n/a';
    const goal = then ? `goal 3x: ≤ ${Math.round(then / 3)} ms` : '';
    console.log(
      `Cold start, ${mode}, ${route}: then ${then} ms, now ${now} ms (${ratio}; ${goal})`,
    );
  }
}
console.log(
  `load average (1, 5, 15 min): ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
