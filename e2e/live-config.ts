/**
 * The `live` Playwright projects: production builds in live mode with token auth, each calling
 * `npm run sim` over real HTTP. playwright.config.ts adds them when E2E_LIVE is set.
 *
 *   live        dist-live on 4177, saves with PUT: e2e/live-*.spec.ts
 *   live-patch  dist-live-patch on 4178, saves with PATCH: the concurrency journey again
 *   sim         npm run sim on 8787, one store for both builds; tests reset it through /__sim
 */

export type LiveMetadata = { simOrigin: string; writeMethod: 'put' | 'patch' };

/** Journeys for the live builds only (and the nginx project's); the demo project ignores them. */
export const LIVE_SPECS = /(^|\/)(live|nginx)-[^/]*\.spec\.ts$/;
const LIVE_BUILD_SPECS = /(^|\/)live-[^/]*\.spec\.ts$/;

/** E2E_PORT_OFFSET shifts every port, so two checkouts can run the journeys side by side. */
export const PORT_OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);
const SIM_PORT = 8787 + PORT_OFFSET;
export const SIM_ORIGIN = `http://127.0.0.1:${SIM_PORT}`;
/**
 * `X-Sim-Control` for the simulator's control routes (the fixtures reset and read the store). The
 * same value in the Playwright runner and its workers, so not random; the simulator is local.
 */
export const SIM_CONTROL_TOKEN = process.env.E2E_SIM_CONTROL_TOKEN ?? 'referral-desk-e2e-control';
/** The token the builds send; the simulator reads `admin-<name>` as a Referrals Admin. */
export const LIVE_TOKEN = 'admin-e2e';

const BUILDS = [
  {
    name: 'live',
    port: 4177 + PORT_OFFSET,
    dist: 'dist-live',
    writeMethod: 'put',
    testMatch: LIVE_BUILD_SPECS,
  },
  {
    name: 'live-patch',
    port: 4178 + PORT_OFFSET,
    dist: 'dist-live-patch',
    writeMethod: 'patch',
    testMatch: /(^|\/)live-concurrency\.spec\.ts$/,
  },
] as const;

const appOrigin = (port: number) => `http://127.0.0.1:${port}`;

export function liveProjects(use: Record<string, unknown>) {
  return BUILDS.map((build) => ({
    name: build.name,
    testMatch: build.testMatch,
    use: { ...use, baseURL: appOrigin(build.port) },
    metadata: { simOrigin: SIM_ORIGIN, writeMethod: build.writeMethod } satisfies LiveMetadata,
  }));
}

export const liveWebServers = [
  {
    command: 'npm run sim',
    env: {
      SIM_PORT: String(SIM_PORT),
      SIM_SIZE: '60',
      SIM_DATA_FILE: '',
      SIM_CONTROL_TOKEN,
      SIM_ALLOWED_ORIGINS: BUILDS.map((b) => appOrigin(b.port)).join(','),
    },
    // Health is the one control route without a token: Playwright's check sends no headers.
    url: `${SIM_ORIGIN}/__sim/health`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
  ...BUILDS.map((build) => ({
    // Env vars rather than a .env.<mode> file: .gitignore keeps .env.* files out of the repo.
    command: `npx vite build --logLevel warn --outDir ${build.dist} && npx vite preview --port ${build.port} --strictPort --host 127.0.0.1 --outDir ${build.dist}`,
    env: {
      VITE_API_MODE: 'live',
      VITE_API_BASE_URL: `${SIM_ORIGIN}/v1.0/engagements/referrals`,
      VITE_WRITE_METHOD: build.writeMethod,
      VITE_AUTH_MODE: 'token',
      VITE_API_TOKEN: LIVE_TOKEN,
      // A test build: the token in its JavaScript is the simulator's, not a credential.
      VITE_ALLOW_TOKEN_IN_BUILD: 'true',
    },
    url: `${appOrigin(build.port)}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  })),
];
