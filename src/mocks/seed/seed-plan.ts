import type { ReferralCategory } from '../../domain/category';
import type {
  ReferralDirection,
  ReferralQualification,
  ReferralType,
} from '../../domain/referral-schema';
import type { StageId } from '../../domain/status-machine';
import type { Rng } from './prng';
import { MICROSOFT_ORG, OWN_ORG, PARTNER_ORGS, type Organization } from './seed-data';

/** What each seeded referral will be: its stage, direction and category, and who sent it. */

export type Plan = {
  stage: StageId;
  direction: ReferralDirection;
  category: ReferralCategory;
  expiresInDays?: number;
  teamMember?: string;
  isShared?: boolean;
};

/**
 * The first generated referrals after the doc examples follow a fixed plan, so even a small seed
 * holds every stage, every category, both directions, soon-expiring leads and a deal the doc's
 * `team/any(t:t/email eq 'r2d2@contoso.com')` filter finds.
 */
export const COVERAGE: readonly Plan[] = [
  { stage: 'new-pending', direction: 'Incoming', category: 'marketplace-lead', expiresInDays: 1 },
  { stage: 'new-received', direction: 'Incoming', category: 'qualified-lead', expiresInDays: 2 },
  { stage: 'active-accepted', direction: 'Incoming', category: 'co-sell' },
  { stage: 'closed-won', direction: 'Outgoing', category: 'co-sell' },
  { stage: 'closed-lost', direction: 'Incoming', category: 'qualified-lead' },
  { stage: 'closed-declined', direction: 'Incoming', category: 'co-sell' },
  { stage: 'closed-expired', direction: 'Incoming', category: 'marketplace-lead' },
  { stage: 'new-pending', direction: 'Incoming', category: 'co-sell', expiresInDays: 3 },
  { stage: 'new-pending', direction: 'Incoming', category: 'qualified-lead', expiresInDays: 10 },
  {
    stage: 'active-accepted',
    direction: 'Outgoing',
    category: 'co-sell',
    isShared: true,
    teamMember: 'r2d2@contoso.com',
  },
];

const INCOMING_STAGES: readonly [StageId, number][] = [
  ['new-pending', 22],
  ['new-received', 12],
  ['active-accepted', 26],
  ['closed-won', 12],
  ['closed-lost', 10],
  ['closed-declined', 9],
  ['closed-expired', 9],
];

function weighted<T>(rng: Rng, entries: readonly [T, number][]): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.next() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

export function randomPlan(rng: Rng): Plan {
  if (rng.chance(0.3)) {
    const stage = weighted<StageId>(rng, [
      ['active-accepted', 60],
      ['closed-won', 22],
      ['closed-lost', 18],
    ]);
    return { stage, direction: 'Outgoing', category: 'co-sell' };
  }
  const category = weighted<ReferralCategory>(rng, [
    ['marketplace-lead', 30],
    ['qualified-lead', 35],
    ['co-sell', 35],
  ]);
  return { stage: weighted(rng, INCOMING_STAGES), direction: 'Incoming', category };
}

export type Origin = {
  type: ReferralType;
  qualification: ReferralQualification;
  invitedBy: Organization | null;
};

/** type, qualification and inviter that produce the category (spec 1.5 table). */
export function origin(rng: Rng, plan: Plan): Origin {
  if (plan.direction === 'Outgoing') {
    return {
      type: plan.isShared || rng.chance(0.6) ? 'Shared' : 'Independent',
      qualification: rng.chance(0.8) ? 'SalesQualified' : 'None',
      invitedBy: OWN_ORG,
    };
  }
  if (plan.category === 'marketplace-lead') {
    return {
      type: 'Independent',
      qualification: 'Direct',
      invitedBy: rng.chance(0.15) ? null : MICROSOFT_ORG,
    };
  }
  if (plan.category === 'qualified-lead') {
    const qualification = rng.chance(0.6) ? 'SalesQualified' : 'MarketingQualified';
    return { type: 'Independent', qualification, invitedBy: MICROSOFT_ORG };
  }
  // Incoming co-sell: from another partner, or a shared opportunity from a Microsoft seller.
  if (rng.chance(0.3))
    return { type: 'Shared', qualification: 'SalesQualified', invitedBy: MICROSOFT_ORG };
  return {
    type: rng.chance(0.5) ? 'Shared' : 'Independent',
    qualification: rng.chance(0.7) ? 'SalesQualified' : 'None',
    invitedBy: rng.pick(PARTNER_ORGS),
  };
}
