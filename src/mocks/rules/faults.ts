import type { KeyValueStorage } from '../store/storage';

/** Fault injection (B22, B23, strict modes). Kept in storage so a reload or another tab sees it. */
export type FaultScenario = {
  latencyMs: number;
  writeStatus: 500 | 503 | null;
  /** 429 on writes with this `Retry-After` (seconds). */
  throttleRetryAfterSeconds: number | null;
  networkError: 'none' | 'writes' | 'all';
  /** List and detail bodies that are not valid JSON. */
  malformedList: boolean;
  /**
   * Writes wait this long (on top of latencyMs) before the simulator handles them: a client that
   * gives up first (its request time-out) has not heard whether the write landed.
   */
  writeLatencyMs: number;
  /** Writes are applied and stored, but the answer's body is cut short (not valid JSON). */
  writeMalformed: boolean;
  /** B23: a reason is required for Closed·Lost and Closed·Declined. */
  strictReason: boolean;
  /** B11 strict mode: nothing about a Closed referral changes any more. */
  closedFrozen: boolean;
};

export type FaultController = {
  get(): FaultScenario;
  set(patch: Partial<FaultScenario>): void;
  clear(): void;
};

export const FAULTS_KEY = 'referral-desk-sim/faults';

export const NO_FAULTS: Readonly<FaultScenario> = {
  latencyMs: 0,
  writeStatus: null,
  throttleRetryAfterSeconds: null,
  networkError: 'none',
  malformedList: false,
  writeLatencyMs: 0,
  writeMalformed: false,
  strictReason: false,
  closedFrozen: false,
};

function sanitize(value: unknown): FaultScenario {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);
  return {
    latencyMs: num(raw.latencyMs) ?? 0,
    writeStatus: raw.writeStatus === 500 || raw.writeStatus === 503 ? raw.writeStatus : null,
    throttleRetryAfterSeconds: num(raw.throttleRetryAfterSeconds),
    networkError:
      raw.networkError === 'writes' || raw.networkError === 'all' ? raw.networkError : 'none',
    malformedList: raw.malformedList === true,
    writeLatencyMs: num(raw.writeLatencyMs) ?? 0,
    writeMalformed: raw.writeMalformed === true,
    strictReason: raw.strictReason === true,
    closedFrozen: raw.closedFrozen === true,
  };
}

export function createFaultController(storage: KeyValueStorage): FaultController {
  const get = (): FaultScenario => {
    const raw = storage.getItem(FAULTS_KEY);
    if (!raw) return { ...NO_FAULTS };
    try {
      return sanitize(JSON.parse(raw));
    } catch {
      return { ...NO_FAULTS };
    }
  };
  return {
    get,
    set: (patch) => storage.setItem(FAULTS_KEY, JSON.stringify(sanitize({ ...get(), ...patch }))),
    clear: () => storage.removeItem(FAULTS_KEY),
  };
}
