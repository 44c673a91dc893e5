import { legacyErrorSchema, odataErrorSchema } from '../domain/referral-schema';

/** `code` of a refused link to another origin than the configured API (`target` holds that origin). */
export const FOREIGN_ORIGIN = 'foreignOrigin';

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response';

type ApiErrorInit = {
  kind: ApiErrorKind;
  message: string;
  status?: number;
  code?: string;
  target?: string;
  retryAfterMs?: number;
  requestId?: string;
  /** The server's own words (its error message), when it sent any: shown to the user as data. */
  serverMessage?: string;
  /** Where a response broke the schema ("value.0.status"): language-neutral, shown to the user. */
  path?: string;
  /** The body a schema refused (invalid-response): a view may show what it can of it, read-only. */
  received?: unknown;
  cause?: unknown;
};

/** The one error type every API call rejects with. Switch on `kind`, `status` and `code`. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly target: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly requestId: string | undefined;
  readonly serverMessage: string | undefined;
  readonly path: string | undefined;
  readonly received: unknown;

  constructor(init: ApiErrorInit) {
    super(init.message, { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.target = init.target;
    this.retryAfterMs = init.retryAfterMs;
    this.requestId = init.requestId;
    this.serverMessage = init.serverMessage;
    this.path = init.path;
    this.received = init.received;
  }

  get isConflict(): boolean {
    return this.kind === 'http' && this.status === 412;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** `Retry-After` as delta-seconds or an HTTP date, in milliseconds. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  // An absurd delta (1e306 s) would overflow to Infinity ms: "retry in Infinity s", never enabled.
  if (Number.isFinite(seconds) && seconds >= 0)
    return Number.isFinite(seconds * 1000) ? seconds * 1000 : undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Build the error for a non-2xx response from its body (OData envelope or the older shape). */
export function errorFromResponse(status: number, body: unknown, headers: Headers): ApiError {
  const common = {
    kind: 'http' as const,
    status,
    retryAfterMs: parseRetryAfter(headers.get('Retry-After')),
    requestId: headers.get('Request-ID') ?? headers.get('request-id') ?? undefined,
  };
  const odata = odataErrorSchema.safeParse(body);
  if (odata.success) {
    const { code, message, target } = odata.data.error;
    return new ApiError({
      ...common,
      code,
      message: message || `The server answered ${status} (${code}).`,
      serverMessage: message || undefined,
      target: target ?? undefined,
    });
  }
  const legacy = legacyErrorSchema.safeParse(body);
  if (legacy.success) {
    return new ApiError({
      ...common,
      code: String(legacy.data.code),
      message: legacy.data.description || `The server answered ${status}.`,
      serverMessage: legacy.data.description || undefined,
    });
  }
  return new ApiError({ ...common, message: `The server answered ${status}.` });
}
