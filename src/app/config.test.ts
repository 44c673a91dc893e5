import { ConfigError, parseConfig } from './config';

describe('parseConfig', () => {
  test('defaults to the demo backend with PUT', () => {
    expect(parseConfig({})).toMatchObject({
      mode: 'demo',
      writeMethod: 'put',
      auth: { kind: 'none' },
    });
  });

  test('live mode with token auth', () => {
    expect(
      parseConfig({
        VITE_API_MODE: 'live',
        VITE_AUTH_MODE: 'token',
        VITE_API_TOKEN: 't',
        VITE_API_BASE_URL: 'http://127.0.0.1:8787/v1.0/engagements/referrals',
        VITE_WRITE_METHOD: 'patch',
      }),
    ).toMatchObject({
      mode: 'live',
      writeMethod: 'patch',
      auth: { kind: 'token', token: 't' },
      baseUrl: 'http://127.0.0.1:8787/v1.0/engagements/referrals',
    });
  });

  test('live mode with MSAL names its settings', () => {
    expect(parseConfig({ VITE_API_MODE: 'live', VITE_ENTRA_CLIENT_ID: 'cid' })).toMatchObject({
      auth: {
        kind: 'msal',
        clientId: 'cid',
        scope: 'https://api.partner.microsoft.com/.default',
        authority: 'https://login.microsoftonline.com/organizations',
      },
    });
  });

  test.each([
    [{ VITE_API_MODE: 'staging' }, "VITE_API_MODE: must be 'demo' or 'live'"],
    [{ VITE_REQUEST_TIMEOUT_MS: 'soon' }, 'VITE_REQUEST_TIMEOUT_MS: must be a number'],
    [{ VITE_REQUEST_TIMEOUT_MS: '10' }, 'VITE_REQUEST_TIMEOUT_MS: must be at least 1000'],
    [{ VITE_REQUEST_TIMEOUT_MS: '1500.5' }, 'VITE_REQUEST_TIMEOUT_MS: must be a whole number'],
    [{ VITE_ENTRA_AUTHORITY: 'login' }, 'VITE_ENTRA_AUTHORITY: must be an absolute http(s) URL'],
    [{ VITE_WRITE_METHOD: 'post' }, 'VITE_WRITE_METHOD'],
    [
      { VITE_API_MODE: 'live', VITE_API_BASE_URL: 'not a url', VITE_ENTRA_CLIENT_ID: 'x' },
      'VITE_API_BASE_URL',
    ],
    [{ VITE_API_MODE: 'live' }, 'VITE_ENTRA_CLIENT_ID'],
    [{ VITE_API_MODE: 'live', VITE_AUTH_MODE: 'token' }, 'VITE_API_TOKEN'],
  ])('invalid %j names %s', (env, variable) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    try {
      parseConfig(env);
    } catch (error) {
      expect((error as ConfigError).problems.join(' ')).toContain(variable);
    }
  });
});

test('a path base URL is accepted for the dev proxy', () => {
  expect(
    parseConfig({
      VITE_API_MODE: 'live',
      VITE_AUTH_MODE: 'token',
      VITE_API_TOKEN: 't',
      VITE_API_BASE_URL: '/partner-api/v1.0/engagements/referrals',
    }),
  ).toMatchObject({ baseUrl: '/partner-api/v1.0/engagements/referrals' });
});
