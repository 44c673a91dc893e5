import {
  createContext,
  isValidElement,
  useContext,
  useMemo,
  type CSSProperties,
  type ReactNode,
  type Ref,
} from 'react';
import { useT } from '../../components/ui/use-t';
import { WindowVirtualizer } from 'virtua';
import { useMediaQuery } from '../../components/ui/use-media-query';
import { useNow } from '../../components/ui/use-now';
import { useAgingLabels } from '../../shared/aging-note';
import type { Selection } from '../../shared/use-selection';
import { SORT_KEYS, type Sort, type SortKey } from './list-params';
import type { ListRow } from './list-rows';
import { ReferralCells } from './referral-row';
import { rowLabels } from './row-labels';

/** Rows have a fixed height in CSS (a cell holds at most two short lines), so no measuring. */
export const ROW_HEIGHT = 56;
/** On a phone each row is a card of fixed height (see referrals-list.css). */
export const CARD_HEIGHT = 212;
export const PHONE_QUERY = '(max-width: 600px)';
// The sortable columns and the select column in front of them.
const COLUMN_COUNT = SORT_KEYS.length + 1;
// About eight rows beyond the viewport, as before the swap to virtua (decision 040).
const BUFFER_ROWS = 8;

/** What the body and row slots need besides virtua's props (they are components, not closures). */
type TableShape = { rowHeight: number; count: number; indexById: ReadonlyMap<string, number> };
const TableShapeContext = createContext<TableShape>({
  rowHeight: ROW_HEIGHT,
  count: 0,
  indexById: new Map(),
});

type SlotProps<E> = { style: CSSProperties; children: ReactNode; ref?: Ref<E> };

/** The first and last index virtua rendered, read from the keys of its items (the row ids). */
function renderedRange(children: ReactNode, indexById: ReadonlyMap<string, number>) {
  const items: unknown[] = Array.isArray(children) ? children : [];
  const keyOf = (item: unknown) => (isValidElement(item) ? String(item.key) : '');
  const first = indexById.get(keyOf(items[0]));
  const last = indexById.get(keyOf(items[items.length - 1]));
  return first === undefined || last === undefined ? null : { first, last };
}

/**
 * virtua's container: a real <tbody> whose rows stay in normal table flow (so the columns and the
 * phone cards keep their CSS), between two spacer rows that keep the scroll height. virtua places
 * items absolutely, which a table's columns do not survive; every row having the same height, the
 * spacers follow from the first and last row rendered.
 */
function TableBody({ style, children, ref }: SlotProps<HTMLTableSectionElement>) {
  const { rowHeight, count, indexById } = useContext(TableShapeContext);
  const range = renderedRange(children, indexById);
  const paddingTop = range ? range.first * rowHeight : 0;
  const paddingBottom = (range ? count - range.last - 1 : count) * rowHeight;
  return (
    // Not virtua's `pointer-events: none` while scrolling: a click just after a scroll (a checkbox
    // scrolled into view) would go nowhere.
    <tbody ref={ref} style={{ overflowAnchor: style.overflowAnchor }}>
      {paddingTop > 0 && (
        <tr className="spacer-row" aria-hidden="true">
          <td colSpan={COLUMN_COUNT} style={{ height: paddingTop }} />
        </tr>
      )}
      {children}
      {paddingBottom > 0 && (
        <tr className="spacer-row" aria-hidden="true">
          <td colSpan={COLUMN_COUNT} style={{ height: paddingBottom }} />
        </tr>
      )}
    </tbody>
  );
}

/**
 * A row, in table flow (virtua's absolute position is not applied). virtua observes the size of
 * the element its ref is given; rows have a fixed height, so that element is a cell that is never
 * displayed and never reports a size: no row is measured, as before (decision 030).
 */
function RowSlot({ children, index, ref }: SlotProps<HTMLTableCellElement> & { index: number }) {
  return (
    <tr className="referral-row" data-testid="referral-row" aria-rowindex={index + 2}>
      {children}
      <td ref={ref} className="row-probe" hidden />
    </tr>
  );
}

type ReferralsTableProps = {
  rows: readonly ListRow[];
  sort: Sort;
  onSort: (key: SortKey) => void;
  locale: string;
  /** Rows subscribe to their own checkbox state: a toggle re-renders that row, not the table. */
  selection: Selection;
};

/**
 * A real <table> whose <tbody> holds only the rows near the viewport (virtua's WindowVirtualizer),
 * between two spacer rows that keep the scroll height. The page (window) scrolls, so the header
 * can stick and a phone scrolls naturally. aria-rowcount/aria-rowindex tell assistive technology
 * where each row sits.
 */
export function ReferralsTable({ rows, sort, onSort, locale, selection }: ReferralsTableProps) {
  const { t } = useT(['list', 'common']);
  const aging = useAgingLabels();
  const labels = useMemo(() => rowLabels(t, aging), [t, aging]);
  const isPhone = useMediaQuery(PHONE_QUERY);
  const rowHeight = isPhone ? CARD_HEIGHT : ROW_HEIGHT;
  const now = useNow();
  const indexById = useMemo(() => new Map(rows.map((row, index) => [row.id, index])), [rows]);
  const shape = useMemo(
    () => ({ rowHeight, count: rows.length, indexById }),
    [rowHeight, rows.length, indexById],
  );
  return (
    <table className="referrals-table" aria-label={t('tableLabel')} aria-rowcount={rows.length + 1}>
      <colgroup>
        <col className="col-select" />
        {SORT_KEYS.map((key) => (
          <col key={key} className={`col-${key}`} />
        ))}
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col" className="head-select">
            <span className="visually-hidden">{t('column.select')}</span>
          </th>
          {SORT_KEYS.map((key) => {
            const isActive = sort.key === key;
            const ariaSort = isActive
              ? sort.direction === 'asc'
                ? 'ascending'
                : 'descending'
              : undefined;
            return (
              <th key={key} scope="col" aria-sort={ariaSort} className={`head-${key}`}>
                <button type="button" className="sort-button" onClick={() => onSort(key)}>
                  <span className="sort-label">{t(`column.${key}`)}</span>
                  <span className="sort-indicator" aria-hidden="true">
                    {isActive ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <TableShapeContext value={shape}>
        {/* virtua reads the row height when it mounts: a new one (phone ↔ desktop) remounts it. */}
        <WindowVirtualizer
          key={rowHeight}
          data={rows}
          itemSize={rowHeight}
          bufferSize={BUFFER_ROWS * rowHeight}
          as={TableBody}
          item={RowSlot}
        >
          {(row: ListRow) => (
            <ReferralCells
              key={row.id}
              row={row}
              labels={labels}
              locale={locale}
              now={now}
              selection={selection}
            />
          )}
        </WindowVirtualizer>
      </TableShapeContext>
    </table>
  );
}
