import { useT } from '../components/ui/use-t';
import { stageOf, type StageId } from '../domain/status-machine';
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
  const { t } = useT('common');
  const stage = stageOf({ status, substatus });
  return stage ? (
    <StageBadgeText stage={stage} label={t(`stage.${stage}`)} />
  ) : (
    <span className="stage-badge stage-unknown" data-stage="unknown">
      {`${t(`status.${status}`)} · ${t(`substatus.${substatus}`)}`}
    </span>
  );
}

/** The badge with its words given: lists translate the stage names once, not once per row. */
export function StageBadgeText({ stage, label }: { stage: StageId; label: string }) {
  return (
    <span className={`stage-badge stage-${stage}`} data-stage={stage}>
      {label}
    </span>
  );
}
