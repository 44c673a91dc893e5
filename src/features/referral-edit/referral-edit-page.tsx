import { useQuery } from '@tanstack/react-query';
import { useT } from '../../components/ui/use-t';
import { Link, useParams } from 'wouter';
import { isApiError } from '../../api/api-error';
import { referralQueries } from '../../api/referral-queries';
import { useApiErrorText } from '../../shared/api-error-text';
import { readReferral, type UnreadableReferral } from '../../domain/referral-page';
import { useSettings } from '../../shared/settings';
import { StageBadge } from '../../shared/stage-badge';
import { UnreadableReferralPanel } from '../../shared/unreadable-referrals';
import { ReferralForm } from './referral-form';
import '../../shared/referral-forms.css';
import './referral-edit.css';

/** A referral the schema refused but that is one (an object with an id): shown read-only as sent. */
function unreadableIn(error: unknown): UnreadableReferral | undefined {
  if (!isApiError(error) || error.kind !== 'invalid-response' || error.received === undefined)
    return undefined;
  const read = readReferral(error.received);
  return 'unreadable' in read && read.unreadable.id ? read.unreadable : undefined;
}

/** Loads one referral and hands the saved copy to the form; loading and error states live here. */
export function ReferralEditPage() {
  const { t } = useT('edit');
  const { id = '' } = useParams();
  const { refreshMinutes } = useSettings();
  // Fresh while open: on focus and every N minutes. The form keeps its own base copy, so a newer
  // server copy never overwrites what the user is typing (referral-form.tsx says it changed).
  const query = useQuery({
    ...referralQueries.detail(id),
    refetchOnWindowFocus: 'always',
    refetchInterval: refreshMinutes * 60_000,
  });
  const errorText = useApiErrorText();

  if (query.isPending) {
    return (
      <p role="status" className="loading">
        {t('page.loading')}
      </p>
    );
  }
  // A failed background refresh keeps the form (and what the user typed) on screen.
  if (query.isError && query.data === undefined) {
    const unreadable = unreadableIn(query.error);
    if (unreadable) {
      return (
        <div className="referral-edit">
          <p className="edit-back">
            <Link to="/referrals">← {t('page.back')}</Link>
          </p>
          <header className="edit-header">
            <h1>{unreadable.name || unreadable.id}</h1>
          </header>
          <UnreadableReferralPanel item={unreadable} />
        </div>
      );
    }
    const isNotFound = isApiError(query.error) && query.error.status === 404;
    return (
      <div role="alert" className="error-state">
        <h1>{t('page.loadFailed')}</h1>
        <p>{errorText(query.error)}</p>
        <p>
          {!isNotFound && (
            <button type="button" onClick={() => void query.refetch()}>
              {t('page.retry')}
            </button>
          )}{' '}
          <Link to="/referrals">{t('page.back')}</Link>
        </p>
      </div>
    );
  }

  const referral = query.data;
  if (referral === undefined) return null;
  return (
    <div className="referral-edit">
      <p className="edit-back">
        <Link to="/referrals">← {t('page.back')}</Link>
      </p>
      <header className="edit-header">
        <h1>{referral.name || referral.id}</h1>
        <StageBadge status={referral.status} substatus={referral.substatus} />
        <Link
          className="button button-secondary edit-duplicate"
          to={`/referrals/new?from=${encodeURIComponent(referral.id)}`}
        >
          {t('page.duplicate')}
        </Link>
      </header>
      {/* Keyed by id: another referral is another form with its own base copy. */}
      <ReferralForm key={referral.id} referral={referral} />
    </div>
  );
}
