import { useT } from '../components/ui/use-t';
import { Link } from 'wouter';
import type { BulkOutcome } from '../api/bulk-run';
import type { Referral } from '../domain/referral-schema';
import { useApiErrorText } from './api-error-text';

type BulkResultProps = {
  outcomes: ReadonlyMap<string, BulkOutcome | undefined>;
  names: (id: string) => string;
  isRunning: boolean;
  openHref: (id: string) => string;
  onRetryFailed: () => void;
  onDismiss: () => void;
};

/** Every referral of the run with its outcome; conflicts link to the referral, failures say why. */
export function BulkResult({
  outcomes,
  names,
  isRunning,
  openHref,
  onRetryFailed,
  onDismiss,
}: BulkResultProps) {
  const { t } = useT('referral');
  const errorText = useApiErrorText();
  const all = [...outcomes.entries()];
  const done = all.filter(([, o]) => o !== undefined).length;
  const count = (status: BulkOutcome['status']) =>
    all.filter(([, o]) => o?.status === status).length;
  const fieldNames = (fields: readonly string[]) =>
    fields.map((key) => t(`field.${key}` as 'field.stage')).join(', ');

  const describe = (outcome: BulkOutcome | undefined) => {
    if (!outcome) return t('bulk.result.pending');
    switch (outcome.status) {
      case 'saved':
        return outcome.isReapplied ? t('bulk.result.reapplied') : t('bulk.result.saved');
      case 'conflict':
        return outcome.fields.length > 0
          ? t('bulk.result.conflict', { fields: fieldNames(outcome.fields) })
          : t('bulk.result.conflictAny');
      case 'skipped':
        return t(`bulk.result.skipped.${outcome.reason}`);
      case 'failed':
        return t('bulk.result.failed', { message: errorText(outcome.error) });
    }
  };

  return (
    <section className="bulk-result" aria-label={t('bulk.result.title')}>
      {isRunning ? (
        <div className="bulk-progress">
          <p role="status">{t('bulk.progress', { done, total: all.length })}</p>
          <progress max={all.length} value={done} aria-label={t('bulk.progressLabel')} />
        </div>
      ) : (
        <p role="status" className="bulk-summary">
          {t('bulk.result.summary', {
            saved: count('saved'),
            conflict: count('conflict'),
            skipped: count('skipped'),
            failed: count('failed'),
          })}
        </p>
      )}
      <ul className="bulk-outcomes">
        {all.map(([id, outcome]) => (
          <li key={id} className={`bulk-outcome is-${outcome?.status ?? 'pending'}`}>
            <span className="bulk-outcome-name">{names(id)}</span>{' '}
            <span className="bulk-outcome-text">{describe(outcome)}</span>
            {outcome?.status === 'conflict' && (
              <>
                {' '}
                <Link to={openHref(id)} aria-label={t('bulk.result.open', { name: names(id) })}>
                  {t('bulk.result.openShort')}
                </Link>
              </>
            )}
          </li>
        ))}
      </ul>
      {!isRunning && (
        <div className="bulk-result-actions">
          {count('failed') > 0 && (
            <button type="button" onClick={onRetryFailed}>
              {t('bulk.result.retryFailed')}
            </button>
          )}
          <button type="button" className="button-secondary" onClick={onDismiss}>
            {t('bulk.result.dismiss')}
          </button>
        </div>
      )}
    </section>
  );
}

export const referralName = (referral: Referral | undefined, id: string) => referral?.name || id;
