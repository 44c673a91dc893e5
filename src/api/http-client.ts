import { safeParse } from 'zod/mini';
import type * as core from 'zod/v4/core';
import { PARTNER_REFERRALS_URL } from '../domain/api-contract';
import { ApiError, errorFromResponse, FOREIGN_ORIGIN } from './api-error';

export type TokenProvider = (options: { forceRefresh: boolean }) => Promise<string | undefined>;

export type HttpClientOptions = {
  baseUrl: string;
  getToken?: TokenProvider;
  /** Called once when the server answers 401; resolve true to retry the call once (e.g. after sign-in). */
  onUnauthenticated?: () => Promise<boolean>;
  correlationId?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
};

export type RequestOptions<T> = {
  method?: 'GET' | 'PUT' | 'PATCH' | 'POST';
  /** Path relative to the base URL, or an absolute URL (an `@odata.nextLink`). */
  url: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  ifMatch?: string;
  headers?: Record<string, string>;
  schema?: core.$ZodType<T>;
  signal?: AbortSignal;
  /** Same id on retries of one logical call; a new one per call otherwise. */
  clientRequestId?: string;
};

/**
 * Says what was wrong with a value in a few words. The app builds its schemas with `zod/mini`, which
 * carries no message catalogue (keeping it off the first page load), so the words are made here.
 */
function describeIssue(issue: core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'not any of the accepted shapes';
    case 'too_small':
      return `too small (minimum ${String(issue.minimum)})`;
    default:
      return issue.message;
  }
}

export type HttpResponse<T> = { data: T; status: number; headers: Headers };

export function newId(): string {
  return crypto.randomUUID();
}

export type HttpClient = {
  readonly baseUrl: string;
  readonly correlationId: string;
  request<T>(options: RequestOptions<T>): Promise<HttpResponse<T>>;
};

const PARTNER_API_ORIGIN = new URL(PARTNER_REFERRALS_URL).origin;
const PARTNER_API_PATH = new URL(PARTNER_REFERRALS_URL).pathname;

/** The configured base as an absolute URL (a path such as /partner-api/… is on the app's origin). */
function absoluteBase(baseUrl: string): URL {
  return new URL(baseUrl, globalThis.location?.href ?? 'http://localhost/');
}

/**
 * An absolute URL a response sent (an `@odata.nextLink`), mapped onto the configured API. The token
 * goes with every request, so a link to any other origin is refused before anything is sent.
 */
function resolveLinkFromResponse(baseUrl: string, url: string): string {
  const base = absoluteBase(baseUrl);
  let link: URL;
  try {
    link = new URL(url);
  } catch {
    throw new ApiError({
      kind: 'invalid-response',
      message: `The server sent a link that is not a URL ("${url.slice(0, 40)}").`,
    });
  }
  // The doc shows nextLinks as http://api.partner.microsoft.com (spec 3.1): the same API over https.
  if (/^http:$/i.test(link.protocol) && link.hostname === new URL(PARTNER_API_ORIGIN).hostname)
    link.protocol = 'https:';
  // Through a same-origin proxy (/partner-api/v1.0/…) the service still links to its own origin:
  // that is the configured API, reached through the proxy's prefix.
  if (link.origin === PARTNER_API_ORIGIN && base.origin !== PARTNER_API_ORIGIN) {
    const prefix = base.pathname.endsWith(PARTNER_API_PATH)
      ? base.pathname.slice(0, -PARTNER_API_PATH.length)
      : undefined;
    if (prefix !== undefined) return `${base.origin}${prefix}${link.pathname}${link.search}`;
  }
  if (link.origin !== base.origin) {
    throw new ApiError({
      kind: 'invalid-response',
      code: FOREIGN_ORIGIN,
      target: link.origin,
      message: `The server sent a link to another site (${link.origin}); the app sends your sign-in only to ${base.origin}, so it did not follow it.`,
    });
  }
  return link.href;
}

function resolveUrl(
  baseUrl: string,
  url: string,
  query?: Record<string, string | undefined>,
): string {
  const absolute = /^[a-z][a-z\d+.-]*:/i.test(url)
    ? resolveLinkFromResponse(baseUrl, url)
    : url
      ? `${baseUrl.replace(/\/$/, '')}/${url.replace(/^\//, '')}`
      : baseUrl;
  if (!query) return absolute;
  const params = Object.entries(query).filter(
    (e): e is [string, string] => e[1] !== undefined && e[1] !== '',
  );
  if (params.length === 0) return absolute;
  const search = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return `${absolute}${absolute.includes('?') ? '&' : '?'}${search}`;
}

async function readBody(
  response: Response,
): Promise<{ body: unknown; isJson: boolean; text: string }> {
  const text = await response.text();
  if (!text) return { body: undefined, isJson: false, text };
  try {
    return { body: JSON.parse(text) as unknown, isJson: true, text };
  } catch {
    return { body: undefined, isJson: false, text };
  }
}

/** A fetch-based client for the Partner API: auth, correlation ids, If-Match, time-outs, parsing. */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const correlationId = options.correlationId ?? newId();
  const timeoutMs = options.timeoutMs ?? 30_000;
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function send<T>(
    req: RequestOptions<T>,
    requestId: string,
    forceRefresh: boolean,
  ): Promise<Response> {
    // Resolved first: a refused link must fail before a token is even asked for.
    const target = resolveUrl(options.baseUrl, req.url, req.query);
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'client-request-id': requestId,
      'MS-CorrelationId': correlationId,
      ...req.headers,
    };
    const token = await options.getToken?.({ forceRefresh });
    if (token) headers.Authorization = `Bearer ${token}`;
    if (req.ifMatch !== undefined) headers['If-Match'] = req.ifMatch;
    if (req.body !== undefined) headers['Content-Type'] ??= 'application/json';

    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = req.signal ? AbortSignal.any([req.signal, timeout.signal]) : timeout.signal;
    try {
      return await doFetch(target, {
        method: req.method ?? 'GET',
        headers,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        signal,
      });
    } catch (error) {
      if (req.signal?.aborted) throw error; // the caller cancelled: not an API failure
      if (timeout.signal.aborted) {
        throw new ApiError({
          kind: 'timeout',
          message: `The server did not answer within ${Math.round(timeoutMs / 1000)} s.`,
          cause: error,
        });
      }
      throw new ApiError({
        kind: 'network',
        message: 'The server could not be reached. Check your connection.',
        cause: error,
      });
    } finally {
      clearTimeout(timer);
    }
  }

  async function request<T>(req: RequestOptions<T>): Promise<HttpResponse<T>> {
    const requestId = req.clientRequestId ?? newId();
    let response = await send(req, requestId, false);
    if (
      response.status === 401 &&
      options.onUnauthenticated &&
      (await options.onUnauthenticated())
    ) {
      response = await send(req, requestId, true);
    }
    const { body, isJson, text } = await readBody(response);
    if (!response.ok) throw errorFromResponse(response.status, body, response.headers);
    if (!req.schema) return { data: body as T, status: response.status, headers: response.headers };
    if (!isJson) {
      throw new ApiError({
        kind: 'invalid-response',
        status: response.status,
        message: `The server sent data the app does not understand (expected JSON, got ${text ? `"${text.slice(0, 40)}…"` : 'an empty body'}).`,
      });
    }
    const parsed = safeParse(req.schema, body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue
        ? ` at ${issue.path.join('.') || 'the top level'}: ${describeIssue(issue)}`
        : '';
      throw new ApiError({
        kind: 'invalid-response',
        status: response.status,
        message: `The server sent data the app does not understand${where}.`,
        path: issue?.path.join('.') || undefined,
        received: body,
        cause: parsed.error,
      });
    }
    return { data: parsed.data, status: response.status, headers: response.headers };
  }

  return { baseUrl: options.baseUrl, correlationId, request };
}
