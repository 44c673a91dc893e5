import { changedFields, changesFor, isSameValue } from '../../domain/merge';
import type { ReferralChanges } from '../../domain/put-body';
import type {
  Member,
  Referral,
  ReferralStatus,
  ReferralSubstatus,
  SolutionTag,
  Tag,
} from '../../domain/referral-schema';

/**
 * The form's values and their mapping to and from a referral. Pure: the form keeps strings (what
 * inputs hold); the referral keeps the server's shapes. Unknown keys of the saved copy survive
 * because values are laid over it, and a field counts as changed only when its meaning changed
 * (`null`, `""` and `[]` are the same empty value; the same day is the same closing date).
 */

export type MemberValues = {
  /** The member as saved, so keys the form does not show (title, contactPreference…) survive. */
  origin: Record<string, unknown> | null;
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber: string;
};

/** A person added in the form: nothing from Partner Center to keep. */
export const emptyMember = (): MemberValues => ({
  origin: null,
  firstName: '',
  lastName: '',
  email: '',
  phoneNumber: '',
});

export const CHIP_FIELDS = ['industries', 'products', 'services', 'solutions'] as const;
export type ChipField = (typeof CHIP_FIELDS)[number];

export const ADDRESS_FIELDS = [
  'addressLine1',
  'addressLine2',
  'city',
  'state',
  'postalCode',
  'country',
] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];

export const CONSENT_FIELDS = [
  'consentToToShareInfoWithOthers',
  'consentToContact',
  'consentToShareReferralWithMicrosoftSellers',
  'consentToMicrosoftToContactSpecificPartners',
] as const;
export type ConsentField = (typeof CONSENT_FIELDS)[number];

export type FormValues = {
  name: string;
  externalReferenceId: string;
  status: ReferralStatus;
  substatus: ReferralSubstatus;
  statusReason: string;
  /** The text of a number input: "" when empty. */
  dealValue: string;
  currency: string;
  /** yyyy-mm-dd (a date input), "" when empty. */
  closingDate: string;
  notes: string;
  industries: string[];
  products: string[];
  services: string[];
  solutions: string[];
  customerName: string;
  customerSize: string;
  address: Record<AddressField, string>;
  contacts: MemberValues[];
  consent: Record<ConsentField, boolean>;
  team: MemberValues[];
};

const text = (value: string | null | undefined) => value ?? '';

/** The UTC day of an ISO date-time, as a date input holds it. */
export function toDateInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

function toMemberValues(member: Member): MemberValues {
  return {
    origin: { ...member },
    firstName: text(member.firstName),
    lastName: text(member.lastName),
    email: text(member.email),
    phoneNumber: text(member.phoneNumber),
  };
}

export function toFormValues(referral: Referral): FormValues {
  const details = referral.details;
  const requirements = details?.requirements;
  const customer = referral.customerProfile;
  const address = customer?.address;
  return {
    name: text(referral.name),
    externalReferenceId: text(referral.externalReferenceId),
    status: referral.status,
    substatus: referral.substatus,
    statusReason: text(referral.statusReason),
    dealValue:
      details?.dealValue === null || details?.dealValue === undefined
        ? ''
        : String(details.dealValue),
    currency: text(details?.currency),
    closingDate: toDateInput(details?.closingDateTime),
    notes: text(details?.notes),
    industries: (requirements?.industries ?? []).map((tag) => tag.id),
    products: (requirements?.products ?? []).map((tag) => tag.id),
    services: (requirements?.services ?? []).map((tag) => tag.id),
    solutions: (requirements?.solutions ?? []).map((tag) => tag.id),
    customerName: text(customer?.name),
    customerSize: text(customer?.size),
    address: Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, text(address?.[f])])) as Record<
      AddressField,
      string
    >,
    contacts: (customer?.team ?? []).map(toMemberValues),
    consent: Object.fromEntries(
      CONSENT_FIELDS.map((f) => [f, referral.consent?.[f] === true]),
    ) as Record<ConsentField, boolean>,
    team: (referral.team ?? []).map(toMemberValues),
  };
}

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/** The saved value when the new one means the same; otherwise the new one. */
function keep<T>(saved: T, next: unknown): T {
  return isSameValue(saved, next) || (isEmpty(saved) && isEmpty(next)) ? saved : (next as T);
}

/** A cleared optional text becomes null, as the service writes unset strings. */
const orNull = (value: string) => (value.trim() === '' ? null : value);

/** Trimmed text; the saved value when only surrounding spaces differ. Empty becomes `empty`. */
function keepTrimmed<T extends string | null | undefined>(
  saved: T,
  value: string,
  empty: '' | null = null,
): T | string | null {
  const trimmed = value.trim();
  if ((saved ?? '').trim() === trimmed) return saved;
  return trimmed === '' ? empty : trimmed;
}

function keepBoolean(saved: boolean | null | undefined, next: boolean) {
  return (saved === null || saved === undefined) && !next ? saved : next;
}

function toTags(saved: readonly Tag[] | null | undefined, ids: readonly string[]): Tag[] {
  return ids.map((id) => saved?.find((tag) => tag.id === id) ?? { id });
}

function toSolutions(
  saved: readonly SolutionTag[] | null | undefined,
  ids: readonly string[],
): SolutionTag[] {
  return ids.map((id) => saved?.find((tag) => tag.id === id) ?? { id, name: id });
}

function toMember(values: MemberValues): Member {
  const origin = (values.origin ?? {}) as Member;
  return {
    ...origin,
    firstName: keepTrimmed(origin.firstName, values.firstName),
    lastName: keepTrimmed(origin.lastName, values.lastName),
    email: keepTrimmed(origin.email, values.email),
    phoneNumber: keepTrimmed(origin.phoneNumber, values.phoneNumber),
  };
}

function toDealValue(value: string): number | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : Number(trimmed);
}

function toClosingDateTime(saved: string | null | undefined, day: string): string | null {
  if (day === toDateInput(saved)) return saved ?? null;
  return day ? `${day}T00:00:00Z` : null;
}

/** The saved copy with the form's values laid over it (every key the form does not own kept). */
export function toReferral(saved: Referral, values: FormValues): Referral {
  const details = saved.details ?? {};
  const requirements = details.requirements ?? {};
  const customer = saved.customerProfile ?? {};
  const address = customer.address ?? {};
  const consent = saved.consent ?? {};
  const currency = values.currency.trim();
  return {
    ...saved,
    name: keepTrimmed(saved.name, values.name, ''),
    externalReferenceId: keepTrimmed(saved.externalReferenceId, values.externalReferenceId),
    status: values.status,
    substatus: values.substatus,
    statusReason: keepTrimmed(saved.statusReason, values.statusReason),
    details: {
      ...details,
      dealValue: keep(details.dealValue, toDealValue(values.dealValue)),
      currency:
        currency.toUpperCase() === (details.currency ?? '').toUpperCase()
          ? details.currency
          : currency.toUpperCase(),
      closingDateTime: toClosingDateTime(details.closingDateTime, values.closingDate),
      notes: keepTrimmed(details.notes, values.notes),
      requirements: {
        ...requirements,
        industries: keep(
          requirements.industries,
          toTags(requirements.industries, values.industries),
        ),
        products: keep(requirements.products, toTags(requirements.products, values.products)),
        services: keep(requirements.services, toTags(requirements.services, values.services)),
        solutions: keep(
          requirements.solutions,
          toSolutions(requirements.solutions, values.solutions),
        ),
      },
    },
    customerProfile: {
      ...customer,
      name: keepTrimmed(customer.name, values.customerName, ''),
      size: keep(customer.size, orNull(values.customerSize)),
      address: {
        ...address,
        ...Object.fromEntries(
          ADDRESS_FIELDS.map((f) => [f, keepTrimmed(address[f], values.address[f])]),
        ),
      },
      team: keep(customer.team, values.contacts.map(toMember)),
    },
    consent: {
      ...consent,
      ...Object.fromEntries(
        CONSENT_FIELDS.map((f) => [f, keepBoolean(consent[f], values.consent[f])]),
      ),
    },
    team: keep(saved.team, values.team.map(toMember)),
  };
}

/** Only what the user changed against `base`, as a deep partial for the PUT. */
export function toChanges(base: Referral, values: FormValues): ReferralChanges {
  const next = toReferral(base, values);
  return changesFor(next, changedFields(base, next));
}

export function hasChanges(changes: ReferralChanges): boolean {
  return Object.keys(changes).length > 0;
}
