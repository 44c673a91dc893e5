import type { ReferralList } from '../../api/referral-queries';
import type { Referral } from '../../domain/referral-schema';
import { STAGE_IDS, stageOfReferral, type StageId } from '../../domain/status-machine';
import { matchesCardFilter, hasCardFilter, type BoardFilter } from './board-filter';

/**
 * Cards per stage. A Map on purpose: TanStack Query's structural sharing of a `select` result walks
 * plain objects and arrays only, and deep-comparing thousands of referrals on every save would cost
 * more than it saves (and hand back older, deep-equal copies than `byId` holds).
 */
export type StageColumns = ReadonlyMap<StageId, readonly Referral[]>;

const NO_CARDS: readonly Referral[] = [];

export function cardsIn(columns: StageColumns, stage: StageId): readonly Referral[] {
  return columns.get(stage) ?? NO_CARDS;
}

export type BoardData = {
  columns: StageColumns;
  byId: ReadonlyMap<string, Referral>;
  /** Referrals whose status·substatus is none of the seven stages: not on the board. */
  unplaced: number;
  /** Items the app could not read: never cards, so never moved (the page lists them read-only). */
  unreadable: ReferralList['unreadable'];
  total: number;
  isComplete: boolean;
};

const emptyColumns = () => new Map<StageId, Referral[]>(STAGE_IDS.map((id) => [id, []]));

function updatedAt(referral: Referral): number {
  const time = referral.updatedDateTime ? Date.parse(referral.updatedDateTime) : NaN;
  return Number.isNaN(time) ? 0 : time;
}

/**
 * The `select` of the board's list query: referrals grouped by stage, most recently updated first,
 * so a card that was just moved sits at the top of its new column both before and after the save.
 * A module-level function, so TanStack Query runs it only when the list changes.
 */
export function groupByStage(list: ReferralList): BoardData {
  const columns = emptyColumns();
  const byId = new Map<string, Referral>();
  const keys = new Map<Referral, number>();
  let unplaced = 0;
  for (const referral of list.items) {
    byId.set(referral.id, referral);
    const stage = stageOfReferral(referral);
    if (!stage) {
      unplaced += 1;
      continue;
    }
    keys.set(referral, updatedAt(referral));
    columns.get(stage)?.push(referral);
  }
  for (const cards of columns.values()) {
    cards.sort((a, b) => (keys.get(b) ?? 0) - (keys.get(a) ?? 0) || (a.id < b.id ? -1 : 1));
  }
  return {
    columns,
    byId,
    unplaced,
    unreadable: list.unreadable,
    total: list.items.length,
    isComplete: list.isComplete,
  };
}

/** Most recently updated first, then by id: the order of every column. */
function isBefore(a: Referral, b: Referral): boolean {
  const diff = updatedAt(b) - updatedAt(a);
  return diff !== 0 ? diff < 0 : a.id < b.id;
}

/** At most this many replaced items are laid in one by one; more regroup everything. */
const MAX_REPLACED = 32;

/**
 * `groupByStage(next)` from the data grouped from `prevItems`, when `next` only replaces a few
 * items in place (a save's answer written into the list cache, decision 041): each replaced copy
 * leaves its column and enters its stage's column at its sorted place, so only the columns those
 * items leave or enter get new arrays, and the other columns (their headers, totals and card
 * lists) keep theirs. `null` when the change is anything else (other length, another id at a
 * place, a duplicated id, many items): then the caller groups everything again.
 */
export function regroupReplaced(
  prevItems: readonly Referral[],
  prev: BoardData,
  next: ReferralList,
): BoardData | null {
  const items = next.items;
  if (items.length !== prevItems.length) return null;
  const replaced: number[] = [];
  for (let i = 0; i < items.length; i += 1) {
    if (items[i] === prevItems[i]) continue;
    if (replaced.push(i) > MAX_REPLACED) return null;
  }
  const rest = { unreadable: next.unreadable, total: items.length, isComplete: next.isComplete };
  if (replaced.length === 0) return { ...prev, ...rest };
  const columns = new Map(prev.columns);
  const byId = new Map(prev.byId);
  let unplaced = prev.unplaced;
  for (const i of replaced) {
    const old = prevItems[i] as Referral;
    const copy = items[i] as Referral;
    // The copy byId holds must be this one (an id listed twice keeps the later copy there).
    if (copy.id !== old.id || prev.byId.get(old.id) !== old) return null;
    byId.set(copy.id, copy);
    const from = stageOfReferral(old);
    if (from) {
      const cards = cardsIn(columns, from);
      const at = cards.indexOf(old);
      if (at < 0) return null;
      columns.set(from, [...cards.slice(0, at), ...cards.slice(at + 1)]);
    } else unplaced -= 1;
    const to = stageOfReferral(copy);
    if (to) {
      const cards = cardsIn(columns, to);
      // Binary search for the first card the copy goes before.
      let lo = 0;
      let hi = cards.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (isBefore(cards[mid] as Referral, copy)) lo = mid + 1;
        else hi = mid;
      }
      columns.set(to, [...cards.slice(0, lo), copy, ...cards.slice(lo)]);
    } else unplaced += 1;
  }
  return { columns, byId, unplaced, ...rest };
}

/**
 * Groups a list by stage, laying in only the replaced items when the list changed by a save's
 * answer (`regroupReplaced`) and grouping everything otherwise. One per board page; it keeps the
 * list it grouped last.
 */
export class StageGrouping {
  #items: readonly Referral[] | null = null;
  #data: BoardData | null = null;

  group(list: ReferralList): BoardData {
    const data =
      (this.#items && this.#data && regroupReplaced(this.#items, this.#data, list)) ??
      groupByStage(list);
    this.#items = list.items;
    this.#data = data;
    return data;
  }
}

/** Columns with the card filters applied; a column keeps its array when nothing filters. */
export function filterColumns(
  columns: StageColumns,
  filter: BoardFilter,
  locale: string,
): StageColumns {
  if (!hasCardFilter(filter)) return columns;
  return new Map(
    STAGE_IDS.map((id) => [
      id,
      cardsIn(columns, id).filter((r) => matchesCardFilter(r, filter, locale)),
    ]),
  );
}

/** Where a card shows while its move is not yet in the board's data (see use-board-moves.ts). */
export type OverlayEntry = {
  target: StageId;
  /** proposed: the close dialog is open; saving: the PUT is queued or in flight; saved: answered. */
  phase: 'proposed' | 'saving' | 'saved';
  /**
   * eTags of copies older than the save. A saved entry still applies while the board shows one of
   * them (the query's subscribers hear of the new copy a moment after the mutation resolves), and
   * stands aside for good once the board shows the saved copy or anything newer.
   */
  staleETags: readonly (string | null)[];
};

export function isOverlayActive(entry: OverlayEntry, shown: Referral): boolean {
  return entry.phase !== 'saved' || entry.staleETags.includes(shown.eTag ?? null);
}

/** A card the overlay shows in another column than its cached one: the copy its column holds. */
export type OverlayMove = { referral: Referral; from: StageId; to: StageId };

/**
 * The cards the overlay moves, in overlay order. A card hidden by the filters is not in its cached
 * column, so it is not shown anywhere and does not move.
 */
export function overlayMoves(
  columns: StageColumns,
  overlay: ReadonlyMap<string, OverlayEntry>,
  byId: ReadonlyMap<string, Referral>,
): readonly OverlayMove[] {
  const moves: OverlayMove[] = [];
  for (const [id, entry] of overlay) {
    const referral = byId.get(id);
    if (!referral || !isOverlayActive(entry, referral)) continue;
    const from = stageOfReferral(referral);
    if (!from || from === entry.target) continue;
    // By id: the column may hold an earlier page's copy of the same referral.
    const shown = cardsIn(columns, from).find((r) => r.id === id);
    if (shown) moves.push({ referral: shown, from, to: entry.target });
  }
  return moves;
}

/**
 * Each moved card leaves its column and goes to the top of its target. Only the columns a move
 * touches get new arrays, so the others (and their headers and lists) do not re-render on a drop.
 */
export function applyMoves(columns: StageColumns, moves: readonly OverlayMove[]): StageColumns {
  if (moves.length === 0) return columns;
  const out = new Map(columns);
  for (const { referral, from, to } of moves) {
    out.set(
      from,
      cardsIn(out, from).filter((r) => r !== referral),
    );
    out.set(to, [referral, ...cardsIn(out, to)]);
  }
  return out;
}

/** Lay the optimistic overlay over the columns (see use-board-moves.ts). */
export function applyOverlay(
  columns: StageColumns,
  overlay: ReadonlyMap<string, OverlayEntry>,
  byId: ReadonlyMap<string, Referral>,
): StageColumns {
  return overlay.size === 0 ? columns : applyMoves(columns, overlayMoves(columns, overlay, byId));
}

/** The stage a card shows in on the board: its overlay target, or else its cached stage. */
export function boardStageOf(
  referral: Referral,
  overlay: ReadonlyMap<string, OverlayEntry>,
): StageId | undefined {
  const entry = overlay.get(referral.id);
  if (entry && isOverlayActive(entry, referral)) return entry.target;
  return stageOfReferral(referral);
}
