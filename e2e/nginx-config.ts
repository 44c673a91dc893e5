import { existsSync } from 'node:fs';
import { LIVE_TOKEN, PORT_OFFSET, SIM_ORIGIN, type LiveMetadata } from './live-config';

/**
 * The `nginx` Playwright project: the deployment's own nginx configuration (deploy/nginx, run by
 * scripts/serve-nginx.mjs as the image would run it) serving a live build on 4179, with
 * `/partner-api/` proxied to `npm run sim` (the live projects' simulator, e2e/live-config.ts).
 *
 * The build calls the API through the proxy (a relative VITE_API_BASE_URL) and saves with PUT;
 * the config.json written at start says `patch`, so a PATCH on the wire proves the runtime
 * settings were read and merged. Runs where nginx is installed, and always in CI (.ci/run
 * installs it), so a missing nginx fails there instead of skipping.
 */

export const NGINX_BIN = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
const NGINX_PORT = 4179 + PORT_OFFSET;
const DIST = 'dist-nginx';
/** The journeys read it: what nginx logs of a request (never its token). */
export const NGINX_ACCESS_LOG = `reports/nginx-access-${NGINX_PORT}.log`;

export const hasNginx = () => existsSync(NGINX_BIN) || !!process.env.CI;

export function nginxProject(use: Record<string, unknown>) {
  return {
    name: 'nginx',
    testMatch: /(^|\/)nginx-[^/]*\.spec\.ts$/,
    use: { ...use, baseURL: `http://127.0.0.1:${NGINX_PORT}` },
    metadata: { simOrigin: SIM_ORIGIN, writeMethod: 'patch' } satisfies LiveMetadata,
  };
}

const build = [
  'VITE_API_MODE=live',
  'VITE_API_BASE_URL=/partner-api/v1.0/engagements/referrals',
  'VITE_WRITE_METHOD=put',
  'VITE_AUTH_MODE=token',
  `VITE_API_TOKEN=${LIVE_TOKEN}`,
  // A test build: the token in its JavaScript is the simulator's, not a credential.
  'VITE_ALLOW_TOKEN_IN_BUILD=true',
].join(' ');

export const nginxWebServer = {
  // The build's settings on the build step only: config.json gets what the serve step is given.
  command: [
    `env ${build} npx vite build --logLevel warn --outDir ${DIST}`,
    `node scripts/precompress.mjs ${DIST}`,
    `env VITE_WRITE_METHOD=patch node scripts/serve-nginx.mjs`,
  ].join(' && '),
  env: {
    NGINX_BIN,
    NGINX_PORT: String(NGINX_PORT),
    APP_ROOT: DIST,
    PARTNER_API_UPSTREAM: SIM_ORIGIN,
    NGINX_ACCESS_LOG,
  },
  url: `http://127.0.0.1:${NGINX_PORT}/`,
  reuseExistingServer: false,
  timeout: 120_000,
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
};
