import { MICROSOFT_ORG_ID } from './api-contract';
import type { Referral } from './referral-schema';

export const REFERRAL_CATEGORIES = ['marketplace-lead', 'qualified-lead', 'co-sell'] as const;
export type ReferralCategory = (typeof REFERRAL_CATEGORIES)[number];

/** The referral category from the spec's table (section 1.5). */
export function referralCategory(
  referral: Pick<Referral, 'type' | 'qualification' | 'inviteContext'>,
): ReferralCategory {
  const invitedBy = referral.inviteContext?.invitedBy?.organizationId ?? null;
  const isFromMicrosoft = invitedBy === null || invitedBy === MICROSOFT_ORG_ID;
  if (referral.type === 'Independent' && referral.qualification === 'Direct' && isFromMicrosoft) {
    return 'marketplace-lead';
  }
  if (
    referral.type === 'Independent' &&
    (referral.qualification === 'SalesQualified' ||
      referral.qualification === 'MarketingQualified') &&
    invitedBy === MICROSOFT_ORG_ID
  ) {
    return 'qualified-lead';
  }
  return 'co-sell';
}
