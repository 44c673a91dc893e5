// @vitest-environment node
import type { ConfigEnv, UserConfig } from 'vite';
import viteConfig, { tokenInBuildProblem } from '../../vite.config';

/** The real config function, run as `vite build` / `vite` would run it. */
function runConfig(command: ConfigEnv['command']): UserConfig {
  return viteConfig({ command, mode: 'production' });
}

describe('a build never embeds a bearer token by accident', () => {
  const keys = ['VITE_AUTH_MODE', 'VITE_API_TOKEN', 'VITE_ALLOW_TOKEN_IN_BUILD'] as const;
  const saved = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
  afterEach(() => {
    for (const key of keys) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  test.each([
    [{ VITE_AUTH_MODE: 'token' }, true],
    [{ VITE_AUTH_MODE: 'token', VITE_ALLOW_TOKEN_IN_BUILD: 'false' }, true],
    [{ VITE_AUTH_MODE: 'token', VITE_ALLOW_TOKEN_IN_BUILD: '1' }, true],
    [{ VITE_AUTH_MODE: 'token', VITE_ALLOW_TOKEN_IN_BUILD: 'true' }, false],
    [{ VITE_AUTH_MODE: 'msal' }, false],
    [{}, false],
  ])('%j refused: %s', (env, isRefused) => {
    expect(tokenInBuildProblem(env) !== undefined).toBe(isRefused);
  });

  test('vite build in token mode fails and says why; dev and allowed test builds go on', () => {
    process.env.VITE_AUTH_MODE = 'token';
    process.env.VITE_API_TOKEN = 'admin';
    delete process.env.VITE_ALLOW_TOKEN_IN_BUILD;
    expect(() => runConfig('build')).toThrow(/VITE_ALLOW_TOKEN_IN_BUILD=true/);
    expect(() => runConfig('build')).toThrow(/embedded in the public\s+JavaScript/);
    expect(runConfig('serve').plugins).toBeDefined();
    process.env.VITE_ALLOW_TOKEN_IN_BUILD = 'true';
    expect(runConfig('build').build).toBeDefined();
  });
});
