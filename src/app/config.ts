import * as z from 'zod/mini';
import '../domain/zod-setup';
import { PARTNER_REFERRALS_URL } from '../domain/api-contract';

const isAbsoluteHttpUrl = (v: string) => /^https?:\/\/[^\s/]+/.test(v);

/**
 * App configuration from Vite env variables (see .env.example). Invalid values stop the start-up.
 * Built with `zod/mini` like the domain schemas, so every message is spelled out here.
 */
const envSchema = z.object({
  VITE_API_MODE: z._default(
    z.enum(['demo', 'live'], { error: "must be 'demo' or 'live'" }),
    'demo',
  ),
  VITE_API_BASE_URL: z._default(
    z.string().check(
      z.refine((v) => v.startsWith('/') || isAbsoluteHttpUrl(v), {
        error:
          'must be an absolute http(s) URL, or a path such as /partner-api/v1.0/engagements/referrals for the dev proxy',
      }),
    ),
    PARTNER_REFERRALS_URL,
  ),
  VITE_WRITE_METHOD: z._default(
    z.enum(['put', 'patch'], { error: "must be 'put' or 'patch'" }),
    'put',
  ),
  VITE_AUTH_MODE: z._default(
    z.enum(['msal', 'token'], { error: "must be 'msal' or 'token'" }),
    'msal',
  ),
  VITE_API_TOKEN: z.optional(z.string()),
  VITE_ENTRA_CLIENT_ID: z.optional(z.string()),
  VITE_ENTRA_AUTHORITY: z._default(
    z.string().check(z.refine(isAbsoluteHttpUrl, { error: 'must be an absolute http(s) URL' })),
    'https://login.microsoftonline.com/organizations',
  ),
  VITE_ENTRA_SCOPE: z._default(z.string(), 'https://api.partner.microsoft.com/.default'),
  VITE_REQUEST_TIMEOUT_MS: z._default(
    z.coerce
      .number({ error: 'must be a number of milliseconds' })
      .check(
        z.int({ error: 'must be a whole number of milliseconds' }),
        z.gte(1000, { error: 'must be at least 1000' }),
        z.lte(300_000, { error: 'must be at most 300000' }),
      ),
    30_000,
  ),
});

/** Every setting's name: the `VITE_*` variables, and the keys a runtime config.json may hold. */
export const CONFIG_KEYS = Object.keys(envSchema.shape) as (keyof typeof envSchema.shape)[];

export type AppConfig = {
  mode: 'demo' | 'live';
  baseUrl: string;
  writeMethod: 'put' | 'patch';
  auth:
    | { kind: 'none' }
    | { kind: 'token'; token: string }
    | { kind: 'msal'; clientId: string; authority: string; scope: string };
  timeoutMs: number;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

const blankToUndefined = (env: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));

export function parseConfig(env: Record<string, unknown>): AppConfig {
  const parsed = envSchema.safeParse(blankToUndefined(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.VITE_API_MODE === 'demo') {
    return {
      mode: 'demo',
      baseUrl: PARTNER_REFERRALS_URL,
      writeMethod: e.VITE_WRITE_METHOD,
      auth: { kind: 'none' },
      timeoutMs: e.VITE_REQUEST_TIMEOUT_MS,
    };
  }
  if (e.VITE_AUTH_MODE === 'token') {
    if (!e.VITE_API_TOKEN)
      throw new ConfigError(['VITE_API_TOKEN: required when VITE_AUTH_MODE is token']);
    return {
      mode: 'live',
      baseUrl: e.VITE_API_BASE_URL,
      writeMethod: e.VITE_WRITE_METHOD,
      auth: { kind: 'token', token: e.VITE_API_TOKEN },
      timeoutMs: e.VITE_REQUEST_TIMEOUT_MS,
    };
  }
  if (!e.VITE_ENTRA_CLIENT_ID) {
    throw new ConfigError([
      "VITE_ENTRA_CLIENT_ID: required in live mode with MSAL sign-in (the Entra ID app registration's client id)",
    ]);
  }
  return {
    mode: 'live',
    baseUrl: e.VITE_API_BASE_URL,
    writeMethod: e.VITE_WRITE_METHOD,
    auth: {
      kind: 'msal',
      clientId: e.VITE_ENTRA_CLIENT_ID,
      authority: e.VITE_ENTRA_AUTHORITY,
      scope: e.VITE_ENTRA_SCOPE,
    },
    timeoutMs: e.VITE_REQUEST_TIMEOUT_MS,
  };
}
