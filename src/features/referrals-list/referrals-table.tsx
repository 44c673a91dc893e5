import { useWindowVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { useT } from '../../components/ui/use-t';
import { useMediaQuery } from '../../components/ui/use-media-query';
import { useNow } from '../../components/ui/use-now';
import { useAgingLabels } from '../../shared/aging-note';
import type { Selection } from '../../shared/use-selection';
import { SORT_KEYS, type Sort, type SortKey } from './list-params';
import type { ListRow } from './list-rows';
import { ReferralRow } from './referral-row';
import { rowLabels } from './row-labels';

/** Rows have a fixed height in CSS (a cell holds at most two short lines), so no measuring. */
export const ROW_HEIGHT = 56;
/** On a phone each row is a card of fixed height (see referrals-list.css). */
export const CARD_HEIGHT = 212;
export const PHONE_QUERY = '(max-width: 600px)';
// The sortable columns and the select column in front of them.
const COLUMN_COUNT = SORT_KEYS.length + 1;

/**
 * Where an element starts in the document: the window virtualizer's scroll margin. Content above
 * the table (filters, banners) can change height; any such change changes the document's height,
 * which a ResizeObserver on <html> reports.
 */
function useDocumentTop(ref: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setTop(Math.round(element.getBoundingClientRect().top + window.scrollY));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(document.documentElement);
    return () => observer.disconnect();
  }, [ref]);
  return top;
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
 * A real <table> whose <tbody> holds only the rows near the viewport, between two spacer rows that
 * keep the scroll height. The page (window) scrolls, so the header can stick and a phone scrolls
 * naturally. aria-rowcount/aria-rowindex tell assistive technology where each row sits.
 */
export function ReferralsTable({ rows, sort, onSort, locale, selection }: ReferralsTableProps) {
  const { t } = useT(['list', 'common']);
  const aging = useAgingLabels();
  const labels = useMemo(() => rowLabels(t, aging), [t, aging]);
  const isPhone = useMediaQuery(PHONE_QUERY);
  const rowHeight = isPhone ? CARD_HEIGHT : ROW_HEIGHT;
  const now = useNow();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const scrollMargin = useDocumentTop(bodyRef);

  // Stable between renders: the virtualizer recomputes every row's position when it changes.
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  const estimateSize = useCallback(() => rowHeight, [rowHeight]);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize,
    overscan: 8,
    scrollMargin,
    getItemKey,
    // Let React batch the re-render a scroll causes instead of rendering inside the scroll event:
    // fewer synchronous renders per frame while the user flings through thousands of rows.
    useFlushSync: false,
  });

  useEffect(() => {
    virtualizer.measure();
  }, [virtualizer, rowHeight]);

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const paddingTop = first ? first.start - scrollMargin : 0;
  const paddingBottom = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;

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
      <tbody ref={bodyRef}>
        {paddingTop > 0 && (
          <tr className="spacer-row" aria-hidden="true">
            <td colSpan={COLUMN_COUNT} style={{ height: paddingTop }} />
          </tr>
        )}
        {items.map((item) => {
          const row = rows[item.index];
          return row ? (
            <ReferralRow
              key={item.key}
              row={row}
              rowIndex={item.index + 2}
              labels={labels}
              locale={locale}
              now={now}
              selection={selection}
            />
          ) : null;
        })}
        {paddingBottom > 0 && (
          <tr className="spacer-row" aria-hidden="true">
            <td colSpan={COLUMN_COUNT} style={{ height: paddingBottom }} />
          </tr>
        )}
      </tbody>
    </table>
  );
}
