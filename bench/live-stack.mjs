// The live build against the HTTP simulator, as the live journeys run it (e2e/live-config.ts): a
// token build (the simulator's test token, allowed in a test build only) in dist-live-bench, served
// by `vite preview`, and `dist-sim/sim-server.js` with a control token, so a bench can reseed it
// and set its faults over `/__sim/*`. Built once per process.
import { spawn, spawnSync } from 'node:child_process';
import { startPreview, waitForHttp } from './standalone.mjs';

const CONTROL_TOKEN = 'bench-control-token';
let builtFor;

function npx(args, env = {}) {
  const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`npx ${args.join(' ')} failed`);
}

/** A live build's variables: token auth against the simulator at `simOrigin`. */
export const liveBuildEnv = (simOrigin) => ({
  VITE_API_MODE: 'live',
  VITE_API_BASE_URL: `${simOrigin}/v1.0/engagements/referrals`,
  VITE_AUTH_MODE: 'token',
  VITE_API_TOKEN: 'admin-bench',
  VITE_ALLOW_TOKEN_IN_BUILD: 'true',
});

/** Starts `dist-sim/sim-server.js` on `simPort` with `size` referrals, answering `origins`. */
export async function startSimulator({ simPort, size, origins }) {
  const sim = spawn(process.execPath, ['dist-sim/sim-server.js'], {
    stdio: 'ignore',
    env: {
      ...process.env,
      SIM_PORT: String(simPort),
      SIM_SIZE: String(size),
      SIM_DATA_FILE: '',
      SIM_ALLOWED_ORIGINS: origins.join(','),
      SIM_CONTROL_TOKEN: CONTROL_TOKEN,
    },
  });
  try {
    await waitForHttp(`http://127.0.0.1:${simPort}/__sim/health`, 'the simulator');
  } catch (error) {
    sim.kill();
    throw error;
  }
  return sim;
}

/**
 * Builds (once) and starts the live preview on `appPort` and the simulator on `simPort`; the
 * simulator also answers pages on `extraOrigins` (bench/cold-floor.mjs).
 */
export async function startLiveStack({ appPort, simPort, size = 60, extraOrigins = [] }) {
  const simOrigin = `http://127.0.0.1:${simPort}`;
  const appOrigin = `http://127.0.0.1:${appPort}`;
  if (builtFor !== simOrigin) {
    npx(
      [
        'vite',
        'build',
        '--logLevel',
        'warn',
        ...(process.env.BENCH_SOURCEMAP ? ['--sourcemap'] : []),
        '--outDir',
        'dist-live-bench',
      ],
      liveBuildEnv(simOrigin),
    );
    npx(['vite', 'build', '--logLevel', 'warn', '--config', 'vite.sim.config.ts']);
    builtFor = simOrigin;
  }
  const sim = await startSimulator({ simPort, size, origins: [appOrigin, ...extraOrigins] });
  let preview;
  try {
    preview = await startPreview({ port: appPort, outDir: 'dist-live-bench' });
  } catch (error) {
    sim.kill();
    throw error;
  }
  const stop = () => {
    sim.kill();
    preview.stop();
  };
  /** A `/__sim/*` control call, e.g. `control('POST', '/faults', { latencyMs: 300 })`. */
  const control = async (method, path, body) => {
    const response = await fetch(`${simOrigin}/__sim${path}`, {
      method,
      headers: { 'X-Sim-Control': CONTROL_TOKEN, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} /__sim${path}: ${response.status}`);
  };
  return { appOrigin, simOrigin, control, stop };
}
