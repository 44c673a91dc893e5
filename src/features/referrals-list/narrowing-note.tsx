import { useT } from '../../components/ui/use-t';
import { formatDate } from '../../domain/format';
import {
  DATE_FILTER_KEYS,
  dayRangeBounds,
  hasNarrowing,
  type NarrowingFilter,
} from '../../shared/referral-filter';

const DAY_MS = 86_400_000;

function rangeText(range: string, locale: string): string {
  const [start, end] = dayRangeBounds(range);
  const from = Number.isFinite(start) ? formatDate(new Date(start).toISOString(), locale) : '…';
  const to = Number.isFinite(end) ? formatDate(new Date(end - DAY_MS).toISOString(), locale) : '…';
  return `${from} – ${to}`;
}

/** Says which narrowing filters (from an insights link) hold; "Clear filters" removes them. */
export function NarrowingNote({ filter, locale }: { filter: NarrowingFilter; locale: string }) {
  const { t } = useT('list');
  const { t: tc } = useT();
  if (!hasNarrowing(filter)) return null;
  const parts = [
    ...DATE_FILTER_KEYS.flatMap((key) =>
      filter[key].map((range) => t(`narrowing.${key}`, { range: rangeText(range, locale) })),
    ),
    ...(['customers', 'products'] as const).flatMap((key) =>
      filter[key].length ? [t(`narrowing.${key}`, { values: filter[key].join(', ') })] : [],
    ),
    ...(filter.reasons.length
      ? [
          t('narrowing.reasons', {
            values: filter.reasons
              .map((r) => tc(`closeReason.${r}`, { defaultValue: r }))
              .join(', '),
          }),
        ]
      : []),
  ];
  return (
    <p className="list-narrowing" data-testid="list-narrowing">
      {t('narrowing.label')}: {parts.join(' · ')}
    </p>
  );
}
