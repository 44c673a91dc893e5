import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useT } from '../../components/ui/use-t';
import { referralQueries } from '../../api/referral-queries';
import type { CreateFormValues } from '../../domain/create-form';
import { findDuplicates } from '../../domain/duplicate-match';

/**
 * Before the save: open referrals in the list cache with the same customer (name and country) and
 * a similar deal name, each a link. A warning only: the rep may still create.
 */
export function DuplicateWarning() {
  const { t } = useT('create');
  const { control } = useFormContext<CreateFormValues>();
  const [customerName, country, dealName] = useWatch({
    control,
    name: ['customerName', 'address.country', 'name'],
  });
  // The list the list view and the board share (fetched once if this page is opened directly).
  const list = useQuery(referralQueries.list({}));
  const probe = useDeferredValue({ customerName, country, dealName });
  const items = list.data?.items;
  const matches = useMemo(() => (items ? findDuplicates(probe, items) : []), [items, probe]);
  return (
    <div aria-live="polite" className="duplicate-region">
      {matches.length > 0 && (
        <div className="callout callout-warning" data-testid="duplicate-warning">
          <p>
            <strong>{t('duplicate.title', { count: matches.length })}</strong>
          </p>
          <ul>
            {matches.map((referral) => (
              <li key={referral.id}>
                {/* A new tab, so the draft stays: a plain link, the router has nothing to do. */}
                <a
                  href={`/referrals/${encodeURIComponent(referral.id)}`}
                  target="_blank"
                  rel="noopener"
                >
                  {t('duplicate.link', {
                    name: referral.name || referral.id,
                    customer: referral.customerProfile?.name ?? '',
                  })}
                </a>
              </li>
            ))}
          </ul>
          <p>{t('duplicate.mayContinue')}</p>
        </div>
      )}
    </div>
  );
}
