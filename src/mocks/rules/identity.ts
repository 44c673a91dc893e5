import type { Referral } from '../../domain/referral-schema';
import { errorResult, notFound, type SimResult } from './sim-result';

/**
 * Who is calling (B20). The real service reads roles from the Entra ID token; the simulator reads
 * them from the bearer token's text, a scheme of our own (README, "The simulator over HTTP"):
 *
 * - no Authorization header: Referrals Admin. Only the in-browser demo and the unit tests send none;
 *   the HTTP server answers 401 before a request gets here.
 * - `Bearer admin`, `Bearer admin-<name>` or `Bearer admin:<name>` (`admin-dev`,
 *   `admin:ana@contoso.com`; a name is letters, digits and `. _ @ + -`, not starting with `-`),
 *   the word in any case: Referrals Admin. `adminanything`, `administrator`, `admin-` are not.
 * - `Bearer user:<email>`: Referrals User; sees and edits only referrals whose team lists the email.
 * - `Bearer none`: signed in, but without a referrals role: 403 on every call.
 * - any other token: 401, as an expired or foreign token would be.
 */

export type Caller = { role: 'admin' } | { role: 'user'; email: string } | { role: 'none' };

export type CallerOutcome = { ok: true; caller: Caller } | { ok: false; result: SimResult };

/** `admin`, `admin-<name>`, `admin:<name>` (README, "Tokens"). */
export const ADMIN_TOKEN = /^admin(?:[-:][\w.@+][\w.@+-]*)?$/i;

export const TOKEN_SCHEME_HINT =
  "Simulator tokens: 'admin', 'admin-<name>' or 'admin:<name>' (Referrals Admin), 'user:<email>' (Referrals User), 'none' (no role).";

export function unauthenticated(message: string, error?: string): SimResult {
  return {
    ...errorResult(401, 'unauthenticated', message, 'Authorization'),
    headers: { 'WWW-Authenticate': error ? `Bearer error="${error}"` : 'Bearer' },
  };
}

export function accessDenied(message: string): SimResult {
  return errorResult(403, 'accessDenied', message, 'referral');
}

export function callerOf(authorization: string | null): CallerOutcome {
  if (authorization === null || authorization.trim() === '') {
    return { ok: true, caller: { role: 'admin' } };
  }
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim())?.[1];
  if (!token) {
    return {
      ok: false,
      result: unauthenticated('Send the access token as "Authorization: Bearer <token>".'),
    };
  }
  if (ADMIN_TOKEN.test(token)) return { ok: true, caller: { role: 'admin' } };
  if (token.toLowerCase() === 'none') return { ok: true, caller: { role: 'none' } };
  const email = /^user:([^@\s]+@[^@\s]+)$/i.exec(token)?.[1];
  if (email) return { ok: true, caller: { role: 'user', email: email.toLowerCase() } };
  return {
    ok: false,
    result: unauthenticated(`The access token is not valid. ${TOKEN_SCHEME_HINT}`, 'invalid_token'),
  };
}

const isOnTeam = (email: string, team: Referral['team']) =>
  (team ?? []).some((member) => member.email?.toLowerCase() === email);

export function canAccess(caller: Caller, referral: Pick<Referral, 'team'>): boolean {
  if (caller.role === 'admin') return true;
  if (caller.role === 'none') return false;
  return isOnTeam(caller.email, referral.team);
}

export function noRole(): SimResult {
  return accessDenied('The caller has neither the Referrals Admin nor the Referrals User role.');
}

/**
 * May `caller` reach the referral `id`? 403 `accessDenied` without a role or off the team, 404
 * `itemNotFound` when there is no such referral; undefined when it may.
 */
export function checkAccess(
  caller: Caller,
  id: string,
  referral: Pick<Referral, 'team'> | undefined,
): SimResult | undefined {
  if (caller.role === 'none') return noRole();
  if (!referral) return notFound(id);
  if (caller.role === 'user' && !canAccess(caller, referral)) {
    return accessDenied(
      `A Referrals User reaches only referrals whose team lists them; '${id}' does not list ${caller.email}.`,
    );
  }
  return undefined;
}

/** A key that separates what different callers see (list caches, idempotency keys). */
export function callerKey(caller: Caller): string {
  return caller.role === 'user' ? `user:${caller.email}` : caller.role;
}
