import { MICROSOFT_ORG_ID, PARTNER_REFERRALS_URL } from '../../domain/api-contract';
import type { Referral, ReferralDirection, ReferralType } from '../../domain/referral-schema';
import { stagePair, type StageId } from '../../domain/status-machine';
import { hash32, mulberry32, seededGuid, type Rng } from './prng';
import { DOC_EXAMPLE_COUNT, rebasedDocExample } from './seed-docs';
import { OWN_ORG } from './seed-data';
import {
  consent,
  customerProfile,
  deepFreeze,
  details,
  ownTeam,
  pickCompany,
  pickTheme,
} from './seed-parts';
import { COVERAGE, origin, randomPlan } from './seed-plan';
import { buildTimeline } from './seed-timeline';
import {
  ASSISTANCE_CODES,
  DECLINED_REASONS,
  EXPIRED_REASON,
  INVITE_NOTES_MICROSOFT,
  INVITE_NOTES_PARTNER,
  LOST_REASONS,
  WON_REASONS,
} from './seed-themes';
import { formatETag, referralLinks } from '../rules/server-values';

export type SeedOptions = { seed: number; size: number; now: Date };

export const DEFAULT_SEED = 20201029;

/** The location id our incoming referrals are addressed to (as in the doc examples). */
const OWN_LOCATION_ID = '01e2abcd-52b0-4af3-a3ae-1fd1530b3563';

// Shared by every referral that uses them, so frozen (see seed-parts.ts).
const INCOMING_TARGET = deepFreeze([{ type: 'BusinessProfileLocation', id: OWN_LOCATION_ID }]);
const SHARED_TARGETS = deepFreeze([
  [{ type: 'SolutionProfile', id: 'SOL-34104-EBB' }],
  [{ type: 'BusinessProfileLocation', id: MICROSOFT_ORG_ID }],
]);

function targetOf(rng: Rng, direction: ReferralDirection, type: ReferralType) {
  if (direction === 'Incoming') return INCOMING_TARGET;
  return type === 'Shared' ? rng.pick(SHARED_TARGETS) : [];
}

function statusReason(rng: Rng, stage: StageId): string {
  if (stage === 'closed-won') return rng.pick(WON_REASONS);
  if (stage === 'closed-lost') return rng.pick(LOST_REASONS);
  if (stage === 'closed-declined') return rng.pick(DECLINED_REASONS);
  if (stage === 'closed-expired') return EXPIRED_REASON;
  return '';
}

function generateReferral(seed: number, index: number, nowMs: number): Referral {
  const rng = mulberry32(hash32(`${seed}:${index}`));
  const plan = COVERAGE[index - DOC_EXAMPLE_COUNT] ?? randomPlan(rng);
  const id = seededGuid(rng);
  const engagementId = seededGuid(rng);
  const company = pickCompany(rng);
  const theme = pickTheme(rng);
  const from = origin(rng, plan);
  const times = buildTimeline(plan, rng, nowMs);
  const pair = stagePair(plan.stage);
  const isIncoming = plan.direction === 'Incoming';
  const isNew = plan.stage.startsWith('new-');
  const invitedByMicrosoft = from.invitedBy?.id === MICROSOFT_ORG_ID;
  const fromMicrosoft = invitedByMicrosoft || !from.invitedBy;
  const invitedBy = from.invitedBy
    ? { organizationId: from.invitedBy.id, organizationName: from.invitedBy.name }
    : null;
  const inviteContext: Referral['inviteContext'] = {
    notes: isIncoming
      ? rng.pick(fromMicrosoft ? INVITE_NOTES_MICROSOFT : INVITE_NOTES_PARTNER)
      : '',
    invitedBy,
  };
  if (isIncoming && !fromMicrosoft)
    inviteContext.assistanceRequestCode = rng.pick(ASSISTANCE_CODES);
  // Plain property order as in the doc examples; no spreads, which are slow at 20,000 objects.
  const referral: Referral = {
    id,
    engagementId,
    organizationId: OWN_ORG.id,
    organizationName: OWN_ORG.name,
    name: `${company.company.name} - ${theme.theme.title}`,
    externalReferenceId: rng.chance(0.5) ? `CRM-OPP-${rng.int(1000, 99999)}` : rng.pick([null, '']),
    createdDateTime: times.createdDateTime,
    updatedDateTime: times.updatedDateTime,
    expirationDateTime: times.expirationDateTime,
    status: pair.status,
    substatus: pair.substatus,
    statusReason: statusReason(rng, plan.stage),
    qualification: from.qualification,
    type: from.type,
    direction: plan.direction,
    referralSource: null,
    callToAction: null,
    target: targetOf(rng, plan.direction, from.type),
    customerProfile: customerProfile(rng, company),
    consent: consent(rng, plan.direction, plan.category),
    details: details(rng, company, theme, times.closingDateTime),
    team: ownTeam(rng, isNew, plan.teamMember),
    inviteContext,
    eTag: formatETag(rng.hex(8), Date.parse(times.updatedDateTime)),
    links: referralLinks(PARTNER_REFERRALS_URL, id, engagementId),
  };
  if (times.acceptedDateTime) referral.acceptedDateTime = times.acceptedDateTime;
  if (times.closedDateTime) referral.closedDateTime = times.closedDateTime;
  // Undocumented live fields the client must keep on PUT (B21).
  if (rng.chance(0.3)) referral.favorite = rng.chance(0.3);
  if (plan.stage === 'active-accepted' && rng.chance(0.4)) {
    referral.salesStage = rng.pick(['Qualify', 'Develop', 'Propose', 'Close']);
  }
  if (from.qualification === 'SalesQualified' && invitedByMicrosoft && rng.chance(0.3)) {
    referral.trackingInfo = {
      microsoftMsxId: `7-${rng.hex(10).toUpperCase()}`,
      migratedPSCDealId: null,
    };
  }
  return referral;
}

/**
 * A deterministic demo pipeline: the same (seed, size, now) always gives the same referrals, and
 * referral i does not depend on `size`. The five doc examples come first, with their ids.
 */
export function generateReferrals({ seed, size, now }: SeedOptions): Referral[] {
  const nowMs = now.getTime();
  const referrals: Referral[] = new Array<Referral>(Math.max(0, size));
  for (let i = 0; i < size; i += 1) {
    referrals[i] =
      i < DOC_EXAMPLE_COUNT ? rebasedDocExample(i, nowMs) : generateReferral(seed, i, nowMs);
  }
  return referrals;
}
