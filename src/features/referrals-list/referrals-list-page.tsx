import { Suspense, useId, useMemo, useRef } from 'react';
import { useT } from '../../components/ui/use-t';
import { useIntlLocale } from '../../components/ui/use-intl-locale';
import { totalsByCurrency } from '../../domain/format';
import { useApiErrorText } from '../../shared/api-error-text';
import { NewReferralLink } from '../../shared/new-referral-link';
import { LazyBulkActionsBar } from '../../shared/lazy-bulk-actions-bar';
import { SelectAllCheckbox } from '../../shared/select-checkbox';
import { useSelection } from '../../shared/use-selection';
import {
  hasFilters,
  nextSort,
  serverFilterFor,
  withoutFilters,
  type ListFilters,
  type ListParams,
  type Sort,
  type SortKey,
} from './list-params';
import { readReferralFilter, searchTerms } from '../../shared/referral-filter';
import { SavedViewsMenu } from '../../shared/saved-views-menu';
import { ScopeBar } from '../../shared/scope-bar';
import { useScoped } from '../../shared/use-scopes';
import { useSearchParams } from 'wouter';
import { currenciesOf, filterRows, sortRows, toListRows } from './list-rows';
import { ListProgress, ListSummary } from './list-summary';
import { ListToolbar } from './list-toolbar';
import { ReferralsTable } from './referrals-table';
import { useListParams } from './use-list-params';
import { useReferralList } from './use-referral-list';
import { useSearchDraft } from './use-search-draft';
import { NarrowingNote } from './narrowing-note';
import { useReasonGroup } from '../../shared/use-reason-group';
import { ACTION_WORDS } from '../../shared/action-words';
import { lazyWithMessages } from '../../components/ui/messages';
import './referrals-list.css';

// Shown only when the server sent referrals the schema cannot read: not part of the first render.
const UnreadableReferrals = lazyWithMessages('referral-actions', ACTION_WORDS, () =>
  import('../../shared/unreadable-referrals').then((m) => m.UnreadableReferrals),
);

export function ReferralsListPage() {
  const { t, language } = useT('list');
  const locale = useIntlLocale();
  const errorText = useApiErrorText();
  const [params, setParams] = useListParams();
  const errorTitleId = useId();
  // Clearing removes the buttons that did it; the focus goes to the search box rather than be lost.
  const focusSearchRef = useRef(false);

  const serverFilter = useMemo(() => serverFilterFor(params), [params]);
  const query = useReferralList(serverFilter);
  const list = query.data;

  const [searchParams] = useSearchParams();
  const { scoped, counts: scopeCounts } = useScoped(list?.items, params.scopes);
  const allRows = useMemo(() => toListRows(scoped, language), [scoped, language]);
  const { key: sortKey, direction: sortDirection } = params.sort;
  const sortedRows = useMemo(
    () => sortRows(allRows, { key: sortKey, direction: sortDirection }, locale),
    [allRows, sortKey, sortDirection, locale],
  );
  // Filtering 10,000 prepared rows takes a few ms, so a keystroke renders at once rather than
  // deferred (docs/decisions/003-list-filtering.md).
  const draft = useSearchDraft(params.search, setParams);
  const { search } = draft;
  const reasonGroup = useReasonGroup();
  const rows = useMemo(
    () => filterRows(sortedRows, params, searchTerms(search, language), reasonGroup),
    [sortedRows, params, search, language, reasonGroup],
  );
  const viewIds = useMemo(() => rows.map((row) => row.id), [rows]);
  const viewReferrals = useMemo(() => rows.map((row) => row.referral), [rows]);
  const selection = useSelection(viewIds);
  const totals = useMemo(
    () => totalsByCurrency(rows.map((row) => ({ value: row.dealValue, currency: row.currency }))),
    [rows],
  );
  const currencies = useMemo(
    () => currenciesOf(allRows, params.currencies),
    [allRows, params.currencies],
  );

  // Every pushed change carries the search typed so far (its own URL write may still be pending).
  const push = (change: (current: ListParams) => ListParams) => {
    draft.takePending();
    setParams((current) => change({ ...current, search }));
  };
  const handleFilter = (change: Partial<ListFilters>) =>
    push((current) => ({ ...current, ...change }));
  const handleSort = (sort: Sort) => push((current) => ({ ...current, sort }));
  const handleHeaderSort = (key: SortKey) =>
    push((current) => ({ ...current, sort: nextSort(current.sort, key) }));
  const handleApplyView = (query: string) =>
    push((current) => ({ ...readReferralFilter(new URLSearchParams(query)), sort: current.sort }));
  const handleClear = () => {
    focusSearchRef.current = true;
    push(withoutFilters);
  };
  // The CSV writer loads on the first export.
  const handleExport = async () => {
    const [{ referralsCsv }, { downloadFile }] = await Promise.all([
      import('./csv'),
      import('../../components/ui/download-file'),
    ]);
    const csv = referralsCsv(rows, (column) => t(`csvColumn.${column}`));
    const date = new Date().toISOString().slice(0, 10);
    downloadFile(csv, t('export.fileName', { date }), 'text/csv;charset=utf-8');
  };

  const isFiltered = hasFilters({ ...params, search });
  const isLoading = query.isPending && !list;
  const isArriving = list !== undefined && !list.isComplete && query.isFetching;
  const hasFailed = query.isError;

  return (
    <section className="referrals-list" aria-labelledby="referrals-list-title">
      <div className="list-header">
        <div className="list-title-row">
          <h1 id="referrals-list-title">{t('title')}</h1>
          <NewReferralLink />
        </div>
        <div className="list-scopes">
          <ScopeBar
            selected={params.scopes}
            counts={scopeCounts}
            onChange={(scopes) => handleFilter({ scopes })}
          />
          <SavedViewsMenu params={searchParams} onApply={handleApplyView} />
        </div>
        <ListToolbar
          params={params}
          search={search}
          searchResetKey={draft.resetKey}
          currencies={currencies}
          isFiltered={isFiltered}
          onSearch={draft.type}
          onSearchBlur={draft.flush}
          focusSearchRef={focusSearchRef}
          onFilter={handleFilter}
          onSort={handleSort}
          onClear={handleClear}
          onExport={() => void handleExport()}
          canExport={rows.length > 0}
          locale={locale}
        />
        <NarrowingNote filter={params} locale={locale} />
        {(isLoading || isArriving) && (
          <ListProgress loaded={isLoading ? undefined : list?.items.length} locale={locale} />
        )}
        {list && (
          <ListSummary
            count={rows.length}
            isLive={!isLoading && !isArriving}
            totals={totals}
            locale={locale}
          />
        )}
        {list?.unreadable && (
          <Suspense fallback={null}>
            <UnreadableReferrals items={list.unreadable} />
          </Suspense>
        )}
        {list && rows.length > 0 && (
          <label className="select-all">
            <SelectAllCheckbox selection={selection} label={t('selectAll')} />
            <span aria-hidden="true">{t('selectAll')}</span>
          </label>
        )}
        <LazyBulkActionsBar selection={selection} referrals={viewReferrals} />
        {hasFailed && (
          <div role="alert" className="list-error" aria-labelledby={errorTitleId}>
            <p>
              <strong id={errorTitleId}>{list ? t('error.partial') : t('error.title')}</strong>
            </p>
            <p>{errorText(query.error)}</p>
            <button type="button" onClick={() => void query.refetch()}>
              {t('error.retry')}
            </button>
          </div>
        )}
      </div>
      {list && rows.length > 0 && (
        <ReferralsTable
          rows={rows}
          sort={params.sort}
          onSort={handleHeaderSort}
          locale={locale}
          selection={selection}
        />
      )}
      {list && rows.length === 0 && !isArriving && !hasFailed && (
        <div className="list-empty" role="status" data-testid="list-empty">
          {isFiltered ? (
            <>
              <p>{t('empty.noMatch')}</p>
              <button type="button" onClick={handleClear}>
                {t('filter.clear')}
              </button>
            </>
          ) : (
            <p>{t('empty.none')}</p>
          )}
        </div>
      )}
    </section>
  );
}
