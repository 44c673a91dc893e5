import type { Referral } from '../../domain/referral-schema';
import { ODataError } from '../odata/odata-error';
import {
  compileFilter,
  encodeSkipToken,
  parseListQuery,
  selectFields,
  sortReferrals,
  type ListQuery,
} from '../odata/odata';
import { invalidRequest, type SimResult } from './sim-result';

/**
 * GET of the collection: filter and sort once, then serve pages. The matching ids are cached per
 * (query, store version) until the next referral would expire, so following 200 nextLinks over
 * 20,000 referrals does not filter 200 times.
 */

export const LIST_CONTEXT = 'https://api.partner.microsoft.com/v1.0/$metadata#Referrals';

type Snapshot = {
  version: number;
  /** Who is asking (B20): callers who see different referrals must not share cached ids. */
  scope?: string;
  nowMs: number;
  all(): { items: Referral[]; nextExpiry: number };
  get(id: string): Referral | undefined;
};

type CacheEntry = { ids: string[]; validUntil: number };
/** More than the queries of a parallel load (the first page, 9 slices read from both ends). */
const CACHE_SIZE = 24;
/**
 * Once no list request has come for this long, the snapshot and the cached ids are let go: in the
 * demo the simulator lives in the page, and they held ~10k references each (expired leads as
 * copies) for nothing between loads (docs/decisions/043). Each is rebuilt in one pass when needed.
 */
const RELEASE_AFTER_MS = 3000;

export function createListEndpoint() {
  const cache = new Map<string, CacheEntry>();

  // Every referral the caller sees, shared by the queries of one store version: the slices of a
  // parallel load (15 queries at once) each filter it instead of each building it again.
  let everything: { key: string; items: Referral[]; nextExpiry: number } | undefined;
  const all = (snapshot: Snapshot) => {
    const key = `${snapshot.version}|${snapshot.scope ?? ''}`;
    if (everything?.key !== key || snapshot.nowMs >= everything.nextExpiry) {
      everything = { key, ...snapshot.all() };
    }
    return everything;
  };

  let releaseTimer: ReturnType<typeof setTimeout> | undefined;
  const releaseLater = () => {
    clearTimeout(releaseTimer);
    releaseTimer = setTimeout(() => {
      everything = undefined;
      cache.clear();
    }, RELEASE_AFTER_MS);
    // Node (tests, `npm run sim`): the timer does not keep the process alive.
    (releaseTimer as { unref?: () => void }).unref?.();
  };

  const matchingIds = (query: ListQuery, snapshot: Snapshot): string[] => {
    const key = `${snapshot.version}|${snapshot.scope ?? ''}|${JSON.stringify([query.filter, query.orderBy])}`;
    const hit = cache.get(key);
    if (hit && snapshot.nowMs < hit.validUntil) return hit.ids;
    const { items, nextExpiry } = all(snapshot);
    const predicate = query.filter ? compileFilter(query.filter) : undefined;
    const matching = predicate ? items.filter(predicate) : items;
    const ids = sortReferrals(matching, query.orderBy).map((r) => r.id);
    cache.delete(key);
    cache.set(key, { ids, validUntil: nextExpiry });
    while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
    return ids;
  };

  return function list(url: URL, snapshot: Snapshot): SimResult {
    let request: { query: ListQuery; offset: number };
    try {
      request = parseListQuery(url.searchParams);
    } catch (error) {
      if (error instanceof ODataError) return invalidRequest(error.message, error.target);
      throw error;
    }
    const { query, offset } = request;
    releaseLater();
    const ids = matchingIds(query, snapshot);
    const pageIds = ids.slice(offset, offset + query.top);
    const value = pageIds.flatMap((id) => {
      const referral = snapshot.get(id);
      return referral ? [selectFields(referral, query.select)] : [];
    });
    const nextOffset = offset + query.top;
    const body: Record<string, unknown> = {
      '@odata.context': LIST_CONTEXT,
      // The number of items on this page, not a total (spec 3.1).
      '@odata.count': value.length,
      value,
    };
    if (query.top > 0 && nextOffset < ids.length) {
      // The token is base64url, so it needs no escaping; the query travels inside it.
      body['@odata.nextLink'] =
        `${url.origin}${url.pathname}?$skiptoken=${encodeSkipToken(query, nextOffset)}`;
    }
    return { status: 200, body };
  };
}
