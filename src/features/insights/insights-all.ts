import type { Referral } from '../../domain/referral-schema';
import { factsOf } from './insights-facts';
import {
  agingAccumulator,
  closeReasonsAccumulator,
  expiringAccumulator,
  OPEN_STAGES,
  outcomesAccumulator,
  PIPELINE_STAGES,
  stageCurrencyAccumulator,
  timeToAcceptAccumulator,
  timeToWinAccumulator,
  topAccumulator,
  weightedFrom,
  type StageProbabilities,
} from './insights-data';
import type { PeriodWindow } from './insights-period';

/**
 * Every figure but the weighted pipeline, from one pass over the referrals (each referral's dates
 * and amounts are parsed once, insights-facts.ts). Equal to the figure functions of
 * insights-data.ts called one by one. Pure.
 */
export function allFigures(
  referrals: readonly Referral[],
  window: PeriodWindow,
  now: Date,
  reasonGroup: (statusReason: string) => string,
) {
  const stageCurrency = stageCurrencyAccumulator(window);
  const outcomes = outcomesAccumulator(window);
  const accept = timeToAcceptAccumulator(window);
  const win = timeToWinAccumulator(window);
  const reasons = closeReasonsAccumulator(window, reasonGroup);
  const aging = agingAccumulator(now);
  const expiring = expiringAccumulator(now);
  const customers = topAccumulator(window, 'customer');
  const products = topAccumulator(window, 'product');
  for (const referral of referrals) {
    const facts = factsOf(referral);
    stageCurrency.add(facts);
    outcomes.add(facts);
    accept.add(facts);
    win.add(facts);
    reasons.add(facts);
    aging.add(facts);
    expiring.add(facts);
    customers.add(facts);
    products.add(facts);
  }
  return {
    count: referrals.length,
    pipeline: stageCurrency.finish(PIPELINE_STAGES),
    /** The open stages' rows, for `weightedFrom` (a change of probability needs no new pass). */
    open: stageCurrency.finish(OPEN_STAGES),
    outcomes: outcomes.finish(),
    accept: accept.finish(),
    win: win.finish(),
    reasons: reasons.finish(),
    aging: aging.finish(),
    expiring: expiring.finish(),
    customers: customers.finish(),
    products: products.finish(),
  };
}
export type AllFigures = ReturnType<typeof allFigures>;

/** The figures the view shows: every figure and the weighted pipeline under `probabilities`. */
export function withWeights(
  figures: AllFigures,
  window: PeriodWindow,
  probabilities: StageProbabilities,
) {
  const { open, ...rest } = figures;
  return { ...rest, weighted: weightedFrom(open, window, probabilities) };
}
export type Insights = ReturnType<typeof withWeights>;
