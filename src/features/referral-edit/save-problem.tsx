import { useEffect, useState } from 'react';
import { useT } from '../../components/ui/use-t';
import { useApiErrorText } from '../../shared/api-error-text';

/** Seconds left until `at` (a Date.now() value), ticking down; 0 when there is nothing to wait for. */
export function useSecondsUntil(at: number | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at === undefined) return;
    const tick = () => {
      const t = Date.now();
      setNow(t);
      if (t >= at) clearInterval(timer);
    };
    // The first tick right away: `now` may be from long before this wait began.
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 250);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [at]);
  return at === undefined ? 0 : Math.max(0, Math.ceil((at - now) / 1000));
}

type SaveProblemProps = {
  error: unknown;
  secondsLeft: number;
  isBusy: boolean;
  onRetry: () => void;
};

/** A failed save that is worth retrying (network, time-out, 5xx, 429): what happened, and Retry. */
export function SaveProblem({ error, secondsLeft, isBusy, onRetry }: SaveProblemProps) {
  const { t } = useT('edit');
  const errorText = useApiErrorText();
  return (
    <div className="callout callout-danger save-problem">
      <div role="alert">
        <p>{t('save.failed')}</p>
        <p>{errorText(error)}</p>
      </div>
      {/* Not a live region: a countdown read out every second would drown everything else. */}
      {secondsLeft > 0 && <p>{t('save.retryIn', { seconds: secondsLeft })}</p>}
      <button type="button" onClick={onRetry} disabled={isBusy || secondsLeft > 0}>
        {t('save.retry')}
      </button>
    </div>
  );
}
