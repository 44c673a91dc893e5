import { totalsByCurrency } from '../../domain/format';
import type { Referral } from '../../domain/referral-schema';
import { STAGE_IDS, type StageId } from '../../domain/status-machine';
import { cardsIn, type OverlayMove, type StageColumns } from './group-by-stage';

/** Deal value per currency of one column, sorted by currency code (as `totalsByCurrency`). */
export type ColumnTotals = readonly { currency: string; total: number; count: number }[];
export type StageTotals = ReadonlyMap<StageId, ColumnTotals>;

const NO_TOTALS: ColumnTotals = [];

export function totalsIn(totals: StageTotals, stage: StageId): ColumnTotals {
  return totals.get(stage) ?? NO_TOTALS;
}

const totalsOf = (cards: readonly Referral[]) =>
  totalsByCurrency(
    cards.map((r) => ({ value: r.details?.dealValue, currency: r.details?.currency })),
  );

/** A column's sums by its array: a column a save did not change keeps its array, so its sums. */
const columnTotals = new WeakMap<readonly Referral[], ColumnTotals>();

/**
 * Every column summed once: when the list or the filters change, never on a drop; and after a
 * save's answer only the columns it changed (decision 041).
 */
export function stageTotals(columns: StageColumns): StageTotals {
  return new Map(
    STAGE_IDS.map((stage) => {
      const cards = cardsIn(columns, stage);
      let totals = columnTotals.get(cards);
      if (!totals) {
        totals = totalsOf(cards);
        columnTotals.set(cards, totals);
      }
      return [stage, totals];
    }),
  );
}

/**
 * The totals with the overlay's moves laid over them: each move takes its card's value from one
 * column and adds it to another, so a drop costs the cards moved, not the cards in the columns.
 * Only the columns a move touches get new arrays.
 */
export function totalsWithMoves(totals: StageTotals, moves: readonly OverlayMove[]): StageTotals {
  if (moves.length === 0) return totals;
  const sums = new Map<StageId, Map<string, { total: number; count: number }>>();
  const sumsOf = (stage: StageId) => {
    let sum = sums.get(stage);
    if (!sum) {
      sum = new Map(
        totalsIn(totals, stage).map(({ currency, total, count }) => [currency, { total, count }]),
      );
      sums.set(stage, sum);
    }
    return sum;
  };
  for (const { referral, from, to } of moves) {
    // The same rules as the column sums (which values count, how currencies are spelled).
    for (const { currency, total, count } of totalsOf([referral])) {
      const source = sumsOf(from);
      const left = source.get(currency);
      if (left) {
        left.total -= total;
        left.count -= count;
        if (left.count <= 0) source.delete(currency);
        // Subtracting can leave a rounding residue such as -1e-12, which would print as "-0.00".
        else if (Math.abs(left.total) < 1e-6) left.total = 0;
      }
      const target = sumsOf(to);
      const added = target.get(currency) ?? { total: 0, count: 0 };
      target.set(currency, { total: added.total + total, count: added.count + count });
    }
  }
  const out = new Map(totals);
  for (const [stage, sum] of sums) {
    out.set(
      stage,
      [...sum]
        .map(([currency, v]) => ({ currency, ...v }))
        .sort((a, b) => a.currency.localeCompare(b.currency)),
    );
  }
  return out;
}
