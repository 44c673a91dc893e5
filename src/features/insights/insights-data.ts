import type { Referral } from '../../domain/referral-schema';
import { stageOfReferral, type StageId } from '../../domain/status-machine';
import { DAY_MS, dayOf, startOfUtcDay, type PeriodWindow } from './insights-period';

/**
 * Every figure of the insights view, computed from referrals already filtered by the shared URL
 * filter. Pure. Which date places a referral in the period:
 * - pipeline by stage, weighted pipeline, top customers and products: `createdDateTime`;
 * - win and decline rate, close reasons, time to win: `closedDateTime`;
 * - time to accept: `acceptedDateTime`;
 * - aging and expiring: today's open referrals, whatever the period.
 * A referral without the date a figure needs is left out of it and counted as undated
 * (with "all time", a missing creation date does not matter for the pipeline figures).
 * Money is never added across currencies.
 */

/** URL filter parameters (src/shared/referral-filter.ts) that open the list on exactly a figure's referrals. */
export type Drill = Readonly<Record<string, readonly string[]>>;

export const OPEN_STAGES = ['new-pending', 'new-received', 'active-accepted'] as const;
export type OpenStage = (typeof OPEN_STAGES)[number];
const PIPELINE_STAGE_ORDER: readonly StageId[] = [
  'new-pending',
  'new-received',
  'active-accepted',
  'closed-won',
  'closed-lost',
  'closed-declined',
  'closed-expired',
];

function at(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

const currencyOf = (r: Referral) => (r.details?.currency ?? '').trim().toUpperCase();

function valueOf(r: Referral): number | null {
  const value = r.details?.dealValue;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** With a bounded period: is `iso` inside it? (`null` = the referral has no such date.) */
function inWindow(iso: string | null | undefined, window: PeriodWindow): boolean | null {
  const ms = at(iso);
  if (ms === null) return window.range === null ? true : null;
  return ms >= window.start && ms < window.end;
}

const withRange = (drill: Record<string, string[]>, key: string, range: string | null) =>
  range === null ? drill : { ...drill, [key]: [range] };

// ---------------------------------------------------------------------------------------------
// Pipeline by stage

export type StageCurrencyRow = {
  stage: StageId;
  /** Upper-case code; '' when the referral has none. */
  currency: string;
  count: number;
  /** Sum of the deal values given (referrals without one count, but add nothing). */
  value: number;
  drill: Drill | null;
};
export type PipelineByStage = { rows: StageCurrencyRow[]; currencies: string[]; undated: number };

// The list cannot ask for "no currency", so those rows get no link rather than a wrong one.
const stageCurrencyDrill = (
  stage: StageId,
  currency: string,
  range: string | null,
): Drill | null =>
  currency ? withRange({ stage: [stage], currency: [currency] }, 'created', range) : null;

function byStageAndCurrency(
  referrals: readonly Referral[],
  window: PeriodWindow,
  stages: readonly StageId[],
) {
  const groups = new Map<string, StageCurrencyRow>();
  let undated = 0;
  for (const r of referrals) {
    const stage = stageOfReferral(r);
    if (!stage || !stages.includes(stage)) continue;
    const inside = inWindow(r.createdDateTime, window);
    if (inside === null) undated += 1;
    if (!inside) continue;
    const currency = currencyOf(r);
    const key = `${stage}|${currency}`;
    let row = groups.get(key);
    if (!row) {
      row = {
        stage,
        currency,
        count: 0,
        value: 0,
        drill: stageCurrencyDrill(stage, currency, window.range),
      };
      groups.set(key, row);
    }
    row.count += 1;
    row.value += valueOf(r) ?? 0;
  }
  const rows = [...groups.values()].sort(
    (a, b) =>
      stages.indexOf(a.stage) - stages.indexOf(b.stage) || a.currency.localeCompare(b.currency),
  );
  const currencies = [...new Set(rows.map((row) => row.currency))].sort();
  return { rows, currencies, undated };
}

export function pipelineByStage(
  referrals: readonly Referral[],
  window: PeriodWindow,
): PipelineByStage {
  return byStageAndCurrency(referrals, window, PIPELINE_STAGE_ORDER);
}

// ---------------------------------------------------------------------------------------------
// Weighted pipeline

/** Win probability per open stage, in percent (New covers Pending and Received). */
export type StageProbabilities = { new: number; accepted: number };
export const DEFAULT_PROBABILITIES: StageProbabilities = { new: 10, accepted: 40 };

export const probabilityOf = (stage: StageId, p: StageProbabilities): number =>
  stage === 'active-accepted' ? p.accepted : stage.startsWith('new-') ? p.new : 0;

export type WeightedRow = StageCurrencyRow & { probability: number; weighted: number };
export type WeightedPipeline = {
  rows: WeightedRow[];
  /** Per currency: open value and weighted value. */
  totals: { currency: string; value: number; weighted: number; drill: Drill | null }[];
  undated: number;
};

export function weightedPipeline(
  referrals: readonly Referral[],
  window: PeriodWindow,
  probabilities: StageProbabilities,
): WeightedPipeline {
  const base = byStageAndCurrency(referrals, window, OPEN_STAGES);
  const rows = base.rows.map((row) => {
    const probability = probabilityOf(row.stage, probabilities);
    return { ...row, probability, weighted: (row.value * probability) / 100 };
  });
  const totals = base.currencies.map((currency) => {
    const mine = rows.filter((row) => row.currency === currency);
    return {
      currency,
      value: mine.reduce((sum, row) => sum + row.value, 0),
      weighted: mine.reduce((sum, row) => sum + row.weighted, 0),
      drill: currency
        ? withRange({ stage: [...OPEN_STAGES], currency: [currency] }, 'created', window.range)
        : null,
    };
  });
  return { rows, totals, undated: base.undated };
}

// ---------------------------------------------------------------------------------------------
// Win rate and decline rate per month

export type MonthOutcome = {
  /** `YYYY-MM` (UTC). */
  month: string;
  won: number;
  lost: number;
  declined: number;
  /** Won / (Won + Lost); null when neither happened. */
  winRate: number | null;
  /** Declined / (Won + Lost + Declined); null when none of them happened. */
  declineRate: number | null;
  drill: { won: Drill; lost: Drill; declined: Drill; decided: Drill };
};
export type Outcomes = {
  months: MonthOutcome[];
  won: number;
  lost: number;
  declined: number;
  winRate: number | null;
  declineRate: number | null;
  undated: number;
};

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

function monthRange(month: string, window: PeriodWindow): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  const first = Date.UTC(y, m - 1, 1);
  const next = Date.UTC(y, m, 1);
  const from = Math.max(first, window.start);
  const to = Math.min(next, window.end) - DAY_MS;
  return `${dayOf(from)}..${dayOf(to)}`;
}

const OUTCOME_STAGES = {
  'closed-won': 'won',
  'closed-lost': 'lost',
  'closed-declined': 'declined',
} as const;

export function outcomesByMonth(referrals: readonly Referral[], window: PeriodWindow): Outcomes {
  const months = new Map<string, { won: number; lost: number; declined: number }>();
  let undated = 0;
  for (const r of referrals) {
    const stage = stageOfReferral(r);
    if (stage !== 'closed-won' && stage !== 'closed-lost' && stage !== 'closed-declined') continue;
    const closed = at(r.closedDateTime);
    if (closed === null) {
      undated += 1;
      continue;
    }
    if (closed < window.start || closed >= window.end) continue;
    const month = new Date(closed).toISOString().slice(0, 7);
    const entry = months.get(month) ?? { won: 0, lost: 0, declined: 0 };
    entry[OUTCOME_STAGES[stage]] += 1;
    months.set(month, entry);
  }
  const rows = [...months.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, c]): MonthOutcome => {
      const closed = [monthRange(month, window)];
      return {
        month,
        ...c,
        winRate: ratio(c.won, c.won + c.lost),
        declineRate: ratio(c.declined, c.won + c.lost + c.declined),
        drill: {
          won: { stage: ['closed-won'], closed },
          lost: { stage: ['closed-lost'], closed },
          declined: { stage: ['closed-declined'], closed },
          decided: { stage: ['closed-won', 'closed-lost'], closed },
        },
      };
    });
  const won = rows.reduce((s, m) => s + m.won, 0);
  const lost = rows.reduce((s, m) => s + m.lost, 0);
  const declined = rows.reduce((s, m) => s + m.declined, 0);
  return {
    months: rows,
    won,
    lost,
    declined,
    winRate: ratio(won, won + lost),
    declineRate: ratio(declined, won + lost + declined),
    undated,
  };
}

// ---------------------------------------------------------------------------------------------
// Time to accept and time to win

/** The value below which `p` of the sorted values lie (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? null;
}

export function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Microsoft asks partners to respond to a referral within 24 hours. */
export const RESPONSE_TARGET_HOURS = 24;

export type Durations = {
  count: number;
  /** Hours. */
  median: number | null;
  p90: number | null;
  /** How many took no longer than the 24-hour target. */
  withinTarget: number;
  /** Referrals of the kind that lack one of the two dates. */
  undated: number;
  drill: Drill;
};

function durations(hours: number[], undated: number, drill: Drill): Durations {
  hours.sort((a, b) => a - b);
  return {
    count: hours.length,
    median: median(hours),
    p90: percentile(hours, 90),
    withinTarget: hours.filter((h) => h <= RESPONSE_TARGET_HOURS).length,
    undated,
    drill,
  };
}

/**
 * Incoming referrals accepted in the period: acceptedDateTime − createdDateTime. Outgoing ones
 * are left out (the service stamps them accepted when created).
 */
export function timeToAccept(referrals: readonly Referral[], window: PeriodWindow): Durations {
  const hours: number[] = [];
  let undated = 0;
  for (const r of referrals) {
    if (r.direction !== 'Incoming') continue;
    const accepted = at(r.acceptedDateTime);
    if (accepted === null) continue; // not accepted (yet)
    const created = at(r.createdDateTime);
    if (created === null) {
      undated += 1;
      continue;
    }
    if (accepted < window.start || accepted >= window.end) continue;
    hours.push(Math.max(0, accepted - created) / 3_600_000);
  }
  // With all time, a range open at the start still asks for an accepted date.
  const accepted = [window.range ?? '..9999-12-31'];
  return durations(hours, undated, { direction: ['Incoming'], accepted });
}

/** Won referrals closed in the period: closedDateTime − acceptedDateTime (from yes to won). */
export function timeToWin(referrals: readonly Referral[], window: PeriodWindow): Durations {
  const hours: number[] = [];
  let undated = 0;
  for (const r of referrals) {
    if (stageOfReferral(r) !== 'closed-won') continue;
    const closed = at(r.closedDateTime);
    const accepted = at(r.acceptedDateTime);
    if (closed === null || accepted === null) {
      undated += 1;
      continue;
    }
    if (closed < window.start || closed >= window.end) continue;
    hours.push(Math.max(0, closed - accepted) / 3_600_000);
  }
  return durations(hours, undated, withRange({ stage: ['closed-won'] }, 'closed', window.range));
}

// ---------------------------------------------------------------------------------------------
// Close reasons

export type ReasonOutcome = 'closed-won' | 'closed-lost' | 'closed-declined';
export const REASON_OUTCOMES: readonly ReasonOutcome[] = [
  'closed-won',
  'closed-lost',
  'closed-declined',
];

export type ReasonRow = {
  outcome: ReasonOutcome;
  /** A preset of the close dialog, or `other`. */
  group: string;
  count: number;
  /** For `other`: the texts given, most frequent first. */
  texts: { text: string; count: number }[];
  drill: Drill;
};

export function closeReasons(
  referrals: readonly Referral[],
  window: PeriodWindow,
  reasonGroup: (statusReason: string) => string,
): { rows: ReasonRow[]; undated: number; unexplained: number } {
  const rows = new Map<string, ReasonRow & { textCounts: Map<string, number> }>();
  let undated = 0;
  let unexplained = 0;
  for (const r of referrals) {
    const stage = stageOfReferral(r);
    if (stage !== 'closed-won' && stage !== 'closed-lost' && stage !== 'closed-declined') continue;
    const inside = inWindow(r.closedDateTime, window);
    if (inside === null) undated += 1;
    if (!inside) continue;
    const text = r.statusReason?.trim() ?? '';
    if (!text) {
      unexplained += 1;
      continue;
    }
    const group = reasonGroup(text);
    const key = `${stage}|${group}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        outcome: stage,
        group,
        count: 0,
        texts: [],
        textCounts: new Map(),
        drill: withRange({ stage: [stage], reason: [group] }, 'closed', window.range),
      };
      rows.set(key, row);
    }
    row.count += 1;
    if (group === 'other') row.textCounts.set(text, (row.textCounts.get(text) ?? 0) + 1);
  }
  const out = [...rows.values()]
    .map(({ textCounts, ...row }) => ({
      ...row,
      texts: [...textCounts.entries()]
        .map(([text, count]) => ({ text, count }))
        .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)),
    }))
    .sort(
      (a, b) =>
        REASON_OUTCOMES.indexOf(a.outcome) - REASON_OUTCOMES.indexOf(b.outcome) ||
        b.count - a.count ||
        a.group.localeCompare(b.group),
    );
  return { rows: out, undated, unexplained };
}

// ---------------------------------------------------------------------------------------------
// Aging and expiring

/** Days since accepted, inclusive bounds; the last one is open-ended. */
export const AGE_BUCKETS = [
  { id: '0-30', min: 0, max: 30 },
  { id: '31-60', min: 31, max: 60 },
  { id: '61-90', min: 61, max: 90 },
  { id: '91-180', min: 91, max: 180 },
  { id: '181+', min: 181, max: null },
] as const;

export type AgeRow = { bucket: string; count: number; drill: Drill | null };

/** Active·Accepted referrals today, by whole UTC days since their acceptedDateTime. */
export function aging(
  referrals: readonly Referral[],
  now: Date,
): { rows: AgeRow[]; undated: number } {
  const today = startOfUtcDay(now.getTime());
  const counts = AGE_BUCKETS.map(() => 0);
  let undated = 0;
  for (const r of referrals) {
    if (stageOfReferral(r) !== 'active-accepted') continue;
    const accepted = at(r.acceptedDateTime);
    if (accepted === null) {
      undated += 1;
      continue;
    }
    const days = Math.max(0, Math.round((today - startOfUtcDay(accepted)) / DAY_MS));
    const index = AGE_BUCKETS.findIndex((b) => days >= b.min && (b.max === null || days <= b.max));
    counts[index] = (counts[index] ?? 0) + 1;
  }
  const rows = AGE_BUCKETS.map((bucket, index) => {
    // Accepted on a day d with (today − d) in [min, max]; accepted in the future counts as 0 days.
    const from = bucket.max === null ? '' : dayOf(today - bucket.max * DAY_MS);
    const to = bucket.min === 0 ? '' : dayOf(today - bucket.min * DAY_MS);
    return {
      bucket: bucket.id,
      count: counts[index] ?? 0,
      drill: { stage: ['active-accepted'], accepted: [`${from}..${to}`] },
    };
  });
  return { rows, undated };
}

export const EXPIRY_BUCKETS = [
  { id: '0-3', min: 0, max: 3 },
  { id: '4-7', min: 4, max: 7 },
  { id: '8-14', min: 8, max: 14 },
] as const;

export type Expiring = {
  rows: { bucket: string; count: number; drill: Drill }[];
  items: { referral: Referral; daysLeft: number }[];
};

/** New referrals whose expirationDateTime falls today or in the next 14 days, soonest first. */
export function expiringSoon(referrals: readonly Referral[], now: Date): Expiring {
  const today = startOfUtcDay(now.getTime());
  const items: Expiring['items'] = [];
  for (const r of referrals) {
    const stage = stageOfReferral(r);
    if (stage !== 'new-pending' && stage !== 'new-received') continue;
    const expires = at(r.expirationDateTime);
    if (expires === null) continue;
    const daysLeft = Math.round((startOfUtcDay(expires) - today) / DAY_MS);
    if (daysLeft < 0 || daysLeft > 14) continue;
    items.push({ referral: r, daysLeft });
  }
  items.sort((a, b) => a.daysLeft - b.daysLeft || a.referral.id.localeCompare(b.referral.id));
  const rows = EXPIRY_BUCKETS.map((bucket) => ({
    bucket: bucket.id,
    count: items.filter((i) => i.daysLeft >= bucket.min && i.daysLeft <= bucket.max).length,
    drill: {
      stage: ['new-pending', 'new-received'],
      expires: [`${dayOf(today + bucket.min * DAY_MS)}..${dayOf(today + bucket.max * DAY_MS)}`],
    },
  }));
  return { rows, items };
}

// ---------------------------------------------------------------------------------------------
// Top customers and products by open value

export type TopRow = {
  name: string;
  currency: string;
  count: number;
  value: number;
  drill: Drill | null;
};

/**
 * Open referrals (New, Active) created in the period, summed per customer (or product) and
 * currency, largest first. A referral lists several products: its value counts for each.
 */
export function topByOpenValue(
  referrals: readonly Referral[],
  window: PeriodWindow,
  by: 'customer' | 'product',
  limit = 5,
): TopRow[] {
  const groups = new Map<string, TopRow>();
  for (const r of referrals) {
    const stage = stageOfReferral(r);
    if (!stage || !(OPEN_STAGES as readonly string[]).includes(stage)) continue;
    if (!inWindow(r.createdDateTime, window)) continue;
    const value = valueOf(r) ?? 0;
    const currency = currencyOf(r);
    const names =
      by === 'customer'
        ? [(r.customerProfile?.name ?? '').trim()]
        : [...new Set((r.details?.requirements?.products ?? []).map((p) => p.id))];
    for (const name of names) {
      if (!name) continue;
      const key = `${name}|${currency}`;
      let row = groups.get(key);
      if (!row) {
        row = {
          name,
          currency,
          count: 0,
          value: 0,
          drill: currency
            ? withRange(
                { stage: [...OPEN_STAGES], [by]: [name], currency: [currency] },
                'created',
                window.range,
              )
            : null,
        };
        groups.set(key, row);
      }
      row.count += 1;
      row.value += value;
    }
  }
  const sorted = [...groups.values()].sort(
    (a, b) => b.value - a.value || a.name.localeCompare(b.name),
  );
  // The largest `limit` of each currency: values in different currencies are not compared.
  const taken = new Map<string, number>();
  return sorted.filter((row) => {
    const n = taken.get(row.currency) ?? 0;
    taken.set(row.currency, n + 1);
    return n < limit;
  });
}

/** The currency most referrals of a figure are in (values in other currencies are not compared). */
export function mainCurrency(rows: readonly { currency: string; count: number }[]): string | null {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.currency) counts.set(row.currency, (counts.get(row.currency) ?? 0) + row.count);
  }
  let best: string | null = null;
  for (const [currency, count] of counts) {
    if (best === null || count > (counts.get(best) ?? 0)) best = currency;
  }
  return best;
}
