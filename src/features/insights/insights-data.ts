import type { Referral } from '../../domain/referral-schema';
import type { StageId } from '../../domain/status-machine';
import { factsOf, type ReferralFacts } from './insights-facts';
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
 *
 * Each figure is an accumulator (`add` one referral's facts, then `finish`), so the view can feed
 * every figure from one pass over the referrals (`allFigures`, insights-all.ts) while each figure
 * stays testable on its own through the functions below.
 */

/** URL filter parameters (src/shared/referral-filter.ts) that open the list on exactly a figure's referrals. */
export type Drill = Readonly<Record<string, readonly string[]>>;

export const OPEN_STAGES = ['new-pending', 'new-received', 'active-accepted'] as const;
export type OpenStage = (typeof OPEN_STAGES)[number];
export const PIPELINE_STAGES: readonly StageId[] = [
  'new-pending',
  'new-received',
  'active-accepted',
  'closed-won',
  'closed-lost',
  'closed-declined',
  'closed-expired',
];

export type Accumulator<T> = { add: (facts: ReferralFacts) => void; finish: () => T };

/** One figure over a list: the accumulator fed every referral in order. */
function over<T>(referrals: readonly Referral[], accumulator: Accumulator<T>): T {
  for (const r of referrals) accumulator.add(factsOf(r));
  return accumulator.finish();
}

const OPEN_STAGE_SET: ReadonlySet<StageId> = new Set(OPEN_STAGES);
const isOpen = (stage: StageId | undefined): stage is OpenStage =>
  stage !== undefined && OPEN_STAGE_SET.has(stage);
const isDecided = (
  stage: StageId | undefined,
): stage is 'closed-won' | 'closed-lost' | 'closed-declined' =>
  stage === 'closed-won' || stage === 'closed-lost' || stage === 'closed-declined';

/** With a bounded period: is the date `ms` inside it? (`null` = the referral has no such date.) */
function inWindow(ms: number | null, window: PeriodWindow): boolean | null {
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

/**
 * Count and value per stage and currency of the referrals created in the period, every stage;
 * `finish(stages)` gives the rows of some stages (the pipeline asks for all, the weighted
 * pipeline for the open ones), so both figures come from one pass.
 */
export function stageCurrencyAccumulator(window: PeriodWindow) {
  const groups = new Map<string, StageCurrencyRow>();
  const undated = new Map<StageId, number>();
  return {
    add(f: ReferralFacts) {
      const stage = f.stage;
      if (!stage) return;
      const inside = inWindow(f.created, window);
      if (inside === null) undated.set(stage, (undated.get(stage) ?? 0) + 1);
      if (!inside) return;
      const key = `${stage}|${f.currency}`;
      let row = groups.get(key);
      if (!row) {
        row = {
          stage,
          currency: f.currency,
          count: 0,
          value: 0,
          drill: stageCurrencyDrill(stage, f.currency, window.range),
        };
        groups.set(key, row);
      }
      row.count += 1;
      row.value += f.value ?? 0;
    },
    finish(stages: readonly StageId[]): PipelineByStage {
      const rows = [...groups.values()]
        .filter((row) => stages.includes(row.stage))
        .sort(
          (a, b) =>
            stages.indexOf(a.stage) - stages.indexOf(b.stage) ||
            a.currency.localeCompare(b.currency),
        );
      const currencies = [...new Set(rows.map((row) => row.currency))].sort();
      const count = stages.reduce((sum, stage) => sum + (undated.get(stage) ?? 0), 0);
      return { rows, currencies, undated: count };
    },
  };
}

export function pipelineByStage(
  referrals: readonly Referral[],
  window: PeriodWindow,
): PipelineByStage {
  const accumulator = stageCurrencyAccumulator(window);
  for (const r of referrals) accumulator.add(factsOf(r));
  return accumulator.finish(PIPELINE_STAGES);
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
  const accumulator = stageCurrencyAccumulator(window);
  for (const r of referrals) accumulator.add(factsOf(r));
  return weightedFrom(accumulator.finish(OPEN_STAGES), window, probabilities);
}

/**
 * The weighted pipeline from the open stages' counts and values (cheap: a change of probability
 * does not go over the referrals again).
 */
export function weightedFrom(
  base: PipelineByStage,
  window: PeriodWindow,
  probabilities: StageProbabilities,
): WeightedPipeline {
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
  return over(referrals, outcomesAccumulator(window));
}

export function outcomesAccumulator(window: PeriodWindow): Accumulator<Outcomes> {
  const months = new Map<string, { won: number; lost: number; declined: number }>();
  let undated = 0;
  const add = (f: ReferralFacts) => {
    const stage = f.stage;
    if (!isDecided(stage)) return;
    const closed = f.closed;
    if (closed === null || f.closedMonth === null) {
      undated += 1;
      return;
    }
    if (closed < window.start || closed >= window.end) return;
    const entry = months.get(f.closedMonth) ?? { won: 0, lost: 0, declined: 0 };
    entry[OUTCOME_STAGES[stage]] += 1;
    months.set(f.closedMonth, entry);
  };
  return { add, finish: () => finishOutcomes(months, undated, window) };
}

function finishOutcomes(
  months: Map<string, { won: number; lost: number; declined: number }>,
  undated: number,
  window: PeriodWindow,
): Outcomes {
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
  return over(referrals, timeToAcceptAccumulator(window));
}

export function timeToAcceptAccumulator(window: PeriodWindow): Accumulator<Durations> {
  const hours: number[] = [];
  let undated = 0;
  const add = (f: ReferralFacts) => {
    if (!f.isIncoming) return;
    const accepted = f.accepted;
    if (accepted === null) return; // not accepted (yet)
    const created = f.created;
    if (created === null) {
      undated += 1;
      return;
    }
    if (accepted < window.start || accepted >= window.end) return;
    hours.push(Math.max(0, accepted - created) / 3_600_000);
  };
  // With all time, a range open at the start still asks for an accepted date.
  const drill = { direction: ['Incoming'], accepted: [window.range ?? '..9999-12-31'] };
  return { add, finish: () => durations(hours, undated, drill) };
}

/** Won referrals closed in the period: closedDateTime − acceptedDateTime (from yes to won). */
export function timeToWin(referrals: readonly Referral[], window: PeriodWindow): Durations {
  return over(referrals, timeToWinAccumulator(window));
}

export function timeToWinAccumulator(window: PeriodWindow): Accumulator<Durations> {
  const hours: number[] = [];
  let undated = 0;
  const add = (f: ReferralFacts) => {
    if (f.stage !== 'closed-won') return;
    const { closed, accepted } = f;
    if (closed === null || accepted === null) {
      undated += 1;
      return;
    }
    if (closed < window.start || closed >= window.end) return;
    hours.push(Math.max(0, closed - accepted) / 3_600_000);
  };
  const drill = withRange({ stage: ['closed-won'] }, 'closed', window.range);
  return { add, finish: () => durations(hours, undated, drill) };
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

export type CloseReasons = { rows: ReasonRow[]; undated: number; unexplained: number };

export function closeReasons(
  referrals: readonly Referral[],
  window: PeriodWindow,
  reasonGroup: (statusReason: string) => string,
): CloseReasons {
  return over(referrals, closeReasonsAccumulator(window, reasonGroup));
}

export function closeReasonsAccumulator(
  window: PeriodWindow,
  reasonGroup: (statusReason: string) => string,
): Accumulator<CloseReasons> {
  const rows = new Map<string, ReasonRow & { textCounts: Map<string, number> }>();
  // The same few texts come back again and again (the dialog's presets): group each text once.
  const groupOf = new Map<string, string>();
  let undated = 0;
  let unexplained = 0;
  const add = (f: ReferralFacts) => {
    const stage = f.stage;
    if (!isDecided(stage)) return;
    const inside = inWindow(f.closed, window);
    if (inside === null) undated += 1;
    if (!inside) return;
    const text = f.reason;
    if (!text) {
      unexplained += 1;
      return;
    }
    let group = groupOf.get(text);
    if (group === undefined) {
      group = reasonGroup(text);
      groupOf.set(text, group);
    }
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
  };
  return { add, finish: () => finishReasons(rows, undated, unexplained) };
}

function finishReasons(
  rows: Map<string, ReasonRow & { textCounts: Map<string, number> }>,
  undated: number,
  unexplained: number,
): CloseReasons {
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
export type Aging = { rows: AgeRow[]; undated: number };

export function aging(referrals: readonly Referral[], now: Date): Aging {
  return over(referrals, agingAccumulator(now));
}

export function agingAccumulator(now: Date): Accumulator<Aging> {
  const today = startOfUtcDay(now.getTime());
  const counts = AGE_BUCKETS.map(() => 0);
  let undated = 0;
  const add = (f: ReferralFacts) => {
    if (f.stage !== 'active-accepted') return;
    const accepted = f.accepted;
    if (accepted === null) {
      undated += 1;
      return;
    }
    const days = Math.max(0, Math.round((today - startOfUtcDay(accepted)) / DAY_MS));
    const index = AGE_BUCKETS.findIndex((b) => days >= b.min && (b.max === null || days <= b.max));
    counts[index] = (counts[index] ?? 0) + 1;
  };
  return { add, finish: () => finishAging(today, counts, undated) };
}

function finishAging(today: number, counts: number[], undated: number): Aging {
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
  return over(referrals, expiringAccumulator(now));
}

export function expiringAccumulator(now: Date): Accumulator<Expiring> {
  const today = startOfUtcDay(now.getTime());
  const items: Expiring['items'] = [];
  const add = (f: ReferralFacts) => {
    if (f.stage !== 'new-pending' && f.stage !== 'new-received') return;
    const expires = f.expires;
    if (expires === null) return;
    const daysLeft = Math.round((startOfUtcDay(expires) - today) / DAY_MS);
    if (daysLeft < 0 || daysLeft > 14) return;
    items.push({ referral: f.referral, daysLeft });
  };
  return { add, finish: () => finishExpiring(today, items) };
}

function finishExpiring(today: number, items: Expiring['items']): Expiring {
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
  return over(referrals, topAccumulator(window, by, limit));
}

export function topAccumulator(
  window: PeriodWindow,
  by: 'customer' | 'product',
  limit = 5,
): Accumulator<TopRow[]> {
  // Per currency, per name. Most names come once (a customer per referral), so a row holds only
  // sums here; the drill is built in `finish` for the few rows shown.
  const groups = new Map<string, Map<string, TopRow>>();
  const addName = (name: string, currency: string, value: number) => {
    if (!name) return;
    let names = groups.get(currency);
    if (!names) {
      names = new Map();
      groups.set(currency, names);
    }
    const row = names.get(name);
    if (row) {
      row.count += 1;
      row.value += value;
    } else names.set(name, { name, currency, count: 1, value, drill: null });
  };
  const add = (f: ReferralFacts) => {
    if (!isOpen(f.stage)) return;
    if (!inWindow(f.created, window)) return;
    const value = f.value ?? 0;
    if (by === 'customer') addName(f.customer, f.currency, value);
    else for (const name of f.products) addName(name, f.currency, value);
  };
  const drillOf = (row: TopRow): TopRow => ({
    ...row,
    drill: row.currency
      ? withRange(
          { stage: [...OPEN_STAGES], [by]: [row.name], currency: [row.currency] },
          'created',
          window.range,
        )
      : null,
  });
  return { add, finish: () => finishTop(groups, limit).map(drillOf) };
}

const byValueThenName = (a: TopRow, b: TopRow) => b.value - a.value || a.name.localeCompare(b.name);

/** The largest `limit` of each currency (values in different currencies are not compared). */
function finishTop(groups: Map<string, Map<string, TopRow>>, limit: number): TopRow[] {
  const taken: TopRow[] = [];
  for (const names of groups.values()) {
    taken.push(...[...names.values()].sort(byValueThenName).slice(0, limit));
  }
  return taken.sort(byValueThenName);
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
