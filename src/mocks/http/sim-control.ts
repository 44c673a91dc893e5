import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import '../rules/zod-messages';
import { MAX_SIZE } from '../store/sim-store';
import { errorResult, notFound, type SimResult } from '../rules/sim-result';
import type { Simulator } from '../store/simulator';

/**
 * Test-only control routes of the HTTP simulator (README, "The simulator over HTTP"). They are
 * not part of the Partner API. They want the `X-Sim-Control` token and refuse browsers (http-server.ts);
 * health alone needs no token.
 *
 *   GET    /__sim/health             { ok, size }
 *   POST   /__sim/reset              reseed ({ size?, seed? }), clear faults and the request log
 *   GET    /__sim/faults             the fault scenario
 *   POST   /__sim/faults             merge a partial scenario, e.g. { "writeStatus": 503 }
 *   DELETE /__sim/faults             no faults
 *   GET    /__sim/referrals          every stored referral
 *   GET    /__sim/referrals/:id      the stored copy
 *   POST   /__sim/referrals/:id      change it as someone else would (new eTag): { "name": "…" }
 *   GET    /__sim/requests           the request log (method, url, headers, body)
 *   DELETE /__sim/requests           clear the log
 */

const resetSchema = z.strictObject({
  size: z.optional(z.int().check(z.gte(0), z.lte(MAX_SIZE))),
  seed: z.optional(z.int()),
});
const objectSchema = z.record(z.string(), z.unknown());

const ok = (body: unknown): Response => Response.json(body, { status: 200 });
const fail = (result: SimResult): Response => Response.json(result.body, { status: result.status });
const bad = (message: string) => fail(errorResult(400, 'invalidRequest', message, 'body'));

async function readJson<T>(request: Request, schema: core.$ZodType<T>, empty: T) {
  const text = await request.text();
  if (!text.trim()) return { ok: true as const, value: empty };
  try {
    const parsed = z.safeParse(schema, JSON.parse(text));
    if (parsed.success) return { ok: true as const, value: parsed.data };
    return { ok: false as const, response: bad(parsed.error.issues[0]?.message ?? 'Bad body.') };
  } catch {
    return { ok: false as const, response: bad('The body is not valid JSON.') };
  }
}

export async function handleControl(sim: Simulator, request: Request, url: URL) {
  const route = `${request.method} ${url.pathname.replace(/\/$/, '')}`;
  const referralId = /^\/__sim\/referrals\/([^/]+)$/.exec(url.pathname)?.[1];

  switch (route) {
    case 'GET /__sim/health':
      return ok({ ok: true, size: sim.size() });
    case 'POST /__sim/reset': {
      const body = await readJson(request, resetSchema, {});
      if (!body.ok) return body.response;
      sim.reset(body.value);
      sim.faults.clear();
      sim.clearRequests();
      return ok({ size: sim.size() });
    }
    case 'GET /__sim/faults':
      return ok(sim.faults.get());
    case 'POST /__sim/faults': {
      const body = await readJson(request, objectSchema, {});
      if (!body.ok) return body.response;
      sim.faults.set(body.value);
      return ok(sim.faults.get());
    }
    case 'DELETE /__sim/faults':
      sim.faults.clear();
      return ok(sim.faults.get());
    case 'GET /__sim/referrals':
      return ok(sim.all());
    case 'GET /__sim/requests':
      return ok(sim.requests);
    case 'DELETE /__sim/requests':
      sim.clearRequests();
      return ok([]);
  }

  if (referralId !== undefined) {
    const id = decodeURIComponent(referralId);
    if (!sim.get(id)) return fail(notFound(id));
    if (request.method === 'GET') return ok(sim.get(id));
    if (request.method === 'POST') {
      const body = await readJson(request, objectSchema, {});
      if (!body.ok) return body.response;
      try {
        return ok(sim.modify(id, body.value));
      } catch (error) {
        return bad(error instanceof Error ? error.message : 'The change does not fit a referral.');
      }
    }
  }
  return fail(errorResult(404, 'itemNotFound', `No control route ${route}.`, 'url'));
}
