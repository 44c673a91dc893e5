import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { referralHandlers } from './handlers';
import { unauthenticated } from './identity';
import { handleControl } from './sim-control';
import { errorResult, type SimResult } from './sim-result';
import type { Simulator } from './simulator';

/**
 * The simulator over real HTTP (`npm run sim`): the msw handlers of the demo answer Node requests
 * through msw's `getResponse`, behind CORS, a bearer-token check and the test-only `/__sim/*`
 * control routes. One simulator, so every client and tab shares one store.
 */

export const API_PATH = '/v1.0/engagements/referrals';
export const DEFAULT_ALLOWED_ORIGINS = [
  'http://localhost:5173',
  'http://127.0.0.1:5173',
  'http://localhost:4173',
  'http://127.0.0.1:4173',
];
const ALLOW_HEADERS =
  'Authorization, Content-Type, If-Match, Prefer, client-request-id, MS-CorrelationId, MS-RequestId';
const EXPOSE_HEADERS =
  'ETag, Request-ID, request-id, client-request-id, MS-CorrelationId, Retry-After';
const ALLOW_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
/** Referrals are a few KB; anything near this is a mistake or an attack. */
const MAX_BODY_BYTES = 1_000_000;
/** The request log is for tests; a long-running server keeps only the latest entries. */
const MAX_LOGGED_REQUESTS = 2_000;

export type SimHttpOptions = {
  simulator: Simulator;
  /** Origins whose pages may call the simulator; `*` allows any. */
  allowedOrigins: readonly string[];
};

export function jsonResponse(result: SimResult): Response {
  const headers = new Headers(result.headers);
  headers.set('Content-Type', 'application/json');
  return new Response(JSON.stringify(result.body ?? null), { status: result.status, headers });
}

function corsHeaders(origin: string | null, allowed: readonly string[]): Headers | undefined {
  if (!origin || !(allowed.includes('*') || allowed.includes(origin))) return undefined;
  return new Headers({
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': EXPOSE_HEADERS,
    Vary: 'Origin',
  });
}

const isApiPath = (pathname: string) =>
  pathname === API_PATH || pathname.startsWith(`${API_PATH}/`);

/** Fetch in, Fetch out: everything but the socket, so tests need no port. */
export function createSimFetchHandler(options: SimHttpOptions) {
  const { simulator, allowedOrigins } = options;
  // `*` for the origin: the request's own host, whatever name the client used for it.
  const handlers = referralHandlers(simulator, `*${API_PATH}`);

  async function route(request: Request, url: URL): Promise<Response> {
    if (url.pathname.startsWith('/__sim/')) return handleControl(simulator, request, url);
    if (!isApiPath(url.pathname)) {
      return jsonResponse(errorResult(404, 'itemNotFound', `No route ${url.pathname}.`, 'url'));
    }
    // The real API needs a token on every call; who the token names is the handlers' business.
    if (!/^Bearer\s+\S/i.test(request.headers.get('Authorization') ?? '')) {
      const result = unauthenticated('Sign in: send "Authorization: Bearer <token>".');
      return jsonResponse({
        ...result,
        headers: { ...result.headers, 'Request-ID': crypto.randomUUID() },
      });
    }
    const response = await getResponse(handlers, request);
    const log = simulator.requests;
    if (log.length > MAX_LOGGED_REQUESTS) log.splice(0, log.length - MAX_LOGGED_REQUESTS);
    return response ?? jsonResponse(errorResult(404, 'itemNotFound', 'No such route.', 'url'));
  }

  return async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const cors = corsHeaders(request.headers.get('Origin'), allowedOrigins);
    if (request.method === 'OPTIONS') {
      if (!cors) return new Response(null, { status: 403 });
      cors.set('Access-Control-Allow-Methods', ALLOW_METHODS);
      cors.set('Access-Control-Allow-Headers', ALLOW_HEADERS);
      cors.set('Access-Control-Max-Age', '600');
      return new Response(null, { status: 204, headers: cors });
    }
    const response = await route(request, url);
    // A simulated network failure has no status and no headers to add.
    if (response.type === 'error' || !cors) return response;
    const headers = new Headers(response.headers);
    cors.forEach((value, name) => headers.set(name, value));
    return new Response(response.body, { status: response.status, headers });
  };
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function toFetchRequest(request: IncomingMessage): Promise<Request> {
  const url = new URL(request.url ?? '/', `http://${request.headers.host ?? '127.0.0.1'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const method = request.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(request);
  // A Uint8Array view: Node's Buffer type is not a BodyInit under the DOM typings.
  return new Request(url, {
    method,
    headers,
    body: body?.length ? new Uint8Array(body) : undefined,
  });
}

async function writeResponse(response: Response, out: ServerResponse): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  response.headers.forEach((value, name) => out.setHeader(name, value));
  out.setHeader('Content-Length', String(body.length));
  out.writeHead(response.status);
  out.end(body);
}

/** The Node server around the fetch handler; call `listen(port, '127.0.0.1')` on it. */
export function createSimHttpServer(options: SimHttpOptions): Server {
  const handle = createSimFetchHandler(options);
  return createServer((incoming, out) => {
    void (async () => {
      let request: Request;
      try {
        request = await toFetchRequest(incoming);
      } catch (error) {
        const result =
          error instanceof BodyTooLarge
            ? errorResult(413, 'invalidRequest', 'The request body is too large.', 'body')
            : errorResult(400, 'invalidRequest', 'The request could not be read.', 'request');
        await writeResponse(jsonResponse(result), out);
        return;
      }
      let response: Response;
      try {
        response = await handle(request);
      } catch (error) {
        console.error('sim: the handler failed', error);
        response = jsonResponse(
          errorResult(500, 'generalException', 'The simulator failed; see its log.', 'referral'),
        );
      }
      // The `networkError` fault: drop the connection, as a failing network would.
      if (response.type === 'error') out.destroy();
      else await writeResponse(response, out);
    })();
  });
}
