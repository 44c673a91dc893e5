import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { runBulk, type BulkOutcome } from '../api/bulk-run';
import { cachedReferral } from '../api/referral-cache';
import { planBulk, type BulkAction } from '../domain/bulk';
import type { Referral } from '../domain/referral-schema';

export type BulkRunState =
  | { phase: 'idle' }
  | {
      phase: 'running' | 'done';
      action: BulkAction;
      total: number;
      /** Outcomes known so far, by id, in the order of the selection. */
      outcomes: ReadonlyMap<string, BulkOutcome | undefined>;
    };

/**
 * One bulk run at a time: plans from the saved copies, runs, reports each outcome as it lands.
 * "Retry failed" plans the failed ones again from their saved copies in the cache.
 */
export function useBulkRun() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<BulkRunState>({ phase: 'idle' });
  const isRunning = useRef(false);

  const start = useCallback(
    async (action: BulkAction, referrals: readonly Referral[], previous?: BulkRunState) => {
      if (isRunning.current || referrals.length === 0) return;
      isRunning.current = true;
      const base =
        previous && previous.phase !== 'idle'
          ? new Map(previous.outcomes)
          : new Map<string, BulkOutcome | undefined>();
      for (const r of referrals) base.set(r.id, undefined);
      const total = referrals.length;
      setState({ phase: 'running', action, total, outcomes: base });
      try {
        await runBulk(queryClient, planBulk(referrals, action), {
          onOutcome: (outcome) =>
            setState((s) =>
              s.phase === 'running'
                ? { ...s, outcomes: new Map(s.outcomes).set(outcome.id, outcome) }
                : s,
            ),
        });
      } finally {
        isRunning.current = false;
        setState((s) => (s.phase === 'running' ? { ...s, phase: 'done' } : s));
      }
    },
    [queryClient],
  );

  const run = useCallback(
    (action: BulkAction, referrals: readonly Referral[]) => void start(action, referrals),
    [start],
  );

  const retryFailed = useCallback(() => {
    if (state.phase !== 'done') return;
    const failed = [...state.outcomes.values()]
      .filter((o) => o?.status === 'failed')
      .map((o) => (o ? (cachedReferral(queryClient, o.id) ?? o.referral) : undefined))
      .filter((r): r is Referral => Boolean(r));
    void start(state.action, failed, state);
  }, [queryClient, start, state]);

  const dismiss = useCallback(() => {
    if (!isRunning.current) setState({ phase: 'idle' });
  }, []);

  return { state, run, retryFailed, dismiss };
}
