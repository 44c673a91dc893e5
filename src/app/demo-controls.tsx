import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../components/ui/use-t';
import { useToast } from '../components/ui/toast';
import { useLocalStore } from '../shared/local-store';
import { demoUserStore } from '../shared/current-user';
import { withMessages } from '../components/ui/messages';
import { PANEL_WORDS } from './panel-words';

/** What the demo backend lets the UI control; main.tsx passes the simulator in (app never imports mocks). */
export type DemoFaults = {
  latencyMs: number;
  writeStatus: 500 | 503 | null;
  throttleRetryAfterSeconds: number | null;
  networkError: 'none' | 'writes' | 'all';
};
export type DemoControls = {
  reset: () => void;
  /** The seed's own sellers: "Signed in as" picks one, so the Mine scope has a user. */
  teamMembers?: readonly { email: string; name: string }[];
  faults: { get: () => DemoFaults; set: (patch: Partial<DemoFaults>) => void };
};

type DemoPanelProps = { controls: DemoControls };

/**
 * The demo banner with its words (the panels' chunk of words). main.tsx loads those beside the
 * demo backend, so in the app it renders at once, in place before the page below it: a banner
 * that arrived later pushed the page down under the user's pointer (docs/decisions/065).
 */
export const DemoBanner = withMessages<DemoPanelProps>('common-panels', PANEL_WORDS, DemoPanel);

export function DemoPanel({ controls }: DemoPanelProps) {
  const { t } = useT();
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
      {controls.teamMembers && controls.teamMembers.length > 0 && (
        <DemoUserChoice members={controls.teamMembers} />
      )}
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

function DemoUserChoice({ members }: { members: readonly { email: string; name: string }[] }) {
  const { t } = useT();
  const user = useLocalStore(demoUserStore);
  return (
    <label className="demo-user">
      <span>{t('demo.signedInAs')}</span>{' '}
      <select value={user ?? ''} onChange={(e) => demoUserStore.set(e.target.value || undefined)}>
        <option value="">{t('demo.nobody')}</option>
        {members.map((m) => (
          <option key={m.email} value={m.email}>
            {m.name} ({m.email})
          </option>
        ))}
      </select>
    </label>
  );
}
