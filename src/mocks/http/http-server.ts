import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { referralHandlers } from '../handlers/handlers';
import { unauthenticated } from '../rules/identity';
import { handleControl } from './sim-control';
import { errorResult, type SimResult } from '../rules/sim-result';
import type { Simulator } from '../store/simulator';

/**
 * The simulator over real HTTP (`npm run sim`): the msw handlers of the demo answer Node requests
 * through msw's `getResponse`, behind CORS, a bearer-token check and the test-only `/__sim/*`
 * control routes. One simulator, so every client and tab shares one store.
 *
 * It is a test tool on 127.0.0.1, yet a web page the developer has open can still reach it: the
 * Host check stops DNS rebinding, and the control routes want a token and refuse browsers.
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
/**
 * A refused body is still read to its end (up to this much), so the connection can close cleanly:
 * closing a socket with unread bytes sends a TCP reset, which the client sees as ECONNRESET.
 */
const MAX_DRAINED_BYTES = 64 * 1024 * 1024;
/** Names a local client uses for 127.0.0.1; any other Host is a rebound DNS name. */
const LOCAL_HOST_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
/** The request log is for tests; a long-running server keeps only the latest entries. */
const MAX_LOGGED_REQUESTS = 2_000;

export type SimHttpOptions = {
  simulator: Simulator;
  /** Origins whose pages may call the simulator; `*` allows any. */
  allowedOrigins: readonly string[];
  /** The value `/__sim/*` control routes want in `X-Sim-Control`. */
  controlToken: string;
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

const isControlPath = (pathname: string) => pathname === '/__sim' || pathname.startsWith('/__sim/');

const digest = (text: string) => createHash('sha256').update(text).digest();
const isSameToken = (given: string | null, expected: string) =>
  given !== null && timingSafeEqual(digest(given), digest(expected));

/**
 * The control routes answer test tools, never web pages: any request a browser makes carries
 * `Origin` (cross-site POSTs, every CORS request) or `Sec-Fetch-Site`, and is refused, so a page
 * cannot reset data or read the request log even with the token. Health needs no token: it says
 * only that the server is up, for start-up checks.
 */
function refuseControl(request: Request, url: URL, token: string): Response | undefined {
  const site = request.headers.get('Sec-Fetch-Site');
  if (request.headers.has('Origin') || (site !== null && site !== 'none')) {
    const message = 'The simulator control routes do not answer web pages.';
    return jsonResponse(errorResult(403, 'accessDenied', message, 'Origin'));
  }
  if (request.method === 'GET' && url.pathname === '/__sim/health') return undefined;
  if (isSameToken(request.headers.get('X-Sim-Control'), token)) return undefined;
  const message =
    'Send the control token in X-Sim-Control (SIM_CONTROL_TOKEN, or the one printed at start).';
  return jsonResponse(errorResult(401, 'unauthenticated', message, 'X-Sim-Control'));
}

/** Fetch in, Fetch out: everything but the socket, so tests need no port. */
export function createSimFetchHandler(options: SimHttpOptions) {
  const { simulator, allowedOrigins, controlToken } = options;
  // `*` for the origin: the request's own host, whatever name the client used for it.
  const handlers = referralHandlers(simulator, `*${API_PATH}`);

  async function route(request: Request, url: URL): Promise<Response> {
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
    // Never CORS for the control routes: preflights and answers alike go out without it.
    if (isControlPath(url.pathname)) {
      return refuseControl(request, url, controlToken) ?? handleControl(simulator, request, url);
    }
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

/** The whole body, read to its end even when too large (see MAX_DRAINED_BYTES). */
async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_DRAINED_BYTES) {
      // Past this, reading on would let a client hold the server; drop the connection.
      request.socket.destroy();
      throw new BodyTooLarge();
    }
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
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

/**
 * DNS rebinding: a page on evil.example whose name later resolves to 127.0.0.1 reaches this
 * server as same-origin, but its requests still say `Host: evil.example`. Only the names of the
 * loopback address, with the port the server listens on, are answered.
 */
export function isLocalHost(host: string | undefined, port: number): boolean {
  const name = host?.toLowerCase();
  if (!name) return false;
  return LOCAL_HOST_NAMES.some(
    (local) => name === `${local}:${port}` || (port === 80 && name === local),
  );
}

async function writeResponse(
  response: Response,
  out: ServerResponse,
  options: { close?: boolean } = {},
): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  response.headers.forEach((value, name) => out.setHeader(name, value));
  // Node ends the connection once this response is sent.
  if (options.close) out.setHeader('Connection', 'close');
  out.setHeader('Content-Length', String(body.length));
  out.writeHead(response.status);
  out.end(body);
}

/** The Node server around the fetch handler; call `listen(port, '127.0.0.1')` on it. */
export function createSimHttpServer(options: SimHttpOptions): Server {
  const handle = createSimFetchHandler(options);
  return createServer((incoming, out) => {
    void (async () => {
      if (!isLocalHost(incoming.headers.host, incoming.socket.localPort ?? 0)) {
        const message = `This server answers only ${LOCAL_HOST_NAMES.join(', ')} with its port.`;
        incoming.resume();
        await writeResponse(
          jsonResponse(errorResult(421, 'invalidRequest', message, 'Host')),
          out,
          {
            close: true,
          },
        );
        return;
      }
      let request: Request;
      try {
        request = await toFetchRequest(incoming);
      } catch (error) {
        if (incoming.socket.destroyed) return;
        const result =
          error instanceof BodyTooLarge
            ? errorResult(413, 'invalidRequest', 'The request body is too large.', 'body')
            : errorResult(400, 'invalidRequest', 'The request could not be read.', 'request');
        // Whatever is left of a refused request must not be read as the next one.
        await writeResponse(jsonResponse(result), out, { close: true });
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
