import { memo } from 'react';
import { useT } from '../../components/ui/use-t';
import { useIntlLocale } from '../../components/ui/use-intl-locale';
import { formatMoney } from '../../domain/format';
import type { Referral } from '../../domain/referral-schema';
import type { StageId } from '../../domain/status-machine';
import { useBoardActions } from './board-context';
import type { ColumnTotals } from './column-totals';

type ColumnHeaderProps = {
  stage: StageId;
  titleId: string;
  items: readonly Referral[];
  /** Deal value per currency of every referral in `items` (kept up to date by the board). */
  totals: ColumnTotals;
  /** How many referrals the stage holds before the card filters (shown as "n of total"). */
  unfilteredCount: number;
  isFiltering: boolean;
  isCollapsed: boolean;
  onToggle?: (stage: StageId) => void;
};

/** Stage name, count and deal value per currency of every referral in the column, not only the rendered ones. */
export const ColumnHeader = memo(function ColumnHeader(props: ColumnHeaderProps) {
  const { stage, titleId, items, totals, unfilteredCount, isFiltering, isCollapsed, onToggle } =
    props;
  const { t } = useT(['board', 'common']);
  const locale = useIntlLocale();
  const { selection } = useBoardActions();
  const stageName = t(`common:stage.${stage}`);
  return (
    <header className="board-column-header">
      <div className="board-column-title-row">
        <h2 id={titleId} className="board-column-title">
          {stageName}
        </h2>
        {onToggle && (
          <button
            type="button"
            className="button-ghost board-column-toggle"
            aria-expanded={!isCollapsed}
            onClick={() => onToggle(stage)}
            aria-label={t(isCollapsed ? 'board:column.expand' : 'board:column.collapse', {
              stage: stageName,
            })}
          >
            <span aria-hidden="true">{isCollapsed ? '▸' : '▾'}</span>
          </button>
        )}
      </div>
      <p className="board-column-count">
        {isFiltering
          ? t('board:column.countFiltered', { count: items.length, total: unfilteredCount })
          : t('board:column.count', { count: items.length })}
      </p>
      {!isCollapsed && items.length > 0 && (
        <button
          type="button"
          className="button-ghost board-column-select"
          aria-label={t('board:column.selectAllLabel', { stage: stageName })}
          onClick={() => selection.select(items.map((r) => r.id))}
        >
          {t('board:column.selectAll')}
        </button>
      )}
      {!isCollapsed && (
        <p className="board-column-totals">
          <span className="visually-hidden">{t('board:column.totals')}: </span>
          {totals.length === 0
            ? t('board:column.noValue')
            : totals.map((x) => (
                <span key={x.currency} className="board-column-total">
                  {formatMoney(x.total, x.currency === '—' ? null : x.currency, locale)}
                </span>
              ))}
        </p>
      )}
    </header>
  );
});
