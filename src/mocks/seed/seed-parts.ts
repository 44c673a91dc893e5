import type { ReferralCategory } from '../../domain/category';
import type {
  Address,
  CustomerProfile,
  Member,
  ReferralDetails,
  ReferralDirection,
  Requirements,
} from '../../domain/referral-schema';
import { mulberry32, type Rng } from './prng';
import {
  COMPANIES,
  CURRENCY_BY_COUNTRY,
  CURRENCY_SCALE,
  CUSTOMER_SIZES_USED,
  LOCALE_BY_COUNTRY,
  OWN_TEAM,
  PEOPLE_BY_COUNTRY,
  PHONE_PREFIX_BY_COUNTRY,
  type Company,
} from './seed-data';
import { DEAL_THEMES, INDUSTRIES, type DealTheme } from './seed-themes';

/**
 * Builders for the nested parts of a seeded referral. Parts that do not vary per referral
 * (addresses, contacts, requirement tags) are built once and shared, frozen, by every referral
 * that uses them: 20,000 referrals then allocate a fraction of the objects, which is what keeps
 * generation fast. Nothing mutates stored referrals; writes build new objects.
 */

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function phoneNumber(rng: Rng, country: string): string {
  // The docs show bare digits; live data has free-form numbers (spec 1.8). Keep both.
  if (country === 'US' && rng.chance(0.5)) return `${rng.int(201, 989)}555${rng.int(1000, 9999)}`;
  const prefix = PHONE_PREFIX_BY_COUNTRY[country] ?? '+1 ';
  return `${prefix}${rng.int(10, 99)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`;
}

type CompanyParts = {
  company: Company;
  addresses: readonly Address[];
  /** Contact lists to choose from: each contact alone, and both together. */
  teams: readonly (readonly Member[])[];
};

function companyParts(company: Company, rng: Rng): CompanyParts {
  const locale = LOCALE_BY_COUNTRY[company.country] ?? 'en-US';
  const contacts: Member[] = rng.sample(PEOPLE_BY_COUNTRY[company.country] ?? [], 2).map((p) => {
    const member: Member = {
      firstName: p.firstName,
      lastName: p.lastName,
      phoneNumber: phoneNumber(rng, company.country),
      email: `${p.emailLocal}@${company.domain}`,
    };
    if (rng.chance(0.7)) member.contactPreference = { locale, disableNotifications: false };
    return member;
  });
  const address: Address = {
    addressLine1: company.addressLine1,
    addressLine2: '',
    city: company.city,
    state: company.state,
    postalCode: company.postalCode,
    country: company.country,
  };
  // Live US payloads sometimes carry the state in `region` with `state: null` (spec 1.7).
  const addresses =
    company.country === 'US'
      ? [address, { ...address, state: null, region: company.state }]
      : [address];
  const teams = contacts.length > 1 ? [...contacts.map((c) => [c]), contacts] : [contacts];
  return deepFreeze({ company, addresses, teams });
}

const PARTS_RNG = mulberry32(1_2020_10_29);
const COMPANY_PARTS: readonly CompanyParts[] = COMPANIES.map((c) => companyParts(c, PARTS_RNG));

const tags = (ids: readonly string[]) => deepFreeze(ids.map((id) => ({ id })));
const THEME_TAGS = DEAL_THEMES.map((theme) => ({
  theme,
  products: tags(theme.products),
  services: tags(theme.services),
  solutions: deepFreeze(theme.solutions.map((s) => ({ ...s }))),
}));
const INDUSTRY_TAGS = INDUSTRIES.map((id) => tags([id]));

const OWN_MEMBERS: readonly Member[] = deepFreeze(
  OWN_TEAM.map((m) => ({
    contactPreference: { locale: m.locale, disableNotifications: false },
    firstName: m.firstName,
    lastName: m.lastName,
    phoneNumber: m.phoneNumber,
    email: m.email,
  })),
);

export function pickCompany(rng: Rng): CompanyParts {
  return rng.pick(COMPANY_PARTS);
}

export type ThemeParts = (typeof THEME_TAGS)[number];

export function pickTheme(rng: Rng): ThemeParts {
  return rng.pick(THEME_TAGS);
}

export function customerProfile(rng: Rng, parts: CompanyParts): CustomerProfile {
  const ids: { profileType: string; id: string }[] = [];
  if (rng.chance(0.35))
    ids.push({ profileType: 'Duns', id: String(rng.int(100000000, 999999999)) });
  if (rng.chance(0.35)) ids.push({ profileType: 'External', id: `CUST-${rng.int(1000, 9999)}` });
  return {
    name: parts.company.name,
    address: rng.chance(0.85) ? parts.addresses[0] : rng.pick(parts.addresses),
    size: rng.pick(CUSTOMER_SIZES_USED),
    team: rng.pick(parts.teams) as Member[],
    ids,
  };
}

const VALUE_STEPS = [5_000, 12_000, 25_000, 40_000, 75_000, 120_000, 250_000, 500_000, 1_200_000];

function dealValue(rng: Rng, currency: string): number {
  const base = rng.pick(VALUE_STEPS) * (0.5 + rng.next()) * (CURRENCY_SCALE[currency] ?? 1);
  if (currency === 'JPY') return Math.round(base / 1000) * 1000;
  const whole = Math.round(base / 100) * 100;
  // Some values carry cents, as in the doc's 18500.5.
  return rng.chance(0.25) ? whole + rng.int(1, 99) / 100 : whole;
}

export function details(
  rng: Rng,
  parts: CompanyParts,
  theme: ThemeParts,
  closingDateTime: string,
): ReferralDetails {
  const local = CURRENCY_BY_COUNTRY[parts.company.country] ?? 'USD';
  // Multinationals often price in US dollars wherever the customer sits.
  const currency = local !== 'USD' && rng.chance(0.1) ? 'USD' : local;
  const requirements: Requirements = {
    industries: rng.pick(INDUSTRY_TAGS),
    products: theme.products,
    services: theme.services,
    solutions: theme.solutions,
  };
  return {
    notes: theme.theme.notes,
    dealValue: dealValue(rng, currency),
    currency,
    closingDateTime,
    requirements,
  };
}

/** Our own people on the deal: none or one while New, more once someone works it. */
export function ownTeam(rng: Rng, isNew: boolean, mustInclude?: string): Member[] {
  const members = rng.sample(OWN_MEMBERS, isNew ? rng.int(0, 1) : rng.int(1, 3));
  const extra = OWN_MEMBERS.find((m) => m.email === mustInclude);
  if (extra && !members.includes(extra)) members.push(extra);
  return members;
}

export function consent(rng: Rng, direction: ReferralDirection, category: ReferralCategory) {
  const toShare = rng.chance(0.8);
  const toContact = category === 'marketplace-lead' || rng.chance(0.95);
  if (direction === 'Outgoing') {
    // `false` makes a private deal (spec 1.10).
    return {
      consentToToShareInfoWithOthers: toShare,
      consentToContact: toContact,
      consentToShareReferralWithMicrosoftSellers: rng.chance(0.75),
    };
  }
  if (rng.chance(0.5))
    return { consentToToShareInfoWithOthers: toShare, consentToContact: toContact };
  return {
    consentToToShareInfoWithOthers: toShare,
    consentToContact: toContact,
    consentToShareReferralWithMicrosoftSellers: true,
  };
}

export type { DealTheme };
