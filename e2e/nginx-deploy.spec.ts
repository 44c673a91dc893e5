import { readFileSync } from 'node:fs';
import { LIVE_TOKEN } from './live-config';
import { apiCalls, expect, test } from './live-fixtures';
import { NGINX_ACCESS_LOG } from './nginx-config';

type WithHeaders = { headers(): Record<string, string> };

/**
 * The deployment (deploy/nginx) as CI can run it: nginx serves a live build and proxies
 * `/partner-api/` to `npm run sim`. Headers, caching, compression, deep links and a save through
 * the proxy, checked on what the browser and the simulator actually got.
 */

const SECURITY_HEADERS = {
  'strict-transport-security': /^max-age=\d{7,}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^no-referrer$/,
  'permissions-policy': /camera=\(\).*microphone=\(\)/,
  'content-security-policy': /frame-ancestors 'none'/,
};

function expectSecurityHeaders(response: WithHeaders | null, what: string) {
  const headers = response?.headers() ?? {};
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(headers[name], `${name} on ${what}`).toMatch(value);
  }
}

test('nginx: security headers, caching and gzip on the document and a hashed asset; deep links load the app', async ({
  page,
  request,
  liveSim,
}) => {
  const deal = await liveSim.find('Active', 'Accepted');

  // A deep link loaded directly: nginx answers with the shell, the app routes to the referral.
  const document = await page.goto(`/referrals/${deal.id}`);
  expect(document?.status()).toBe(200);
  await expect(page.getByRole('form', { name: 'Edit referral' })).toBeVisible();
  expectSecurityHeaders(document, 'the document');
  expect(document?.headers()['cache-control']).toBe('no-cache');
  // The header policy is the build's <meta> policy plus what only a header can say.
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(document?.headers()['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);

  const script = await page.locator('script[type="module"][src^="/assets/"]').getAttribute('src');
  const asset = await request.get(script ?? '', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.status()).toBe(200);
  expectSecurityHeaders(asset, script ?? 'the entry script');
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-encoding']).toBe('gzip');
  expect(asset.headers()['content-type']).toMatch(/javascript/);

  const shell = await request.get('/index.html', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(shell.headers()['cache-control']).toBe('no-cache');
  expect(shell.headers()['content-encoding']).toBe('gzip');
  const config = await request.get('/config.json');
  expect(config.headers()['cache-control']).toBe('no-cache');
  expect(await config.json()).toEqual({ VITE_WRITE_METHOD: 'patch' });

  // A missing hashed file is a 404, never the shell (which the browser would run as a script).
  const missing = await request.get('/assets/missing-0000.js');
  expect(missing.status()).toBe(404);

  // The board's deep link too.
  const board = await page.goto('/pipeline');
  expect(board?.headers()['cache-control']).toBe('no-cache');
  await expect(page.getByRole('region', { name: 'Active · Accepted', exact: true })).toBeVisible();
});

test('nginx: a save goes through the /partner-api/ proxy with If-Match intact; the ETag is readable', async ({
  page,
  liveSim,
}) => {
  const deal = await liveSim.find('Active', 'Accepted');
  await page.goto(`/referrals/${deal.id}`);
  await page.getByRole('textbox', { name: 'Notes' }).fill('Saved through nginx');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Referral saved.')).toBeVisible();

  // config.json said `patch` over the build's `put`: the runtime settings were read.
  const log = await liveSim.requests();
  expect(apiCalls(log, 'PUT')).toHaveLength(0);
  const [patch, ...more] = apiCalls(log, 'PATCH');
  expect(more).toHaveLength(0);
  expect(new URL(patch?.url ?? '').pathname).toBe(`/v1.0/engagements/referrals/${deal.id}`);
  expect(patch?.headers['if-match']).toBe(deal.eTag);
  expect(patch?.headers.authorization).toBe('Bearer [redacted: admin]');
  expect(patch?.headers.cookie).toBeUndefined();
  const stored = await liveSim.referral(deal.id);
  expect(stored.details?.notes).toBe('Saved through nginx');

  // What the page's own fetch sees through the proxy: the ETag header, equal to the stored one,
  // and list nextLinks that point back at the proxy rather than at the upstream.
  const seen = await page.evaluate(
    async ({ id, token }) => {
      const headers = { Authorization: `Bearer ${token}` };
      const one = await fetch(`/partner-api/v1.0/engagements/referrals/${id}`, { headers });
      const list = await fetch('/partner-api/v1.0/engagements/referrals?$top=5', { headers });
      const page = (await list.json()) as { '@odata.nextLink'?: string };
      return { eTag: one.headers.get('ETag'), nextLink: page['@odata.nextLink'] };
    },
    { id: deal.id, token: LIVE_TOKEN },
  );
  expect(seen.eTag).toBe(stored.eTag);
  // nginx logged the save by method and path only: no token, no query.
  const accessLog = readFileSync(NGINX_ACCESS_LOG, 'utf8');
  expect(accessLog).toContain(
    `"PATCH /partner-api/v1.0/engagements/referrals/${deal.id} HTTP/1.1" 200`,
  );
  expect(accessLog).not.toContain(LIVE_TOKEN);
  expect(accessLog).not.toMatch(/Bearer|\$top/);
  expect(seen.nextLink).toMatch(
    new RegExp(`^${new URL(page.url()).origin}/partner-api/v1\\.0/engagements/referrals\\?`),
  );
});
