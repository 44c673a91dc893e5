import * as z from 'zod/mini';
import './zod-setup';

/**
 * Zod schemas for the Partner Center Referral resource (../shared/api/REFERRALS_API.md, section 1).
 * Objects are "loose": unknown keys are kept, because the live service returns undocumented fields
 * that a PUT must send back unchanged.
 */

/** ISO-8601 UTC date-time with 0 to 7 fractional digits (offsets tolerated). */
export const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/;

export const dateTimeSchema = z.string().check(
  z.regex(ISO_DATE_TIME, {
    error: 'Expected an ISO-8601 date-time such as 2020-12-01T00:00:00Z',
  }),
);

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
  locale: z.nullish(z.string()),
  disableNotifications: z.nullish(z.boolean()),
});

export const memberSchema = z.looseObject({
  firstName: z.nullish(z.string()),
  lastName: z.nullish(z.string()),
  phoneNumber: z.nullish(z.string()),
  email: z.nullish(z.string()),
  title: z.nullish(z.string()),
  contactPreference: z.nullish(contactPreferenceSchema),
});
export type Member = z.infer<typeof memberSchema>;

export const addressSchema = z.looseObject({
  addressLine1: z.nullish(z.string()),
  addressLine2: z.nullish(z.string()),
  city: z.nullish(z.string()),
  state: z.nullish(z.string()),
  postalCode: z.nullish(z.string()),
  country: z.nullish(z.string()),
  region: z.nullish(z.string()),
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
export const customerProfileIdsSchema = z.pipe(
  z.union([
    z.array(customerProfileIdSchema),
    z.looseObject({ duns: z.nullish(z.string()), external: z.nullish(z.string()) }),
  ]),
  z.transform((ids): CustomerProfileId[] => {
    if (Array.isArray(ids)) return ids;
    const out: CustomerProfileId[] = [];
    if (ids.duns) out.push({ profileType: 'Duns', id: ids.duns });
    if (ids.external) out.push({ profileType: 'External', id: ids.external });
    return out;
  }),
);

export const customerProfileSchema = z.looseObject({
  id: z.nullish(z.string()),
  name: z.nullish(z.string()),
  address: z.nullish(addressSchema),
  size: z.nullish(z.string()),
  team: z.nullish(z.array(memberSchema)),
  ids: z.nullish(customerProfileIdsSchema),
  isMatchingComplete: z.nullish(z.boolean()),
});
export type CustomerProfile = z.infer<typeof customerProfileSchema>;

export const consentSchema = z.looseObject({
  consentToToShareInfoWithOthers: z.nullish(z.boolean()),
  consentToContact: z.nullish(z.boolean()),
  consentToShareReferralWithMicrosoftSellers: z.nullish(z.boolean()),
  consentToMicrosoftToContactSpecificPartners: z.nullish(z.boolean()),
});
export type Consent = z.infer<typeof consentSchema>;

export const tagSchema = z.looseObject({ id: z.string() });
export type Tag = z.infer<typeof tagSchema>;

export const solutionTagSchema = z.looseObject({
  id: z.string(),
  name: z.nullish(z.string()),
  type: z.nullish(z.string()),
});
export type SolutionTag = z.infer<typeof solutionTagSchema>;

export const requirementsSchema = z.looseObject({
  industries: z.nullish(z.array(tagSchema)),
  products: z.nullish(z.array(tagSchema)),
  services: z.nullish(z.array(tagSchema)),
  solutions: z.nullish(z.array(solutionTagSchema)),
});
export type Requirements = z.infer<typeof requirementsSchema>;

/** `dealValue` is a JSON number, but the service accepts numeric strings (spec 1.11, B15). */
export const dealValueSchema = z.union([
  z.number(), // zod 4 numbers are finite: Infinity and NaN are refused
  z.pipe(
    z.string().check(z.trim(), z.regex(/^-?\d+(\.\d+)?$/, { error: 'Expected a number' })),
    z.transform(Number),
  ),
]);

export const referralDetailsSchema = z.looseObject({
  notes: z.nullish(z.string()),
  dealValue: z.nullish(dealValueSchema),
  currency: z.nullish(z.string()),
  closingDateTime: z.nullish(dateTimeSchema),
  requirements: z.nullish(requirementsSchema),
  customerRequestedContact: z.nullish(z.boolean()),
  customerAction: z.nullish(z.string()),
  incentiveLevel: z.nullish(z.string()),
});
export type ReferralDetails = z.infer<typeof referralDetailsSchema>;

export const invitedBySchema = z.looseObject({
  organizationId: z.nullish(z.string()),
  organizationName: z.nullish(z.string()),
});

export const inviteContextSchema = z.looseObject({
  notes: z.nullish(z.string()),
  invitedBy: z.nullish(invitedBySchema),
  assistanceRequestCode: z.nullish(z.string()),
  invitedMpnId: z.nullish(z.string()),
});
export type InviteContext = z.infer<typeof inviteContextSchema>;

export const referralTargetSchema = z.looseObject({ type: z.string(), id: z.string() });

const linkSchema = z.looseObject({ uri: z.string(), method: z.nullish(z.string()) });
export const linksSchema = z.looseObject({
  relatedReferrals: z.nullish(linkSchema),
  self: z.nullish(linkSchema),
});

export const referralSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  engagementId: z.nullish(z.string()),
  name: z.nullish(z.string()),
  organizationId: z.nullish(z.string()),
  organizationName: z.nullish(z.string()),
  externalReferenceId: z.nullish(z.string()),
  createdDateTime: z.nullish(dateTimeSchema),
  updatedDateTime: z.nullish(dateTimeSchema),
  expirationDateTime: z.nullish(dateTimeSchema),
  acceptedDateTime: z.nullish(dateTimeSchema),
  closedDateTime: z.nullish(dateTimeSchema),
  status: referralStatusSchema,
  substatus: referralSubstatusSchema,
  statusReason: z.nullish(z.string()),
  type: z.nullish(referralTypeSchema),
  qualification: z.nullish(referralQualificationSchema),
  direction: z.nullish(referralDirectionSchema),
  referralSource: z.nullish(z.string()),
  callToAction: z.nullish(z.string()),
  customerProfile: z.nullish(customerProfileSchema),
  consent: z.nullish(consentSchema),
  details: z.nullish(referralDetailsSchema),
  team: z.nullish(z.array(memberSchema)),
  inviteContext: z.nullish(inviteContextSchema),
  target: z.nullish(z.array(referralTargetSchema)),
  eTag: z.nullish(z.string()),
  links: z.nullish(linksSchema),
});
export type Referral = z.infer<typeof referralSchema>;

export const referralListPageSchema = z.looseObject({
  '@odata.context': z.nullish(z.string()),
  '@odata.count': z.nullish(z.number()),
  '@odata.nextLink': z.nullish(z.string()),
  value: z.array(referralSchema),
});
export type ReferralListPage = z.infer<typeof referralListPageSchema>;

/** OData error envelope (spec 3.7) and the older `{code, description}` shape. */
export const odataErrorSchema = z.looseObject({
  error: z.looseObject({
    code: z.string(),
    message: z.nullish(z.string()),
    target: z.nullish(z.string()),
    innerError: z.optional(z.unknown()),
  }),
});
export const legacyErrorSchema = z.looseObject({
  code: z.union([z.string(), z.number()]),
  description: z.nullish(z.string()),
});
