/// <reference types="vitest/config" />
import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { routePreload } from './scripts/route-preload.js';

const PARTNER_API = 'https://api.partner.microsoft.com';

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined; // the app itself reports an invalid URL at start
  }
}

/**
 * A Content-Security-Policy for the production build: scripts only from our origin, API calls only
 * to the configured API and Entra ID, no plugins, no framing of other origins. Dev keeps Vite's
 * inline HMR scripts working, so the policy is added at build time only.
 */
function contentSecurityPolicy(env: Record<string, string>): Plugin {
  const authority = originOf(env.VITE_ENTRA_AUTHORITY) ?? 'https://login.microsoftonline.com';
  const connect = new Set(["'self'", PARTNER_API, authority]);
  const api = originOf(env.VITE_API_BASE_URL);
  if (api) connect.add(api);
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${[...connect].join(' ')}`,
    "worker-src 'self'",
    `frame-src ${authority}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  return {
    name: 'referral-desk-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * `VITE_*` values are written into the public JavaScript, so a build in token mode hands the bearer
 * token to everyone who can load the app. Only test builds may do that, and only when they say so.
 */
export function tokenInBuildProblem(env: Record<string, string | undefined>): string | undefined {
  if (env.VITE_AUTH_MODE !== 'token') return undefined;
  if (env.VITE_ALLOW_TOKEN_IN_BUILD === 'true') return undefined;
  return [
    'Refusing to build with VITE_AUTH_MODE=token: VITE_API_TOKEN would be embedded in the public',
    'JavaScript of dist/, readable by anyone who can load the app. Production builds sign in with',
    'VITE_AUTH_MODE=msal. For a test build that talks to the simulator, also set',
    'VITE_ALLOW_TOKEN_IN_BUILD=true.',
  ].join(' ');
}

export default defineConfig(({ mode, command }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const problem = command === 'build' ? tokenInBuildProblem(env) : undefined;
  if (problem) throw new Error(problem);
  return {
    plugins: [
      react(),
      // Catalogues imported with `?lingui` are compiled here (docs/decisions/037).
      lingui({ failOnCompileError: true }),
      contentSecurityPolicy(env),
      // modulepreload of the current route's chunks (decision 025).
      routePreload({ isDemo: (env.VITE_API_MODE || 'demo') === 'demo' }),
    ],
    server: {
      port: 5173,
      // Talking to the real API from `npm run dev`: set VITE_API_BASE_URL=/partner-api/v1.0/engagements/referrals
      // (see README). The real API's CORS policy is undocumented, so the dev server forwards the calls.
      proxy: {
        '/partner-api': {
          target: PARTNER_API,
          changeOrigin: true,
          rewrite: (path) => path.replace(/^\/partner-api/, ''),
        },
      },
    },
    preview: { port: 4173 },
    build: {
      target: 'es2022',
      sourcemap: false,
      manifest: true,
      rolldownOptions: {
        output: {
          codeSplitting: {
            // What every view needs, in one chunk (not TanStack Query's hydration, which only the
            // lazily loaded device copy uses) rather than the seven small shared chunks the
            // splitter makes: one request instead of several, and gzip sees it all at once.
            groups: [
              {
                name: 'core',
                test: /node_modules[\\/](react|react-dom|scheduler|wouter|regexparam|@lingui[\\/](core|react)|@tanstack[\\/](react-query|query-core(?![\\/]build[\\/]modern[\\/]hydration))|use-sync-external-store|virtua)[\\/]|node_modules[\\/]zod[\\/]v4[\\/](core|mini)[\\/]|src[\\/]domain[\\/](aging|api-contract|category|close|format|referral-page|referral-schema|scopes|status-machine|triage|zod-setup)\.ts|src[\\/]api[\\/](api-error|api-registry|http-client|list-load|list-sync|odata-filter|referral-queries|referrals|request-ids|retry-policy)\.ts|src[\\/]shared[\\/](referral-filter|api-error-text|use-reason-group)\.ts|src[\\/]components[\\/]ui[\\/](download-file|messages|use-intl-locale|use-media-query|use-now|use-t)\.ts/,
              },
            ],
          },
        },
      },
    },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      css: false,
      testTimeout: 20_000,
      reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
    },
  };
});
