import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useT } from '../../components/ui/use-t';
import { referralQueries } from '../../api/referral-queries';
import { useApiErrorText } from '../../shared/api-error-text';
import { NewReferralLink } from '../../shared/new-referral-link';
import { UnreadableReferrals } from '../../shared/unreadable-referrals';
import { SavedViewsMenu } from '../../shared/saved-views-menu';
import { ScopeBar } from '../../shared/scope-bar';
import { useScoped } from '../../shared/use-scopes';
import { BoardView } from './board-view';
import { StageGrouping, type BoardData } from './group-by-stage';
import { useBoardFilter } from './use-board-filter';
import './pipeline-board.css';

/** /pipeline: the referrals as a board of stages, from the same list cache as the list view. */
export function PipelineBoardPage() {
  const { t } = useT('board');
  const errorText = useApiErrorText();
  const { filter, params, setSearch, setScopes, applyView } = useBoardFilter();
  // One cache: the list view's query, narrowed to the chosen scopes and grouped by stage.
  const query = useQuery(referralQueries.list({}));
  const { scoped, counts } = useScoped(query.data?.items, filter.scopes);
  const list = query.data;
  // A save's answer replaces one item of the list: only the columns it leaves or enters regroup.
  const [grouping] = useState(() => new StageGrouping());
  const live = useMemo(
    () => (list ? grouping.group({ ...list, items: scoped.slice() }) : undefined),
    [grouping, list, scoped],
  );
  // A refresh that lands during a drag waits for the drop: no card moves under the pointer.
  const [frozen, setFrozen] = useState<BoardData | null>(null);
  const data = frozen ?? live;
  return (
    <div className="pipeline-page">
      <div className="pipeline-toolbar">
        <h1>{t('title')}</h1>
        <NewReferralLink />
        <label className="pipeline-search">
          <span>{t('search.label')}</span>
          <input
            type="search"
            value={filter.search}
            placeholder={t('search.placeholder')}
            onChange={(event) => setSearch(event.target.value)}
          />
        </label>
        <div className="board-scopes">
          <ScopeBar selected={filter.scopes} counts={counts} onChange={setScopes} />
          <SavedViewsMenu params={params} onApply={applyView} />
        </div>
        {data && !data.isComplete && (
          <p role="status" className="loading">
            {t('loadingMore', { count: data.total })}
          </p>
        )}
      </div>
      {data?.unreadable && <UnreadableReferrals items={data.unreadable} />}
      {query.isError && (
        <div className="error-state" role="alert">
          <p>{t('loadError')}</p>
          <p>{errorText(query.error)}</p>
          <button type="button" onClick={() => void query.refetch()}>
            {t('retry')}
          </button>
        </div>
      )}
      {data ? (
        <BoardView
          data={data}
          filter={filter}
          onDragChange={(isDragging) => setFrozen(isDragging ? (live ?? null) : null)}
        />
      ) : (
        query.isPending && (
          <p role="status" className="loading">
            {t('loading')}
          </p>
        )
      )}
    </div>
  );
}
