import type { FaultScenario } from '../rules/faults';
import { MAX_SIZE } from '../store/sim-store';

/**
 * The demo's URL options, read by browser.ts:
 *   ?demo-size=N    1..20000 referrals; reseeds (dropping changes) when it differs from the stored size
 *   ?demo-seed=N    another data set; reseeds when it differs from the stored seed
 *   ?demo-reset     start again from the seed (drops changes)
 *   ?demo-faults=…  a comma list of faults; `none` clears them. Without the parameter, the faults
 *                   stored by an earlier visit (or another tab) stay as they are.
 *     latency:800      every response waits 800 ms
 *     write500         writes (PUT, POST) answer 500 generalException
 *     write503         writes answer 503 serviceNotAvailable
 *     throttle:5       writes answer 429 with `Retry-After: 5`
 *     network          every request fails as a network error
 *     network:writes   only writes fail as network errors
 *     malformed        list and detail responses are not valid JSON
 *     malformed:writes writes are stored, but their responses are not valid JSON
 *     write-latency:N  writes wait N ms more before they are handled (a request time-out)
 *     strict-reason    Closed·Lost and Closed·Declined require a statusReason (B23)
 *     closed-frozen    Closed referrals cannot change at all
 *   e.g. `?demo-faults=latency:800,write500,throttle:5,network,malformed`.
 */

export type DemoOptions = {
  size?: number;
  seed?: number;
  isReset: boolean;
  /** Undefined when the URL says nothing about faults. */
  faults?: Partial<FaultScenario>;
};

function integer(params: URLSearchParams, name: string, min: number, max: number) {
  const value = Number(params.get(name) ?? NaN);
  return Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

export function parseDemoFaults(text: string): Partial<FaultScenario> {
  const faults: Partial<FaultScenario> = {};
  for (const token of text.split(',').map((t) => t.trim().toLowerCase())) {
    const [name = '', arg] = token.split(':');
    const number = arg === undefined || arg === '' ? NaN : Number(arg);
    const hasNumber = Number.isFinite(number) && number >= 0;
    if (name === 'latency' && hasNumber) faults.latencyMs = number;
    else if (name === 'write500') faults.writeStatus = 500;
    else if (name === 'write503') faults.writeStatus = 503;
    else if (name === 'throttle') faults.throttleRetryAfterSeconds = hasNumber ? number : 5;
    else if (name === 'network') faults.networkError = arg === 'writes' ? 'writes' : 'all';
    else if (name === 'malformed' && arg === 'writes') faults.writeMalformed = true;
    else if (name === 'malformed') faults.malformedList = true;
    else if (name === 'write-latency' && hasNumber) faults.writeLatencyMs = number;
    else if (name === 'strict-reason') faults.strictReason = true;
    else if (name === 'closed-frozen') faults.closedFrozen = true;
  }
  return faults;
}

export function parseDemoOptions(search: string): DemoOptions {
  const params = new URLSearchParams(search);
  const faults = params.get('demo-faults');
  return {
    size: integer(params, 'demo-size', 1, MAX_SIZE),
    seed: integer(params, 'demo-seed', 0, 2 ** 32 - 1),
    isReset: params.has('demo-reset'),
    faults: faults === null ? undefined : parseDemoFaults(faults),
  };
}
