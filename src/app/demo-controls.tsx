import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../components/ui/toast';

/** What the demo backend lets the UI control; main.tsx passes the simulator in (app never imports mocks). */
export type DemoFaults = {
  latencyMs: number;
  writeStatus: 500 | 503 | null;
  throttleRetryAfterSeconds: number | null;
  networkError: 'none' | 'writes' | 'all';
};
export type DemoControls = {
  reset: () => void;
  faults: { get: () => DemoFaults; set: (patch: Partial<DemoFaults>) => void };
};

export function DemoPanel({ controls }: { controls: DemoControls }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [faults, setFaults] = useState(controls.faults.get);
  const update = (patch: Partial<DemoFaults>) => {
    controls.faults.set(patch);
    setFaults(controls.faults.get());
  };
  const handleReset = () => {
    if (!window.confirm(t('demo.resetConfirm'))) return;
    controls.reset();
    void queryClient.resetQueries();
    toast.show(t('demo.resetDone'), 'success');
  };
  return (
    <div className="demo-banner" role="region" aria-label={t('demo.banner')}>
      <span>{t('demo.banner')}</span>
      <button type="button" className="button-secondary" onClick={handleReset}>
        {t('demo.reset')}
      </button>
      <details className="demo-faults">
        <summary>{t('demo.faults')}</summary>
        <label>
          <input
            type="checkbox"
            checked={faults.latencyMs > 0}
            onChange={(e) => update({ latencyMs: e.target.checked ? 800 : 0 })}
          />
          {t('demo.faultLatency')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={faults.writeStatus === 500}
            onChange={(e) => update({ writeStatus: e.target.checked ? 500 : null })}
          />
          {t('demo.faultWrite500')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={faults.throttleRetryAfterSeconds !== null}
            onChange={(e) => update({ throttleRetryAfterSeconds: e.target.checked ? 3 : null })}
          />
          {t('demo.faultThrottle')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={faults.networkError === 'writes'}
            onChange={(e) => update({ networkError: e.target.checked ? 'writes' : 'none' })}
          />
          {t('demo.faultNetwork')}
        </label>
      </details>
    </div>
  );
}
