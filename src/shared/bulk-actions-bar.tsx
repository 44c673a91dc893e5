import { useMemo, useRef, useState } from 'react';
import { useT } from '../components/ui/use-t';
import type { BulkAction } from '../domain/bulk';
import type { Referral } from '../domain/referral-schema';
import { BulkDialog, type BulkDialogKind } from './bulk-dialog';
import { BulkResult, referralName } from './bulk-result';
import { useBulkRun } from './use-bulk-run';
import { useSelectedIds, type Selection } from './use-selection';
import './bulk-actions.css';

export type BulkActionsBarProps = {
  selection: Selection;
  /** The referrals in view (their cached, saved copies); the selection's ids refer to these. */
  referrals: readonly Referral[];
  /** Where "Open" leads for a conflict; the edit form by default. */
  openHref?: (id: string) => string;
  /** The toolbar's accessible name, e.g. "Bulk actions: New · Pending". */
  label?: string;
};

const defaultHref = (id: string) => `/referrals/${encodeURIComponent(id)}`;

/**
 * Bulk actions on the selected referrals: Accept, Decline…, Close as Lost…, Close as Won…,
 * Move to…; progress while they run, then every referral's outcome. Legality comes from each
 * referral's saved copy (domain/bulk.ts); the writes go through the one write path.
 */
export function BulkActionsBar({
  selection,
  referrals,
  openHref = defaultHref,
  label,
}: BulkActionsBarProps) {
  const { t } = useT('referral');
  const selectedIds = useSelectedIds(selection);
  const byId = useMemo(() => new Map(referrals.map((r) => [r.id, r])), [referrals]);
  const [dialog, setDialog] = useState<BulkDialogKind>();
  const { state, run, retryFailed, dismiss } = useBulkRun();
  // Names of the run's referrals, kept even when a referral leaves the view (e.g. a filter).
  const names = useRef(new Map<string, string>());
  const count = selectedIds.length;
  const isRunning = state.phase === 'running';

  const start = (action: BulkAction) => {
    setDialog(undefined);
    const chosen = selectedIds
      .map((id) => byId.get(id))
      .filter((r): r is Referral => r !== undefined);
    for (const r of chosen) names.current.set(r.id, referralName(r, r.id));
    selection.clear();
    run(action, chosen);
  };

  if (count === 0 && state.phase === 'idle') return null;

  return (
    <div className="bulk-actions">
      {count > 0 && (
        <div role="toolbar" aria-label={label ?? t('bulk.toolbar')} className="bulk-toolbar">
          <span className="bulk-count" aria-live="polite">
            {t('bulk.selected', { count })}
          </span>
          <button type="button" disabled={isRunning} onClick={() => start({ kind: 'accept' })}>
            {t('bulk.accept')}
          </button>
          {(['decline', 'closeLost', 'closeWon', 'move'] as const).map((kind) => (
            <button key={kind} type="button" disabled={isRunning} onClick={() => setDialog(kind)}>
              {t(kind === 'move' ? 'bulk.moveTo' : `bulk.${kind}`)}
            </button>
          ))}
          <button type="button" className="button-secondary" onClick={() => selection.clear()}>
            {t('bulk.clear')}
          </button>
        </div>
      )}
      <BulkDialog
        kind={dialog}
        count={count}
        onCancel={() => setDialog(undefined)}
        onConfirm={start}
      />
      {state.phase !== 'idle' && (
        <BulkResult
          outcomes={state.outcomes}
          names={(id) => names.current.get(id) ?? referralName(byId.get(id), id)}
          isRunning={isRunning}
          openHref={openHref}
          onRetryFailed={retryFailed}
          onDismiss={dismiss}
        />
      )}
    </div>
  );
}
