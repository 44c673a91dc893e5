import { callerOf } from '../rules/identity';

/**
 * What the request log keeps of a request's headers. Tokens never reach it: `Authorization` keeps
 * its scheme and the role the simulator read from it (`Bearer [redacted: admin]`), so a test can
 * still tell who called without the log holding a credential.
 */

const SECRET_HEADERS = ['cookie', 'x-sim-control', 'proxy-authorization'];

export function redactAuthorization(value: string): string {
  const scheme = /^(\S+)\s+\S/.exec(value.trim())?.[1];
  if (!scheme) return '[redacted]';
  const who = callerOf(value);
  return who.ok ? `${scheme} [redacted: ${who.caller.role}]` : `${scheme} [redacted]`;
}

export function loggedHeaders(headers: Headers): Record<string, string> {
  const kept = Object.fromEntries(headers.entries());
  if (kept.authorization !== undefined)
    kept.authorization = redactAuthorization(kept.authorization);
  for (const name of SECRET_HEADERS) if (name in kept) kept[name] = '[redacted]';
  return kept;
}
