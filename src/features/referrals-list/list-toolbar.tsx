import { useId, type RefObject } from 'react';
import { useT } from '../../components/ui/use-t';
import { CheckboxMenu } from '../../components/ui/checkbox-menu';
import {
  REFERRAL_DIRECTIONS,
  REFERRAL_QUALIFICATIONS,
  REFERRAL_TYPES,
} from '../../domain/referral-schema';
import { STAGE_IDS } from '../../domain/status-machine';
import {
  FIRST_DIRECTION,
  SORT_KEYS,
  type ListFilters,
  type ListParams,
  type Sort,
  type SortKey,
} from './list-params';
import { SearchBox } from './search-box';

type ListToolbarProps = {
  params: ListParams;
  search: string;
  searchResetKey: string;
  currencies: readonly string[];
  isFiltered: boolean;
  onSearch: (search: string) => void;
  onSearchBlur: () => void;
  /** Set to focus the search box the next time it mounts (after clearing the filters). */
  focusSearchRef: RefObject<boolean>;
  onFilter: (change: Partial<ListFilters>) => void;
  onSort: (sort: Sort) => void;
  onClear: () => void;
  onExport: () => void;
  canExport: boolean;
  locale: string;
};

const currencyNames = new Map<string, Intl.DisplayNames | null>();

/** "EUR · Euro"; the code alone where the browser has no name for it. */
function currencyLabel(code: string, locale: string): string {
  if (!currencyNames.has(locale)) {
    try {
      currencyNames.set(locale, new Intl.DisplayNames(locale, { type: 'currency' }));
    } catch {
      currencyNames.set(locale, null);
    }
  }
  try {
    const name = currencyNames.get(locale)?.of(code);
    return name && name !== code ? `${code} · ${name}` : code;
  } catch {
    return code;
  }
}

export function ListToolbar({
  params,
  search,
  searchResetKey,
  currencies,
  isFiltered,
  onSearch,
  onSearchBlur,
  focusSearchRef,
  onFilter,
  onSort,
  onClear,
  onExport,
  canExport,
  locale,
}: ListToolbarProps) {
  const { t } = useT(['list', 'common']);
  const sortId = useId();
  const summary = (count: number) =>
    count === 0 ? t('filter.any') : t('filter.selected', { count });

  const sortLabel = (key: SortKey, direction: Sort['direction']) =>
    key === 'expiry' && direction === 'asc'
      ? t('sort.expirySoonest')
      : t(direction === 'asc' ? 'sort.ascending' : 'sort.descending', {
          column: t(`column.${key}`),
        });

  return (
    <div className="list-toolbar">
      <SearchBox
        value={search}
        resetKey={searchResetKey}
        onChange={onSearch}
        onBlur={onSearchBlur}
        focusOnMountRef={focusSearchRef}
      />
      <div className="list-filters" role="group" aria-label={t('filter.label')}>
        <CheckboxMenu
          label={t('filter.stage')}
          summary={summary(params.stages.length)}
          options={STAGE_IDS.map((id) => ({ value: id, label: t(`common:stage.${id}`) }))}
          selected={params.stages}
          onChange={(values) => onFilter({ stages: values as ListFilters['stages'] })}
        />
        <CheckboxMenu
          label={t('filter.direction')}
          summary={summary(params.directions.length)}
          options={REFERRAL_DIRECTIONS.map((d) => ({
            value: d,
            label: t(`common:direction.${d}`),
          }))}
          selected={params.directions}
          onChange={(values) => onFilter({ directions: values as ListFilters['directions'] })}
        />
        <CheckboxMenu
          label={t('filter.type')}
          summary={summary(params.types.length)}
          options={REFERRAL_TYPES.map((v) => ({ value: v, label: t(`common:type.${v}`) }))}
          selected={params.types}
          onChange={(values) => onFilter({ types: values as ListFilters['types'] })}
        />
        <CheckboxMenu
          label={t('filter.qualification')}
          summary={summary(params.qualifications.length)}
          options={REFERRAL_QUALIFICATIONS.map((v) => ({
            value: v,
            label: t(`common:qualification.${v}`),
          }))}
          selected={params.qualifications}
          onChange={(values) =>
            onFilter({ qualifications: values as ListFilters['qualifications'] })
          }
        />
        <CheckboxMenu
          label={t('filter.currency')}
          summary={summary(params.currencies.length)}
          options={currencies.map((code) => ({ value: code, label: currencyLabel(code, locale) }))}
          selected={params.currencies}
          onChange={(values) => onFilter({ currencies: values })}
          emptyText={t('filter.noCurrencies')}
        />
        {isFiltered && (
          <button type="button" className="button-secondary" onClick={onClear}>
            {t('filter.clear')}
          </button>
        )}
      </div>
      <div className="list-actions">
        <label className="sort-select" htmlFor={sortId}>
          <span>{t('sort.label')}</span>
          <select
            id={sortId}
            value={`${params.sort.key}:${params.sort.direction}`}
            onChange={(event) => {
              const [key, direction] = event.target.value.split(':') as [
                SortKey,
                Sort['direction'],
              ];
              onSort({ key, direction });
            }}
          >
            {SORT_KEYS.flatMap((key) => {
              const firstDirection = FIRST_DIRECTION[key];
              const other: Sort['direction'] = firstDirection === 'asc' ? 'desc' : 'asc';
              return [firstDirection, other].map((direction) => (
                <option key={`${key}:${direction}`} value={`${key}:${direction}`}>
                  {sortLabel(key, direction)}
                </option>
              ));
            })}
          </select>
        </label>
        <button type="button" onClick={onExport} disabled={!canExport}>
          {t('export.button')}
        </button>
      </div>
    </div>
  );
}
