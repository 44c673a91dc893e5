import type { Referral } from './referral-schema';
import { DAY_MS, expiryClock, needsResponse } from './triage';

/**
 * Scopes: named slices of the pipeline a rep works from. Each is a predicate over one referral at
 * a given time; several chosen scopes narrow together (and).
 */
export const SCOPE_IDS = ['mine', 'needs-response', 'expiring', 'stale', 'closing-passed'] as const;
export type ScopeId = (typeof SCOPE_IDS)[number];

export type ScopeContext = {
  now: number;
  /** The signed-in user's email; without one, nothing is "mine". */
  userEmail: string | undefined;
  /** Active with no update for this many days is stale. */
  staleDays: number;
};

export function isScopeId(value: string): value is ScopeId {
  return (SCOPE_IDS as readonly string[]).includes(value);
}

function timestamp(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const at = Date.parse(iso);
  return Number.isNaN(at) ? null : at;
}

export function isOnTeam(referral: Pick<Referral, 'team'>, email: string | undefined): boolean {
  const wanted = email?.trim().toLowerCase();
  if (!wanted) return false;
  return (referral.team ?? []).some((m) => m.email?.trim().toLowerCase() === wanted);
}

export function matchesScope(referral: Referral, scope: ScopeId, ctx: ScopeContext): boolean {
  switch (scope) {
    case 'mine':
      return isOnTeam(referral, ctx.userEmail);
    case 'needs-response':
      return needsResponse(referral, ctx.now);
    case 'expiring':
      return (
        needsResponse(referral, ctx.now) && (expiryClock(referral, ctx.now)?.isLast72h ?? false)
      );
    case 'stale': {
      if (referral.status !== 'Active') return false;
      const updated = timestamp(referral.updatedDateTime) ?? timestamp(referral.acceptedDateTime);
      return updated !== null && ctx.now - updated > ctx.staleDays * DAY_MS;
    }
    case 'closing-passed': {
      if (referral.status !== 'New' && referral.status !== 'Active') return false;
      const closing = timestamp(referral.details?.closingDateTime);
      return closing !== null && closing < ctx.now;
    }
  }
}

export function matchesScopes(
  referral: Referral,
  scopes: readonly ScopeId[],
  ctx: ScopeContext,
): boolean {
  for (const scope of scopes) if (!matchesScope(referral, scope, ctx)) return false;
  return true;
}

/** How many referrals each scope holds on its own. */
export function scopeCounts(
  referrals: readonly Referral[],
  ctx: ScopeContext,
): Record<ScopeId, number> {
  const counts = Object.fromEntries(SCOPE_IDS.map((s) => [s, 0])) as Record<ScopeId, number>;
  for (const referral of referrals)
    for (const scope of SCOPE_IDS) if (matchesScope(referral, scope, ctx)) counts[scope]++;
  return counts;
}
