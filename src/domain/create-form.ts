import * as z from 'zod/mini';
import './zod-setup';
import { MICROSOFT_ORG_ID } from './api-contract';
import {
  ASSISTANCE_CODES,
  CREATE_QUALIFICATIONS,
  DEAL_TYPES,
  dealTypeOf,
  isSharedDeal,
  type DealType,
  type ReferralCreateBody,
} from './create-schema';
import { dealValueProblem } from './amount';
import { isCountryCode } from './countries';
import { CUSTOMER_SIZES, type Member, type Referral } from './referral-schema';

/**
 * The "New referral" form: its values (what inputs hold: strings and booleans), its rules, and the
 * create body built from them. Pure. Messages are keys under `errors` in the view's namespace.
 */

export type ContactValues = {
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber: string;
};

export const CREATE_ADDRESS_FIELDS = [
  'addressLine1',
  'addressLine2',
  'city',
  'state',
  'postalCode',
  'country',
] as const;
export type CreateAddressField = (typeof CREATE_ADDRESS_FIELDS)[number];

/** Consent the rep records for the customer; sharing with Microsoft follows from the deal type. */
export const CREATE_CONSENT_FIELDS = [
  'consentToContact',
  'consentToToShareInfoWithOthers',
] as const;
export type CreateConsentField = (typeof CREATE_CONSENT_FIELDS)[number];

export const CREATE_CHIP_FIELDS = ['industries', 'products', 'services', 'solutions'] as const;
export type CreateChipField = (typeof CREATE_CHIP_FIELDS)[number];

export type CreateFormValues = {
  dealType: DealType | '';
  qualification: (typeof CREATE_QUALIFICATIONS)[number];
  /** Co-sell only: the partner's solution profile id (`target`). */
  solutionProfileId: string;
  /** Co-sell only: the help asked of Microsoft. */
  assistanceCode: string;
  assistanceNotes: string;
  /** Shared deals only: Microsoft may contact specific partners about it. */
  allowMicrosoftToContactPartners: boolean;
  /** Shared deals only: the rep confirms that sharing cannot be undone. */
  acknowledgeSharing: boolean;
  name: string;
  externalReferenceId: string;
  dealValue: string;
  currency: string;
  /** yyyy-mm-dd from a date input. */
  closingDate: string;
  notes: string;
  industries: string[];
  products: string[];
  services: string[];
  solutions: string[];
  customerName: string;
  customerSize: string;
  address: Record<CreateAddressField, string>;
  duns: string;
  externalCustomerId: string;
  contacts: ContactValues[];
  consent: Record<CreateConsentField, boolean>;
  team: ContactValues[];
};

export const emptyContact = (): ContactValues => ({
  firstName: '',
  lastName: '',
  email: '',
  phoneNumber: '',
});

export function emptyCreateValues(): CreateFormValues {
  return {
    dealType: '',
    qualification: 'SalesQualified',
    solutionProfileId: '',
    assistanceCode: '',
    assistanceNotes: '',
    allowMicrosoftToContactPartners: false,
    acknowledgeSharing: false,
    name: '',
    externalReferenceId: '',
    dealValue: '',
    currency: 'USD',
    closingDate: '',
    notes: '',
    industries: [],
    products: [],
    services: [],
    solutions: [],
    customerName: '',
    customerSize: '',
    address: {
      addressLine1: '',
      addressLine2: '',
      city: '',
      state: '',
      postalCode: '',
      country: '',
    },
    duns: '',
    externalCustomerId: '',
    contacts: [],
    consent: { consentToContact: false, consentToToShareInfoWithOthers: false },
    team: [],
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const CURRENCY_CODE = /^[A-Z]{3}$/;

export function isValidDay(day: string): boolean {
  if (!DAY.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

const text = (max: number) => z.string().check(z.maxLength(max, 'tooLong'));
const required = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(max, 'tooLong'));

const contactSchema = z
  .object({
    firstName: text(100),
    lastName: text(100),
    email: z.string().check(z.trim(), z.maxLength(254, 'tooLong')),
    phoneNumber: text(50),
  })
  .check(
    z.superRefine((member, ctx) => {
      if (member.email && !EMAIL.test(member.email))
        ctx.addIssue({ code: 'custom', path: ['email'], message: 'email' });
      if (!member.email && !member.firstName.trim() && !member.lastName.trim())
        ctx.addIssue({ code: 'custom', path: ['email'], message: 'memberEmpty' });
    }),
  );

const chips = z
  .array(z.string().check(z.trim(), z.minLength(1, 'required')))
  .check(z.maxLength(50, 'tooMany'));

/** The form's rules: the API's required objects, plus what a rep must say for a usable deal. */
export const createFormSchema = z
  .object({
    dealType: z.union([z.enum(DEAL_TYPES), z.literal('')]),
    qualification: z.enum(CREATE_QUALIFICATIONS),
    solutionProfileId: text(100),
    assistanceCode: z.string(),
    assistanceNotes: text(1000),
    allowMicrosoftToContactPartners: z.boolean(),
    acknowledgeSharing: z.boolean(),
    name: required(250),
    externalReferenceId: text(100),
    dealValue: z.string(),
    currency: z.string(),
    closingDate: z.string(),
    notes: text(4000),
    industries: chips,
    products: chips,
    services: chips,
    solutions: chips,
    customerName: required(250),
    customerSize: z.string(),
    address: z.object({
      addressLine1: text(200),
      addressLine2: text(200),
      city: text(200),
      state: text(200),
      postalCode: text(50),
      country: z.string(),
    }),
    duns: text(50),
    externalCustomerId: text(100),
    contacts: z.array(contactSchema).check(z.maxLength(50, 'tooMany')),
    consent: z.object({
      consentToContact: z.boolean(),
      consentToToShareInfoWithOthers: z.boolean(),
    }),
    team: z.array(contactSchema).check(z.maxLength(50, 'tooMany')),
  })
  .check(
    z.superRefine((values, ctx) => {
      const issue = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message });
      if (values.dealType === '') issue(['dealType'], 'dealType');
      if (values.dealType === 'co-sell') {
        if (!values.solutionProfileId.trim()) issue(['solutionProfileId'], 'solutionRequired');
        if (!(ASSISTANCE_CODES as readonly string[]).includes(values.assistanceCode))
          issue(['assistanceCode'], 'assistanceRequired');
      }
      if (isSharedDeal(values.dealType) && !values.acknowledgeSharing)
        issue(['acknowledgeSharing'], 'acknowledgeSharing');

      const deal = dealValueProblem(values.dealValue);
      if (deal) issue(['dealValue'], deal);
      if (!CURRENCY_CODE.test(values.currency.trim().toUpperCase()))
        issue(['currency'], 'currency');
      if (values.closingDate === '') issue(['closingDate'], 'dateRequired');
      else if (!isValidDay(values.closingDate)) issue(['closingDate'], 'date');

      if (!isCountryCode(values.address.country.trim().toUpperCase()))
        issue(['address', 'country'], 'country');
      const size = values.customerSize;
      if (size !== '' && !(CUSTOMER_SIZES as readonly string[]).includes(size))
        issue(['customerSize'], 'customerSize');
    }),
  );

/** Trimmed text, or undefined when empty: only what the user set goes into the body. */
const set = (value: string): string | undefined => {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

/** The object without undefined values; undefined when nothing is left. */
function defined<T extends Record<string, unknown>>(object: T): Partial<T> | undefined {
  const out = Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
  return Object.keys(out).length > 0 ? (out as Partial<T>) : undefined;
}

const toMember = (values: ContactValues): Member =>
  defined({
    firstName: set(values.firstName),
    lastName: set(values.lastName),
    email: set(values.email),
    phoneNumber: set(values.phoneNumber),
  }) ?? {};

const tags = (ids: readonly string[]) =>
  ids.length ? ids.map((id) => ({ id: id.trim() })) : undefined;

/**
 * The body of the create POST: only fields the user set, never a server field (id, eTag, status,
 * dates, links…), the deal value as a number, the closing date as an ISO UTC date-time.
 * Call with values that passed `createFormSchema`.
 */
export function buildCreateBody(values: CreateFormValues): ReferralCreateBody {
  const dealType = values.dealType === '' ? 'private' : values.dealType;
  const isShared = isSharedDeal(dealType);
  const requirements = defined({
    industries: tags(values.industries),
    products: tags(values.products),
    services: tags(values.services),
    solutions: values.solutions.length
      ? values.solutions.map((id) => ({ id: id.trim(), name: id.trim(), type: 'Category' }))
      : undefined,
  });
  const ids = [
    ...(set(values.duns) ? [{ profileType: 'Duns', id: values.duns.trim() }] : []),
    ...(set(values.externalCustomerId)
      ? [{ profileType: 'External', id: values.externalCustomerId.trim() }]
      : []),
  ];
  const address = defined({
    ...Object.fromEntries(CREATE_ADDRESS_FIELDS.map((f) => [f, set(values.address[f])])),
    country: set(values.address.country)?.toUpperCase(),
  });
  const body: ReferralCreateBody = {
    type: isShared ? 'Shared' : 'Independent',
    qualification: values.qualification,
    customerProfile: {
      name: values.customerName.trim(),
      ...(address ? { address } : {}),
      ...(set(values.customerSize) ? { size: values.customerSize } : {}),
      ...(ids.length ? { ids } : {}),
      ...(values.contacts.length ? { team: values.contacts.map(toMember) } : {}),
    },
    consent: {
      consentToContact: values.consent.consentToContact,
      consentToToShareInfoWithOthers: values.consent.consentToToShareInfoWithOthers,
      consentToShareReferralWithMicrosoftSellers: isShared,
      ...(isShared
        ? { consentToMicrosoftToContactSpecificPartners: values.allowMicrosoftToContactPartners }
        : {}),
    },
    details: {
      dealValue: Number(values.dealValue.trim()),
      currency: values.currency.trim().toUpperCase(),
      closingDateTime: `${values.closingDate}T00:00:00Z`,
      ...(set(values.notes) ? { notes: values.notes.trim() } : {}),
      ...(requirements ? { requirements } : {}),
    },
  };
  const name = set(values.name);
  if (name) body.name = name;
  const externalReferenceId = set(values.externalReferenceId);
  if (externalReferenceId) body.externalReferenceId = externalReferenceId;
  if (values.team.length) body.team = values.team.map(toMember);
  if (dealType === 'co-sell') {
    body.target = [{ type: 'SolutionProfile', id: values.solutionProfileId.trim() }];
    body.inviteContext = {
      assistanceRequestCode: values.assistanceCode,
      ...(set(values.assistanceNotes) ? { notes: values.assistanceNotes.trim() } : {}),
    };
  }
  return body;
}

const str = (value: string | null | undefined) => value ?? '';
const toContact = (member: Member): ContactValues => ({
  firstName: str(member.firstName),
  lastName: str(member.lastName),
  email: str(member.email),
  phoneNumber: str(member.phoneNumber),
});

/**
 * "Duplicate as new": the customer and the deal of an existing referral as a new form. Server fields
 * (id, eTag, status, dates, links, organisation…), the CRM id, the team and the sharing
 * confirmation are not carried over.
 */
export function createValuesFrom(referral: Referral): CreateFormValues {
  const empty = emptyCreateValues();
  const customer = referral.customerProfile;
  const details = referral.details;
  const requirements = details?.requirements;
  const dealType = dealTypeOf(referral);
  const solution = (referral.target ?? []).find((t) => t.type === 'SolutionProfile');
  const assistance = referral.inviteContext?.assistanceRequestCode ?? '';
  const invitedByMicrosoft = referral.inviteContext?.invitedBy?.organizationId === MICROSOFT_ORG_ID;
  const idOf = (type: string) =>
    (customer?.ids ?? []).find((id) => id.profileType.toLowerCase() === type)?.id ?? '';
  const closing = details?.closingDateTime ? new Date(details.closingDateTime) : undefined;
  return {
    ...empty,
    dealType,
    qualification: referral.qualification === 'None' ? 'None' : 'SalesQualified',
    solutionProfileId: dealType === 'co-sell' ? str(solution?.id) : '',
    assistanceCode:
      dealType === 'co-sell' && (ASSISTANCE_CODES as readonly string[]).includes(assistance)
        ? assistance
        : '',
    assistanceNotes:
      dealType === 'co-sell' && !invitedByMicrosoft ? str(referral.inviteContext?.notes) : '',
    allowMicrosoftToContactPartners:
      referral.consent?.consentToMicrosoftToContactSpecificPartners === true,
    name: str(referral.name),
    dealValue:
      details?.dealValue === null || details?.dealValue === undefined
        ? ''
        : String(details.dealValue),
    currency: str(details?.currency) || empty.currency,
    closingDate:
      closing && !Number.isNaN(closing.getTime()) ? closing.toISOString().slice(0, 10) : '',
    notes: str(details?.notes),
    industries: (requirements?.industries ?? []).map((t) => t.id),
    products: (requirements?.products ?? []).map((t) => t.id),
    services: (requirements?.services ?? []).map((t) => t.id),
    solutions: (requirements?.solutions ?? []).map((t) => t.id),
    customerName: str(customer?.name),
    customerSize: str(customer?.size),
    address: Object.fromEntries(
      CREATE_ADDRESS_FIELDS.map((f) => [f, str(customer?.address?.[f])]),
    ) as Record<CreateAddressField, string>,
    duns: idOf('duns'),
    externalCustomerId: idOf('external'),
    contacts: (customer?.team ?? []).map(toContact),
    consent: {
      consentToContact: referral.consent?.consentToContact === true,
      consentToToShareInfoWithOthers: referral.consent?.consentToToShareInfoWithOthers === true,
    },
  };
}
