import { Suspense, useState } from 'react';
import { lazyWithMessages } from '../components/ui/messages';
import { ACTION_WORDS } from './action-words';
import type { BulkActionsBarProps } from './bulk-actions-bar';
import { useSelectedIds } from './use-selection';

const BulkActionsBar = lazyWithMessages('referral-actions', ACTION_WORDS, () =>
  import('./bulk-actions-bar').then((m) => m.BulkActionsBar),
);

/**
 * The bulk actions bar, loaded when something is first selected (it is not part of the first
 * render). Once loaded it stays, so a run's progress and outcome outlive the selection.
 */
export function LazyBulkActionsBar(props: BulkActionsBarProps) {
  const hasSelection = useSelectedIds(props.selection).length > 0;
  const [isNeeded, setIsNeeded] = useState(hasSelection);
  if (hasSelection && !isNeeded) setIsNeeded(true);
  if (!isNeeded) return null;
  return (
    <Suspense fallback={null}>
      <BulkActionsBar {...props} />
    </Suspense>
  );
}
