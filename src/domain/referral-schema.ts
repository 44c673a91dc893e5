import { z } from 'zod';
import './zod-setup';

/**
 * Zod schemas for the Partner Center Referral resource (../shared/api/REFERRALS_API.md, section 1).
 * Objects are "loose": unknown keys are kept, because the live service returns undocumented fields
 * that a PUT must send back unchanged.
 */

/** ISO-8601 UTC date-time with 0 to 7 fractional digits (offsets tolerated). */
export const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/;

export const dateTimeSchema = z
  .string()
  .regex(ISO_DATE_TIME, { error: 'Expected an ISO-8601 date-time such as 2020-12-01T00:00:00Z' });

export const REFERRAL_STATUSES = ['None', 'New', 'Active', 'Closed'] as const;
export const REFERRAL_SUBSTATUSES = [
  'None',
  'Pending',
  'Received',
  'Accepted',
  'Won',
  'Lost',
  'Declined',
  'Expired',
] as const;
export const REFERRAL_TYPES = ['Independent', 'Shared'] as const;
export const REFERRAL_QUALIFICATIONS = [
  'None',
  'Direct',
  'MarketingQualified',
  'SalesQualified',
] as const;
export const REFERRAL_DIRECTIONS = ['Incoming', 'Outgoing'] as const;
export const CUSTOMER_SIZES = [
  '1to50employees',
  '51to500employees',
  'Morethan500employees',
  '1to9employees',
  '10to50employees',
  '51to250employees',
  '251to1000employees',
  '1001to5000employees',
  '5001to10000employees',
  '10001to20000employees',
  'Morethan20000employees',
] as const;
export const SOLUTION_TYPES = ['None', 'Category', 'Name'] as const;
export const TARGET_TYPES = ['None', 'BusinessProfileLocation', 'SolutionProfile'] as const;

export const referralStatusSchema = z.enum(REFERRAL_STATUSES);
export const referralSubstatusSchema = z.enum(REFERRAL_SUBSTATUSES);
export const referralTypeSchema = z.enum(REFERRAL_TYPES);
export const referralQualificationSchema = z.enum(REFERRAL_QUALIFICATIONS);
export const referralDirectionSchema = z.enum(REFERRAL_DIRECTIONS);

export type ReferralStatus = z.infer<typeof referralStatusSchema>;
export type ReferralSubstatus = z.infer<typeof referralSubstatusSchema>;
export type ReferralType = z.infer<typeof referralTypeSchema>;
export type ReferralQualification = z.infer<typeof referralQualificationSchema>;
export type ReferralDirection = z.infer<typeof referralDirectionSchema>;
export type CustomerSize = (typeof CUSTOMER_SIZES)[number];

export const contactPreferenceSchema = z.looseObject({
  locale: z.string().nullish(),
  disableNotifications: z.boolean().nullish(),
});

export const memberSchema = z.looseObject({
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  phoneNumber: z.string().nullish(),
  email: z.string().nullish(),
  title: z.string().nullish(),
  contactPreference: contactPreferenceSchema.nullish(),
});
export type Member = z.infer<typeof memberSchema>;

export const addressSchema = z.looseObject({
  addressLine1: z.string().nullish(),
  addressLine2: z.string().nullish(),
  city: z.string().nullish(),
  state: z.string().nullish(),
  postalCode: z.string().nullish(),
  country: z.string().nullish(),
  region: z.string().nullish(),
});
export type Address = z.infer<typeof addressSchema>;

export const customerProfileIdSchema = z.looseObject({
  profileType: z.string(),
  id: z.string(),
});
export type CustomerProfileId = z.infer<typeof customerProfileIdSchema>;

/**
 * `customerProfile.ids` comes in three shapes (spec 1.6): `{}`/`{duns, external}` (doc table),
 * `[]`, or the array of `{profileType, id}` the service returns today. Read all, keep the array form.
 */
export const customerProfileIdsSchema = z
  .union([
    z.array(customerProfileIdSchema),
    z.looseObject({ duns: z.string().nullish(), external: z.string().nullish() }),
  ])
  .transform((ids): CustomerProfileId[] => {
    if (Array.isArray(ids)) return ids;
    const out: CustomerProfileId[] = [];
    if (ids.duns) out.push({ profileType: 'Duns', id: ids.duns });
    if (ids.external) out.push({ profileType: 'External', id: ids.external });
    return out;
  });

export const customerProfileSchema = z.looseObject({
  id: z.string().nullish(),
  name: z.string().nullish(),
  address: addressSchema.nullish(),
  size: z.string().nullish(),
  team: z.array(memberSchema).nullish(),
  ids: customerProfileIdsSchema.nullish(),
  isMatchingComplete: z.boolean().nullish(),
});
export type CustomerProfile = z.infer<typeof customerProfileSchema>;

export const consentSchema = z.looseObject({
  consentToToShareInfoWithOthers: z.boolean().nullish(),
  consentToContact: z.boolean().nullish(),
  consentToShareReferralWithMicrosoftSellers: z.boolean().nullish(),
  consentToMicrosoftToContactSpecificPartners: z.boolean().nullish(),
});
export type Consent = z.infer<typeof consentSchema>;

export const tagSchema = z.looseObject({ id: z.string() });
export type Tag = z.infer<typeof tagSchema>;

export const solutionTagSchema = z.looseObject({
  id: z.string(),
  name: z.string().nullish(),
  type: z.string().nullish(),
});
export type SolutionTag = z.infer<typeof solutionTagSchema>;

export const requirementsSchema = z.looseObject({
  industries: z.array(tagSchema).nullish(),
  products: z.array(tagSchema).nullish(),
  services: z.array(tagSchema).nullish(),
  solutions: z.array(solutionTagSchema).nullish(),
});
export type Requirements = z.infer<typeof requirementsSchema>;

/** `dealValue` is a JSON number, but the service accepts numeric strings (spec 1.11, B15). */
export const dealValueSchema = z.union([
  z.number().finite(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, { error: 'Expected a number' })
    .transform(Number),
]);

export const referralDetailsSchema = z.looseObject({
  notes: z.string().nullish(),
  dealValue: dealValueSchema.nullish(),
  currency: z.string().nullish(),
  closingDateTime: dateTimeSchema.nullish(),
  requirements: requirementsSchema.nullish(),
  customerRequestedContact: z.boolean().nullish(),
  customerAction: z.string().nullish(),
  incentiveLevel: z.string().nullish(),
});
export type ReferralDetails = z.infer<typeof referralDetailsSchema>;

export const invitedBySchema = z.looseObject({
  organizationId: z.string().nullish(),
  organizationName: z.string().nullish(),
});

export const inviteContextSchema = z.looseObject({
  notes: z.string().nullish(),
  invitedBy: invitedBySchema.nullish(),
  assistanceRequestCode: z.string().nullish(),
  invitedMpnId: z.string().nullish(),
});
export type InviteContext = z.infer<typeof inviteContextSchema>;

export const referralTargetSchema = z.looseObject({ type: z.string(), id: z.string() });

const linkSchema = z.looseObject({ uri: z.string(), method: z.string().nullish() });
export const linksSchema = z.looseObject({
  relatedReferrals: linkSchema.nullish(),
  self: linkSchema.nullish(),
});

export const referralSchema = z.looseObject({
  id: z.string().min(1),
  engagementId: z.string().nullish(),
  name: z.string().nullish(),
  organizationId: z.string().nullish(),
  organizationName: z.string().nullish(),
  externalReferenceId: z.string().nullish(),
  createdDateTime: dateTimeSchema.nullish(),
  updatedDateTime: dateTimeSchema.nullish(),
  expirationDateTime: dateTimeSchema.nullish(),
  acceptedDateTime: dateTimeSchema.nullish(),
  closedDateTime: dateTimeSchema.nullish(),
  status: referralStatusSchema,
  substatus: referralSubstatusSchema,
  statusReason: z.string().nullish(),
  type: referralTypeSchema.nullish(),
  qualification: referralQualificationSchema.nullish(),
  direction: referralDirectionSchema.nullish(),
  referralSource: z.string().nullish(),
  callToAction: z.string().nullish(),
  customerProfile: customerProfileSchema.nullish(),
  consent: consentSchema.nullish(),
  details: referralDetailsSchema.nullish(),
  team: z.array(memberSchema).nullish(),
  inviteContext: inviteContextSchema.nullish(),
  target: z.array(referralTargetSchema).nullish(),
  eTag: z.string().nullish(),
  links: linksSchema.nullish(),
});
export type Referral = z.infer<typeof referralSchema>;

export const referralListPageSchema = z.looseObject({
  '@odata.context': z.string().nullish(),
  '@odata.count': z.number().nullish(),
  '@odata.nextLink': z.string().nullish(),
  value: z.array(referralSchema),
});
export type ReferralListPage = z.infer<typeof referralListPageSchema>;

/** OData error envelope (spec 3.7) and the older `{code, description}` shape. */
export const odataErrorSchema = z.looseObject({
  error: z.looseObject({
    code: z.string(),
    message: z.string().nullish(),
    target: z.string().nullish(),
    innerError: z.unknown().optional(),
  }),
});
export const legacyErrorSchema = z.looseObject({
  code: z.union([z.string(), z.number()]),
  description: z.string().nullish(),
});
