/** What the simulator answers before msw turns it into an HTTP response. */
export type SimResult = {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
};

export type InnerError = { code: string; message: string; [key: string]: unknown };

/** The OData error envelope (spec 3.7). Apps switch on `code`; `target` says where. */
export function errorResult(
  status: number,
  code: string,
  message: string,
  target: string,
  innerError?: InnerError,
): SimResult {
  return {
    status,
    body: { error: { code, message, target, ...(innerError ? { innerError } : {}) } },
  };
}

export function invalidRequest(
  message: string,
  target: string,
  innerError?: InnerError,
): SimResult {
  return errorResult(400, 'invalidRequest', message, target, innerError);
}

/** The body observed for a stale If-Match (shared/api/examples/error-412-precondition-failed.json). */
export function preconditionFailed(): SimResult {
  return {
    status: 412,
    body: {
      error: {
        code: 'preconditionFailed',
        message:
          "A precondition provided in the request (such as an if-match header) does not match the resource's current state.",
        target: 'ETag',
        innerError: {
          code: '99918',
          message: 'One of the specified pre-condition is not met. Etag value did not Match',
          details: null,
        },
      },
    },
  };
}

export function notFound(id: string): SimResult {
  return errorResult(404, 'itemNotFound', `No referral with id '${id}' was found.`, 'id');
}

export function methodNotAllowed(method: string, allowed: string): SimResult {
  return {
    ...errorResult(
      405,
      'invalidRequest',
      `The method '${method}' is not allowed on this resource. Allowed: ${allowed}.`,
      'method',
    ),
    headers: { Allow: allowed },
  };
}
