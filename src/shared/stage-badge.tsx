import { useTranslation } from 'react-i18next';
import { stageOf } from '../domain/status-machine';
import type { ReferralStatus, ReferralSubstatus } from '../domain/referral-schema';
import './stage-badge.css';

/** Colour-coded stage that is also plain text ("New · Pending"), so colour is never the only cue. */
export function StageBadge({
  status,
  substatus,
}: {
  status: ReferralStatus;
  substatus: ReferralSubstatus;
}) {
  const { t } = useTranslation('common');
  const stage = stageOf({ status, substatus });
  return (
    <span className={`stage-badge stage-${stage ?? 'unknown'}`} data-stage={stage ?? 'unknown'}>
      {stage ? t(`stage.${stage}`) : `${t(`status.${status}`)} · ${t(`substatus.${substatus}`)}`}
    </span>
  );
}
