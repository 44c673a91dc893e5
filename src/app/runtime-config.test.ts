import { readFileSync } from 'node:fs';
import { CONFIG_KEYS, ConfigError, parseConfig } from './config';
import { fetchRuntimeConfig, RUNTIME_CONFIG_URL } from './runtime-config';

/** config.json at start: the same schema as the build's variables, merged over them. */

const json = (body: unknown, status = 200) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

const fetchAnswering = (response: Response | Error) => {
  const calls: string[] = [];
  const doFetch = (input: string) => {
    calls.push(input);
    return response instanceof Error ? Promise.reject(response) : Promise.resolve(response);
  };
  return { calls, doFetch };
};

const problemsOf = async (response: Response | Error) => {
  const error = await fetchRuntimeConfig(fetchAnswering(response).doFetch).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).problems;
};

const BUILD = {
  VITE_API_MODE: 'live',
  VITE_AUTH_MODE: 'msal',
  VITE_ENTRA_CLIENT_ID: 'build-client',
  VITE_API_BASE_URL: '/partner-api/v1.0/engagements/referrals',
};

describe('fetchRuntimeConfig', () => {
  test('reads /config.json; its keys win over the build, the others keep the build values', async () => {
    const { calls, doFetch } = fetchAnswering(
      json({
        VITE_ENTRA_CLIENT_ID: 'tenant-client',
        VITE_ENTRA_AUTHORITY: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
      }),
    );
    const runtime = await fetchRuntimeConfig(doFetch);
    expect(calls).toEqual([RUNTIME_CONFIG_URL]);
    expect(parseConfig({ ...BUILD, ...runtime })).toMatchObject({
      mode: 'live',
      baseUrl: '/partner-api/v1.0/engagements/referrals',
      auth: {
        kind: 'msal',
        clientId: 'tenant-client',
        authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
      },
    });
  });

  test.each([
    ['404', new Response('missing', { status: 404 })],
    [
      "a server's index.html fallback",
      new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }),
    ],
  ])('no config.json (%s): the build values, unchanged', async (_, response) => {
    const runtime = await fetchRuntimeConfig(fetchAnswering(response).doFetch);
    expect(runtime).toEqual({});
    expect(parseConfig({ ...BUILD, ...runtime })).toMatchObject({
      auth: { clientId: 'build-client' },
    });
  });

  test('values go through the same schema as the build variables', async () => {
    const runtime = await fetchRuntimeConfig(
      fetchAnswering(json({ VITE_WRITE_METHOD: 'post', VITE_REQUEST_TIMEOUT_MS: '5' })).doFetch,
    );
    expect(() => parseConfig({ ...BUILD, ...runtime })).toThrow(ConfigError);
    try {
      parseConfig({ ...BUILD, ...runtime });
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        "VITE_WRITE_METHOD: must be 'put' or 'patch'",
        'VITE_REQUEST_TIMEOUT_MS: must be at least 1000',
      ]);
    }
  });

  test.each([
    ['not JSON', json('{ VITE_API_MODE: live'), ['/config.json: is not valid JSON']],
    ['an array', json(['live']), [expect.stringMatching(/must be a JSON object/)]],
    [
      'an unknown key',
      json({ VITE_ENTRA_CLIENTID: 'typo', apiMode: 'live' }),
      [
        '/config.json: VITE_ENTRA_CLIENTID is not a setting',
        '/config.json: apiMode is not a setting',
      ],
    ],
    [
      'a bearer token',
      json({ VITE_AUTH_MODE: 'token', VITE_API_TOKEN: 'secret' }),
      [expect.stringMatching(/VITE_API_TOKEN cannot be set here/)],
    ],
    [
      'a server error',
      new Response('', { status: 503 }),
      ['/config.json: could not be loaded (HTTP 503)'],
    ],
    ['a network error', new TypeError('Failed to fetch'), [expect.stringMatching(/network error/)]],
  ])('config.json that is %s stops the start, naming the file', async (_, response, problems) => {
    expect(await problemsOf(response)).toEqual(problems);
  });
});

test('the container writes config.json with every setting but the token (deploy/docker-entrypoint.d)', () => {
  const script = readFileSync('deploy/docker-entrypoint.d/40-referral-desk-config.sh', 'utf8');
  const keys = /^keys="([^"]*)"$/m.exec(script)?.[1]?.split(' ');
  expect(keys).toEqual(CONFIG_KEYS.filter((key) => key !== 'VITE_API_TOKEN'));
});
