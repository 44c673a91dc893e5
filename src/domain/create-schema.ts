import * as z from 'zod/mini';
import './zod-setup';
import {
  consentSchema,
  customerProfileSchema,
  referralDetailsSchema,
  referralSchema,
  referralTypeSchema,
} from './referral-schema';

/**
 * What `POST /v1.0/engagements/referrals` takes (spec 3.3, B14): a referral without server fields,
 * of which `type`, `customerProfile`, `consent` and `details` are required. The simulator validates
 * create bodies with this schema; the app checks its own bodies against it before sending.
 */
export const REQUIRED_ON_CREATE = ['type', 'customerProfile', 'consent', 'details'] as const;

export const referralCreateSchema = z.extend(z.partial(referralSchema), {
  type: referralTypeSchema,
  customerProfile: customerProfileSchema,
  consent: consentSchema,
  details: referralDetailsSchema,
});
export type ReferralCreateBody = z.infer<typeof referralCreateSchema>;

/** The first required create field a body lacks (missing or null), if any. */
export function missingCreateField(
  body: Record<string, unknown>,
): (typeof REQUIRED_ON_CREATE)[number] | undefined {
  return REQUIRED_ON_CREATE.find((key) => body[key] === undefined || body[key] === null);
}

/**
 * The deal types Partner Center offers when a partner registers a deal (spec 3.3):
 * - `private`: not shared with Microsoft sellers;
 * - `partner-led`: shared with Microsoft sellers, the partner leads, no help asked;
 * - `co-sell`: shared with Microsoft sellers, with the partner's solution as `target` and the help
 *   asked for in `inviteContext`.
 */
export const DEAL_TYPES = ['private', 'partner-led', 'co-sell'] as const;
export type DealType = (typeof DEAL_TYPES)[number];

/** `inviteContext.assistanceRequestCode` values a partner may ask for (spec 1.13; `Unknown` left out). */
export const ASSISTANCE_CODES = [
  'GeneralOrOther',
  'CustomerTechnicalArchitecture',
  'ProofOfConceptOrDemo',
  'QuotesOrLicensing',
  'PostSalesCustomerSuccess',
  'WorkloadSpecificValueProposition',
] as const;
export type AssistanceCode = (typeof ASSISTANCE_CODES)[number];

/** Qualifications a partner-created deal may carry (spec 1.5: partner deals use these two). */
export const CREATE_QUALIFICATIONS = ['SalesQualified', 'None'] as const;

/** Sharing with Microsoft sellers cannot be taken back once saved. */
export const isSharedDeal = (dealType: DealType | '') =>
  dealType === 'partner-led' || dealType === 'co-sell';

/** The deal type a stored referral corresponds to (for "Duplicate as new"). */
export function dealTypeOf(referral: {
  type?: string | null;
  consent?: { consentToShareReferralWithMicrosoftSellers?: boolean | null } | null;
  target?: readonly { type: string }[] | null;
  inviteContext?: { assistanceRequestCode?: string | null } | null;
}): DealType {
  const isShared =
    referral.type === 'Shared' ||
    referral.consent?.consentToShareReferralWithMicrosoftSellers === true;
  if (!isShared) return 'private';
  const hasSolution = (referral.target ?? []).some((t) => t.type === 'SolutionProfile');
  return hasSolution || referral.inviteContext?.assistanceRequestCode ? 'co-sell' : 'partner-led';
}
