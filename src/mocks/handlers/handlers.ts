import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { PARTNER_REFERRALS_URL } from '../../domain/api-contract';
import type { FaultScenario } from '../rules/faults';
import { loggedHeaders } from './request-log';
import type { SimRequest } from '../rules/sim-api';
import { errorResult, methodNotAllowed, type SimResult } from '../rules/sim-result';
import type { Simulator } from '../store/simulator';

/**
 * msw handlers for the Referrals API over a simulator: the same handlers run the browser demo and
 * the Node test server. Faults are applied here, in front of the simulator's own rules.
 */

type Kind = 'read' | 'write' | 'other';

/** Cut short on purpose: what a truncated or garbled body looks like to the client. */
const MALFORMED_BODY = '{"@odata.count": 1, "value": [{"id": "61c65491-2f2c-461a-84b4';

function recordedBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function faultResult(faults: FaultScenario, kind: Kind): SimResult | undefined {
  if (kind !== 'write') return undefined;
  if (faults.throttleRetryAfterSeconds !== null) {
    return {
      ...errorResult(
        429,
        'serviceNotAvailable',
        'Too many requests. Retry after the given time.',
        'referral',
      ),
      headers: { 'Retry-After': String(faults.throttleRetryAfterSeconds) },
    };
  }
  if (faults.writeStatus === 500) {
    return errorResult(
      500,
      'generalException',
      'An unexpected error occurred on the server.',
      'referral',
    );
  }
  if (faults.writeStatus === 503) {
    return errorResult(
      503,
      'serviceNotAvailable',
      'The service is temporarily unavailable.',
      'referral',
    );
  }
  return undefined;
}

async function respond(
  sim: Simulator,
  request: Request,
  kind: Kind,
  run: (request: SimRequest) => SimResult,
): Promise<Response> {
  const bodyText = await request.text();
  sim.requests.push({
    method: request.method,
    url: request.url,
    headers: loggedHeaders(request.headers),
    body: recordedBody(bodyText),
  });
  const faults = sim.faults.get();
  if (kind === 'read') {
    // A read is answered as it arrives and held until its latency has passed: the simulator's own
    // work (filter, page, JSON) runs within the simulated latency, not after it, where the work
    // of the reads in flight beside it queued up behind it (docs/decisions/061).
    const arrivedAt = performance.now();
    const response = answer(request, kind, faults, run, bodyText);
    const left = faults.latencyMs - (performance.now() - arrivedAt);
    if (faults.latencyMs > 0 && left > 0) await delay(left);
    return response;
  }
  // A write waits first, then is applied: a client that gives up within the latency has not
  // heard whether it landed.
  if (faults.latencyMs > 0) await delay(faults.latencyMs);
  if (kind === 'write' && faults.writeLatencyMs > 0) await delay(faults.writeLatencyMs);
  return answer(request, kind, faults, run, bodyText);
}

function answer(
  request: Request,
  kind: Kind,
  faults: FaultScenario,
  run: (request: SimRequest) => SimResult,
  bodyText: string,
): Response {
  if (faults.networkError === 'all' || (faults.networkError === 'writes' && kind === 'write')) {
    return HttpResponse.error();
  }
  const result =
    faultResult(faults, kind) ??
    run({ url: new URL(request.url), headers: request.headers, bodyText });
  // B18: a request id on every response; the caller's ids echoed back.
  const headers = new Headers(result.headers);
  headers.set('Request-ID', crypto.randomUUID());
  for (const name of ['client-request-id', 'MS-CorrelationId']) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const isMalformed =
    (kind === 'read' && faults.malformedList) || (kind === 'write' && faults.writeMalformed);
  if (isMalformed && result.status === 200) {
    headers.set('Content-Type', 'application/json');
    return new HttpResponse(MALFORMED_BODY, { status: 200, headers });
  }
  if (result.body === undefined) {
    // 204 of a PATCH without `Prefer: return=representation` (B10): no body at all.
    headers.set('Content-Length', '0');
    return new HttpResponse(null, { status: result.status, headers });
  }
  return jsonResponse(result.body, result.status, headers);
}

const utf8 = new TextEncoder();

/**
 * `HttpResponse.json`, but the body encoded once: msw's own encodes it a second time into a Blob
 * only to measure its Content-Length, which was 3 s of the main thread (where the demo's
 * simulator runs) over a 10,000-referral load.
 */
function jsonResponse(body: unknown, status: number, headers: Headers): Response {
  const bytes = utf8.encode(JSON.stringify(body));
  headers.set('Content-Type', 'application/json');
  headers.set('Content-Length', String(bytes.byteLength));
  return new HttpResponse(bytes, { status, headers });
}

const paramId = (params: Record<string, string | readonly string[] | undefined>) =>
  String(params.id ?? '');

export function referralHandlers(sim: Simulator, baseUrl = PARTNER_REFERRALS_URL): HttpHandler[] {
  const collection = baseUrl.replace(/\/$/, '');
  const item = `${collection}/:id`;
  const notAllowed =
    (allowed: string) =>
    ({ request }: { request: Request }) =>
      respond(sim, request, 'other', () => methodNotAllowed(request.method, allowed));
  return [
    http.get(collection, ({ request }) => respond(sim, request, 'read', (r) => sim.api.list(r))),
    http.post(collection, ({ request }) =>
      respond(sim, request, 'write', (r) => sim.api.create(r)),
    ),
    http.get(item, ({ request, params }) =>
      respond(sim, request, 'read', (r) => sim.api.read(paramId(params), r)),
    ),
    http.put(item, ({ request, params }) =>
      respond(sim, request, 'write', (r) => sim.api.replace(paramId(params), r)),
    ),
    http.patch(item, ({ request, params }) =>
      respond(sim, request, 'write', (r) => sim.api.patch(paramId(params), r)),
    ),
    http.all(item, notAllowed('GET, PUT, PATCH')),
    http.all(collection, notAllowed('GET, POST')),
  ];
}
