/**
 * The `live` Playwright projects: production builds in live mode with token auth, each calling
 * `npm run sim` over real HTTP. playwright.config.ts adds them when E2E_LIVE is set.
 *
 *   live        dist-live on 4177, saves with PUT: e2e/live-*.spec.ts
 *   live-patch  dist-live-patch on 4178, saves with PATCH: the concurrency journey again
 *   sim         npm run sim on 8787, one store for both builds; tests reset it through /__sim
 */

export type LiveMetadata = { simOrigin: string; writeMethod: 'put' | 'patch' };

/** Journeys for the live builds only; the demo project ignores them. */
export const LIVE_SPECS = /(^|\/)live-[^/]*\.spec\.ts$/;

/** E2E_PORT_OFFSET shifts every port, so two checkouts can run the journeys side by side. */
const PORT_OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);
const SIM_PORT = 8787 + PORT_OFFSET;
const SIM_ORIGIN = `http://127.0.0.1:${SIM_PORT}`;
/** The token the builds send; the simulator reads `admin…` as a Referrals Admin. */
export const LIVE_TOKEN = 'admin-e2e';

const BUILDS = [
  { name: 'live', port: 4177 + PORT_OFFSET, dist: 'dist-live', writeMethod: 'put', testMatch: LIVE_SPECS },
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
      SIM_ALLOWED_ORIGINS: BUILDS.map((b) => appOrigin(b.port)).join(','),
    },
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
    },
    url: `${appOrigin(build.port)}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  })),
];
