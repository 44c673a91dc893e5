import { useQuery } from '@tanstack/react-query';
import { useT } from '../../components/ui/use-t';
import { Link, useSearchParams } from 'wouter';
import { referralQueries } from '../../api/referral-queries';
import { createValuesFrom, emptyCreateValues } from '../../domain/create-form';
import { useApiErrorText } from '../../shared/api-error-text';
import { CreateForm } from './create-form';
import '../../shared/referral-forms.css';
import './referral-create.css';

/** `?from=<id>`: "Duplicate as new" of that referral (its customer and deal, no server field). */
export const DUPLICATE_PARAM = 'from';

/** /referrals/new: a new referral, empty or copied from another one. */
export function ReferralCreatePage() {
  const { t } = useT('create');
  const [params] = useSearchParams();
  const from = params.get(DUPLICATE_PARAM) ?? '';
  const source = useQuery({ ...referralQueries.detail(from), enabled: from !== '' });
  const errorText = useApiErrorText();

  let body;
  if (from && source.isPending) {
    body = (
      <p role="status" className="loading">
        {t('page.loadingSource')}
      </p>
    );
  } else if (from && source.isError) {
    body = (
      <div role="alert" className="error-state">
        <p>{t('page.sourceFailed')}</p>
        <p>{errorText(source.error)}</p>
        <p>
          <button type="button" onClick={() => void source.refetch()}>
            {t('page.retry')}
          </button>{' '}
          <Link to="/referrals/new">{t('page.startEmpty')}</Link>
        </p>
      </div>
    );
  } else {
    const initial = from && source.data ? createValuesFrom(source.data) : emptyCreateValues();
    body = (
      <>
        {from && source.data && (
          <p className="callout callout-info">
            {t('page.copiedFrom', { name: source.data.name || source.data.id })}
          </p>
        )}
        {/* Keyed by the source: another source is another form. */}
        <CreateForm key={from} initialValues={initial} />
      </>
    );
  }
  return (
    <div className="referral-edit referral-create">
      <p className="edit-back">
        <Link to="/referrals">← {t('page.back')}</Link>
      </p>
      <h1>{from ? t('page.titleDuplicate') : t('title')}</h1>
      <p className="field-hint">{t('page.intro')}</p>
      {body}
    </div>
  );
}
