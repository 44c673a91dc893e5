import { useId } from 'react';
import { useT } from '../components/ui/use-t';
import { Link } from 'wouter';
import type { UnreadableReferral } from '../domain/referral-page';
import { REFERRAL_STATUSES, REFERRAL_SUBSTATUSES } from '../domain/referral-schema';
import './referral-forms.css';
import './unreadable-referrals.css';

const asSent = (value: string | undefined) => value ?? '—';

/** A known status or substatus in the user's words; an unknown one exactly as sent. */
function useEnumText() {
  const { t } = useT('common');
  return (kind: 'status' | 'substatus', value: string | undefined) => {
    const known: readonly string[] = kind === 'status' ? REFERRAL_STATUSES : REFERRAL_SUBSTATUSES;
    return value !== undefined && known.includes(value) ? t(`${kind}.${value}`) : asSent(value);
  };
}

/** "2 referrals could not be read", with each one as sent and a read-only link where it has an id. */
export function UnreadableReferrals({ items }: { items: readonly UnreadableReferral[] }) {
  const { t } = useT('referral');
  const titleId = useId();
  if (items.length === 0) return null;
  return (
    <section
      className="callout callout-warning unreadable-referrals"
      aria-labelledby={titleId}
      data-testid="unreadable-referrals"
    >
      <p id={titleId}>
        <strong>{t('unreadable.count', { count: items.length })}</strong>
      </p>
      <p>{t('unreadable.why')}</p>
      <details>
        <summary>{t('unreadable.show')}</summary>
        <ul>
          {items.map((item, index) => (
            <li key={`${item.id ?? ''}-${index}`}>
              <UnreadableItem item={item} />
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function UnreadableItem({ item }: { item: UnreadableReferral }) {
  const { t } = useT('referral');
  const name = item.name || item.id || t('unreadable.noName');
  const enumText = useEnumText();
  return (
    <>
      {item.id ? (
        <Link
          to={`/referrals/${encodeURIComponent(item.id)}`}
          aria-label={t('unreadable.open', { name })}
        >
          {name}
        </Link>
      ) : (
        <span>
          {name} ({t('unreadable.noId')})
        </span>
      )}
      <span className="unreadable-stage">
        {t('unreadable.stageAsSent', {
          status: enumText('status', item.status),
          substatus: enumText('substatus', item.substatus),
        })}
      </span>
      <ProblemText item={item} />
    </>
  );
}

function ProblemText({ item }: { item: UnreadableReferral }) {
  const { t } = useT('referral');
  return (
    <span className="unreadable-problem">
      {item.path
        ? t('unreadable.problem', { path: item.path, found: item.found })
        : t('unreadable.problemTop', { found: item.found })}
    </span>
  );
}

/** The edit page of a referral the app cannot read: why it is read-only, and what it holds as sent. */
export function UnreadableReferralPanel({ item }: { item: UnreadableReferral }) {
  const { t } = useT('referral');
  const enumText = useEnumText();
  const rows: [string, string | undefined][] = [
    [t('unreadable.id'), item.id],
    [t('unreadable.status'), enumText('status', item.status)],
    [t('unreadable.substatus'), enumText('substatus', item.substatus)],
    [t('unreadable.customer'), item.customerName],
    [
      t('unreadable.dealValue'),
      item.dealValue === undefined ? undefined : `${item.dealValue} ${item.currency ?? ''}`.trim(),
    ],
  ];
  return (
    <div className="unreadable-panel">
      <div className="callout callout-warning" role="note">
        <p>
          <strong>{t('unreadable.pageTitle')}</strong>
        </p>
        <p>{t('unreadable.pageWhy')}</p>
        <p>
          <ProblemText item={item} />
        </p>
      </div>
      <h2>{t('unreadable.facts')}</h2>
      <dl className="unreadable-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{asSent(value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
