import { CONFIG_KEYS, ConfigError } from './config';

/**
 * The deployment's settings at run time: `/config.json`, written by the container at start from
 * its environment (deploy/), so one image serves every tenant. It holds the same keys as the
 * build's `VITE_*` variables, checked by the same schema after merging: config.json wins, keys it
 * leaves out keep their build-time value, and no config.json at all means the build's values.
 * The build ships an empty one (public/config.json), so servers without it answer `{}`, not a 404
 * the browser would log as an error.
 */

export const RUNTIME_CONFIG_URL = '/config.json';

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

const KNOWN = new Set<string>(CONFIG_KEYS);

function fail(problem: string): never {
  throw new ConfigError([`${RUNTIME_CONFIG_URL}: ${problem}`]);
}

/** Start it first thing: it runs while the translations load. */
export async function fetchRuntimeConfig(
  doFetch: Fetch = (input, init) => fetch(input, init),
): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await doFetch(RUNTIME_CONFIG_URL, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
  } catch {
    fail('could not be loaded (network error)');
  }
  if (response.status === 404) return {};
  // A server without the file may answer with the app's index.html (dev server, vite preview).
  const isJson = /^application\/([\w.+-]+\+)?json\b/i.test(
    response.headers.get('Content-Type') ?? '',
  );
  if (response.ok && !isJson) return {};
  if (!response.ok) fail(`could not be loaded (HTTP ${response.status})`);

  let settings: unknown;
  try {
    settings = JSON.parse(await response.text());
  } catch {
    fail('is not valid JSON');
  }
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
    fail('must be a JSON object of settings, e.g. { "VITE_ENTRA_CLIENT_ID": "…" }');
  }
  const unknown = Object.keys(settings).filter((key) => !KNOWN.has(key));
  if (unknown.length > 0) {
    throw new ConfigError(unknown.map((key) => `${RUNTIME_CONFIG_URL}: ${key} is not a setting`));
  }
  // Every visitor can read config.json; a bearer token there would be public.
  if ('VITE_API_TOKEN' in settings) {
    fail('VITE_API_TOKEN cannot be set here: every visitor can read this file');
  }
  return settings as Record<string, unknown>;
}
