import { useId } from 'react';
import { useT } from '../../components/ui/use-t';
import { isPeriodInvalid, PERIOD_KINDS, type Period, type PeriodKind } from './insights-period';

/** Last 30 / 90 / 365 days, all time, or custom dates. */
export function PeriodPicker({
  period,
  onChange,
}: {
  period: Period;
  onChange: (next: Period) => void;
}) {
  const { t } = useT('insights');
  const id = useId();
  const isInvalid = isPeriodInvalid(period);
  return (
    <div className="period-picker">
      <div>
        <label htmlFor={`${id}-kind`}>{t('period.label')}</label>
        <select
          id={`${id}-kind`}
          value={period.kind}
          onChange={(e) => onChange({ ...period, kind: e.target.value as PeriodKind })}
        >
          {PERIOD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`period.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {period.kind === 'custom' && (
        <>
          <div>
            <label htmlFor={`${id}-from`}>{t('period.from')}</label>
            <input
              id={`${id}-from`}
              type="date"
              value={period.from}
              aria-invalid={isInvalid || undefined}
              aria-describedby={isInvalid ? `${id}-error` : undefined}
              onChange={(e) => onChange({ ...period, from: e.target.value })}
            />
          </div>
          <div>
            <label htmlFor={`${id}-to`}>{t('period.to')}</label>
            <input
              id={`${id}-to`}
              type="date"
              value={period.to}
              aria-invalid={isInvalid || undefined}
              aria-describedby={isInvalid ? `${id}-error` : undefined}
              onChange={(e) => onChange({ ...period, to: e.target.value })}
            />
          </div>
        </>
      )}
      {isInvalid && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('period.invalid')}
        </p>
      )}
    </div>
  );
}
