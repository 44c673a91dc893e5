import { memo } from 'react';
import { useT } from '../../components/ui/use-t';
import { Link } from 'wouter';
import type { Referral } from '../../domain/referral-schema';
import { StageBadge } from '../../shared/stage-badge';
import { InboxClocks } from './inbox-clocks';

type InboxRowProps = {
  referral: Referral;
  now: number;
  isNew: boolean;
  isSelected: boolean;
  isSaving: boolean;
  /** The row the arrow keys start from: its link is the one Tab reaches (roving focus). */
  isCurrent: boolean;
  onToggle: (id: string, isRange: boolean) => void;
  onAccept: (referral: Referral) => void;
  onDecline: (referral: Referral) => void;
  onFocusRow: (id: string) => void;
};

export const InboxRow = memo(function InboxRow({
  referral,
  now,
  isNew,
  isSelected,
  isSaving,
  isCurrent,
  onToggle,
  onAccept,
  onDecline,
  onFocusRow,
}: InboxRowProps) {
  const { t } = useT(['inbox', 'common']);
  const name = referral.name || t('inbox:unnamed');
  return (
    <li
      className={`inbox-row${isSelected ? ' is-selected' : ''}`}
      data-testid="inbox-row"
      data-row-id={referral.id}
      onFocus={() => onFocusRow(referral.id)}
    >
      <input
        type="checkbox"
        className="inbox-check"
        checked={isSelected}
        aria-label={t('inbox:select', { name })}
        onChange={() => undefined}
        onClick={(event) => onToggle(referral.id, event.shiftKey)}
      />
      <div className="inbox-main">
        <p className="inbox-title">
          <Link
            to={`/referrals/${encodeURIComponent(referral.id)}`}
            className="inbox-link"
            tabIndex={isCurrent ? 0 : -1}
            data-row-link
          >
            {name}
          </Link>
          {isNew && <span className="inbox-new">{t('inbox:newSinceVisit')}</span>}
        </p>
        <p className="inbox-meta">
          <span>
            <span className="visually-hidden">{t('inbox:customer')}: </span>
            {referral.customerProfile?.name || '—'}
          </span>
          <StageBadge status={referral.status} substatus={referral.substatus} />
          {referral.direction && (
            <span>
              <span className="visually-hidden">{t('inbox:direction')}: </span>
              {t(`common:direction.${referral.direction}`)}
            </span>
          )}
        </p>
        <InboxClocks referral={referral} now={now} />
      </div>
      <div className="inbox-actions">
        {isSaving ? (
          <span role="status">{t('inbox:accepting')}</span>
        ) : (
          <>
            <button
              type="button"
              tabIndex={isCurrent ? 0 : -1}
              aria-label={t('inbox:accept', { name })}
              onClick={() => onAccept(referral)}
            >
              {t('inbox:acceptShort')}
            </button>
            <button
              type="button"
              className="button-secondary"
              tabIndex={isCurrent ? 0 : -1}
              aria-label={t('inbox:decline', { name })}
              onClick={() => onDecline(referral)}
            >
              {t('inbox:declineShort')}
            </button>
          </>
        )}
      </div>
    </li>
  );
});
