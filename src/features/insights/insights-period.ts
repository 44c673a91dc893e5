/** The period the insights view covers, as it lives in the URL (`period`, `from`, `to`). Pure. */

export const PERIOD_KINDS = ['30', '90', '365', 'all', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export type Period = { kind: PeriodKind; from: string; to: string };

export const DEFAULT_PERIOD: Period = { kind: '90', from: '', to: '' };
export const PERIOD_PARAMS = { kind: 'period', from: 'from', to: 'to' } as const;

export const DAY_MS = 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const isDay = (value: string | null): value is string =>
  value !== null && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

export function readPeriod(params: URLSearchParams): Period {
  const kind = params.get(PERIOD_PARAMS.kind);
  if (!(PERIOD_KINDS as readonly (string | null)[]).includes(kind)) return DEFAULT_PERIOD;
  if (kind !== 'custom') return { kind: kind as PeriodKind, from: '', to: '' };
  const from = params.get(PERIOD_PARAMS.from);
  const to = params.get(PERIOD_PARAMS.to);
  return { kind: 'custom', from: isDay(from) ? from : '', to: isDay(to) ? to : '' };
}

export function writePeriod(params: URLSearchParams, period: Period): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const name of Object.values(PERIOD_PARAMS)) out.delete(name);
  if (period.kind !== DEFAULT_PERIOD.kind) out.set(PERIOD_PARAMS.kind, period.kind);
  if (period.kind === 'custom') {
    if (period.from) out.set(PERIOD_PARAMS.from, period.from);
    if (period.to) out.set(PERIOD_PARAMS.to, period.to);
  }
  return out;
}

export const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const startOfUtcDay = (ms: number): number => Math.floor(ms / DAY_MS) * DAY_MS;

/**
 * A period as [start, end) in ms and as the list's day range (`from..to`, inclusive UTC days),
 * or `null` range for all time. "Last 30 days" is today and the 29 days before it.
 */
export type PeriodWindow = { start: number; end: number; range: string | null };

export function periodWindow(period: Period, now: Date): PeriodWindow {
  const today = startOfUtcDay(now.getTime());
  if (period.kind === 'all') return { start: -Infinity, end: Infinity, range: null };
  if (period.kind === 'custom') {
    const start = period.from ? Date.parse(`${period.from}T00:00:00Z`) : -Infinity;
    const end = period.to ? Date.parse(`${period.to}T00:00:00Z`) + DAY_MS : Infinity;
    if (!period.from && !period.to) return { start, end, range: null };
    return { start, end, range: `${period.from}..${period.to}` };
  }
  const days = Number(period.kind);
  const start = today - (days - 1) * DAY_MS;
  return { start, end: today + DAY_MS, range: `${dayOf(start)}..${dayOf(today)}` };
}

/** Is the custom period backwards (from after to)? */
export function isPeriodInvalid(period: Period): boolean {
  return period.kind === 'custom' && !!period.from && !!period.to && period.from > period.to;
}
