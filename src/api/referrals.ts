import {
  parseReferralPage,
  referralPageEnvelopeSchema,
  type ReferralPageEnvelope,
  type UnreadableReferral,
} from '../domain/referral-page';
import { referralSchema, type Referral } from '../domain/referral-schema';
import { MAX_PAGE_SIZE } from '../domain/api-contract';
import { ApiError } from './api-error';
import type { HttpClient } from './http-client';
import { buildODataFilter, type ServerFilter } from './odata-filter';

export type WriteMethod = 'put' | 'patch';

export type ReferralApi = {
  readonly http: HttpClient;
  readonly writeMethod: WriteMethod;
  /**
   * The server answers on this page's main thread (the demo's simulator): its answers compete
   * with the page's own frames, so a slow answer says the page is busy, not that the network is.
   */
  readonly isServerInPage?: boolean;
};

export type ListProgress = {
  items: Referral[];
  /** Items the schema could not read: kept out of `items`, shown read-only by the views. */
  unreadable: UnreadableReferral[];
  pages: number;
  isComplete: boolean;
};

export type PageRequest =
  | { url: string; query?: undefined }
  | { url?: undefined; query: Record<string, string | undefined> };

export type ReferralPage = {
  items: Referral[];
  /** Items of this page the schema could not read (kept out of `items`, shown read-only). */
  unreadable: UnreadableReferral[];
  nextLink: string | undefined;
};

/**
 * One page of the list as sent: the first (a query on the collection) or a `@odata.nextLink`,
 * its envelope checked (`value`, the next link) but its items not read yet. Every list read goes
 * through here (one chain or several in parallel), so checks on a page apply to all: the http
 * client refuses a link on another origin. The parallel pager sends a chain's next request before
 * it reads the items (`parseReferralPage`: an item the schema cannot read does not fail the
 * page); `getReferralPage` does both at once.
 */
export async function getReferralEnvelope(
  api: ReferralApi,
  page: PageRequest,
  options: { signal?: AbortSignal; clientRequestId?: string } = {},
): Promise<ReferralPageEnvelope> {
  const { data } = await api.http.request({
    url: page.url ?? '',
    query: page.query,
    schema: referralPageEnvelopeSchema,
    signal: options.signal,
    clientRequestId: options.clientRequestId,
  });
  return data;
}

/** One page of the list, fetched and read. */
export async function getReferralPage(
  api: ReferralApi,
  page: PageRequest,
  options: { signal?: AbortSignal; clientRequestId?: string } = {},
): Promise<ReferralPage> {
  return parseReferralPage(await getReferralEnvelope(api, page, options));
}

/** The first page of a list filtered by `filter` (an OData `$filter`, or none). */
export function firstPage(
  filter: string | undefined,
  pageSize = MAX_PAGE_SIZE,
  orderBy?: string,
): PageRequest {
  return { query: { $filter: filter, $orderby: orderBy, $top: String(pageSize) } };
}

/** Throws when a chain sends a nextLink it sent before (a server loop). */
export function nextLinkGuard(): (next: string) => void {
  const seen = new Set<string>();
  return (next) => {
    if (seen.has(next)) {
      throw new ApiError({
        kind: 'invalid-response',
        message: 'The server sent the same next page link twice.',
      });
    }
    seen.add(next);
  };
}

/**
 * GET the list, following `@odata.nextLink` until the last page. `onPage` sees every page as it
 * arrives. An item the schema cannot read does not fail the list: it is left out of the result and
 * reported in `onPage`'s `unreadable`.
 */
export async function getReferrals(
  api: ReferralApi,
  filter: ServerFilter = {},
  options: {
    signal?: AbortSignal;
    pageSize?: number;
    onPage?: (progress: ListProgress) => void;
    /** The client-request-id of the n-th page request (the same on retries of the whole list). */
    requestId?: (page: number) => string;
    /** An extra `$filter` clause joined with `and` (a delta refresh's `updatedDateTime gt …`). */
    extraFilter?: string;
  } = {},
): Promise<Referral[]> {
  const items: Referral[] = [];
  const unreadable: UnreadableReferral[] = [];
  let pages = 0;
  const base = buildODataFilter(filter);
  const combined =
    base && options.extraFilter
      ? `${base} and ${options.extraFilter}`
      : (base ?? options.extraFilter);
  let request: PageRequest = firstPage(combined, options.pageSize);
  const guard = nextLinkGuard();
  for (;;) {
    const page = await getReferralPage(api, request, {
      signal: options.signal,
      clientRequestId: options.requestId?.(pages),
    });
    items.push(...page.items);
    unreadable.push(...page.unreadable);
    pages += 1;
    if (!page.nextLink) break;
    guard(page.nextLink);
    options.onPage?.({ items, unreadable, pages, isComplete: false });
    request = { url: page.nextLink };
  }
  options.onPage?.({ items, unreadable, pages, isComplete: true });
  return items;
}

export async function getReferral(
  api: ReferralApi,
  id: string,
  options: { signal?: AbortSignal; clientRequestId?: string } = {},
): Promise<Referral> {
  const { data } = await api.http.request({
    url: encodeURIComponent(id),
    schema: referralSchema,
    signal: options.signal,
    clientRequestId: options.clientRequestId,
  });
  return data;
}
