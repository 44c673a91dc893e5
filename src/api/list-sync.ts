import type { Referral } from '../domain/referral-schema';

/**
 * Delta refresh of the cached list (docs/decisions/024-device-copy-and-delta.md): ask only for
 * what changed since the newest `updatedDateTime` the list has seen from the server, merge it in by
 * id. A deletion (or a referral leaving the caller's scope) cannot be seen that way, so a full
 * reload runs when the last one is older than a day.
 */
export const FULL_RELOAD_AFTER_MS = 24 * 60 * 60 * 1000;

/** The `$filter` clause of a delta request. */
export function deltaFilter(since: string): string {
  return `updatedDateTime gt '${since}'`;
}

/** The newest `updatedDateTime` among `items` (ISO strings; compared as instants). */
export function newestUpdate(items: readonly Referral[]): string | undefined {
  let newest: string | undefined;
  let newestMs = -Infinity;
  for (const item of items) {
    const value = item.updatedDateTime;
    if (!value) continue;
    const ms = Date.parse(value);
    if (ms > newestMs) {
      newestMs = ms;
      newest = value;
    }
  }
  return newest;
}

/** Changed referrals replace their cached copy; new ones are added at the end; the rest stay. */
export function mergeDelta(items: readonly Referral[], changed: readonly Referral[]): Referral[] {
  if (changed.length === 0) return items.slice();
  const byId = new Map(changed.map((r) => [r.id, r]));
  const merged = items.map((item) => {
    const update = byId.get(item.id);
    if (!update) return item;
    byId.delete(item.id);
    return update;
  });
  return [...merged, ...byId.values()];
}

/** Whether the cached list can be refreshed by delta, or must be loaded again in full. */
export function canRefreshByDelta(
  list: { isComplete: boolean; syncedThrough?: string; fullAt?: number } | undefined,
  now: number,
): list is { isComplete: true; syncedThrough: string; fullAt: number } {
  return (
    list !== undefined &&
    list.isComplete &&
    list.syncedThrough !== undefined &&
    list.fullAt !== undefined &&
    now - list.fullAt < FULL_RELOAD_AFTER_MS
  );
}
