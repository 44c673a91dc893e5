import {
  referralCategory,
  REFERRAL_CATEGORIES,
  type ReferralCategory,
} from '../../domain/category';
import type {
  Referral,
  ReferralDirection,
  ReferralQualification,
  ReferralStatus,
  ReferralSubstatus,
  ReferralType,
} from '../../domain/referral-schema';
import { STAGE_IDS, stageOfReferral, type StageId } from '../../domain/status-machine';
import {
  hasChosenFilter,
  matchesNarrowing,
  referralSearchText,
} from '../../shared/referral-filter';
import type { ListFilters, Sort, SortKey } from './list-params';

/** One referral as the list shows, sorts, filters and searches it; built once per referral object. */
export type ListRow = {
  id: string;
  referral: Referral;
  name: string;
  customerName: string;
  city: string;
  country: string;
  status: ReferralStatus;
  substatus: ReferralSubstatus;
  stage: StageId | undefined;
  dealValue: number | null;
  /** Upper-case ISO code, or '' when the referral has none. */
  currency: string;
  closingIso: string | null;
  closingAt: number | null;
  /** Only New referrals count down to their expiry; for others it is null. */
  expiresIso: string | null;
  expiresAt: number | null;
  direction: ReferralDirection | null;
  type: ReferralType | null;
  qualification: ReferralQualification | null;
  category: ReferralCategory;
  updatedIso: string | null;
  updatedAt: number | null;
  /** Folded text of name, customer and customer contacts, one field per line (built when read). */
  readonly searchText: string;
};

function timestamp(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const at = Date.parse(iso);
  return Number.isNaN(at) ? null : at;
}

/**
 * A row as a class: its search text is a getter on the prototype. Built as an object literal with
 * its own getter, each of 10,000 rows carried a closure and an accessor of its own and was made
 * and read on V8's slow path: 60–80 ms of a return visit's first render of a restored list
 * (docs/decisions/063); as a class, a few ms.
 */
class Row implements ListRow {
  readonly id: string;
  readonly referral: Referral;
  readonly name: string;
  readonly customerName: string;
  readonly city: string;
  readonly country: string;
  readonly status: ReferralStatus;
  readonly substatus: ReferralSubstatus;
  readonly stage: StageId | undefined;
  readonly dealValue: number | null;
  readonly currency: string;
  readonly closingIso: string | null;
  readonly closingAt: number | null;
  readonly expiresIso: string | null;
  readonly expiresAt: number | null;
  readonly direction: ReferralDirection | null;
  readonly type: ReferralType | null;
  readonly qualification: ReferralQualification | null;
  readonly category: ReferralCategory;
  readonly updatedIso: string | null;
  readonly updatedAt: number | null;
  private readonly locale: string;

  constructor(referral: Referral, locale: string) {
    const customer = referral.customerProfile;
    const dealValue = referral.details?.dealValue;
    const expiresIso = referral.status === 'New' ? (referral.expirationDateTime ?? null) : null;
    this.id = referral.id;
    this.referral = referral;
    this.locale = locale;
    this.name = referral.name ?? '';
    this.customerName = customer?.name ?? '';
    this.city = customer?.address?.city ?? '';
    this.country = customer?.address?.country ?? '';
    this.status = referral.status;
    this.substatus = referral.substatus;
    this.stage = stageOfReferral(referral);
    this.dealValue = typeof dealValue === 'number' && Number.isFinite(dealValue) ? dealValue : null;
    this.currency = (referral.details?.currency ?? '').trim().toUpperCase();
    this.closingIso = referral.details?.closingDateTime ?? null;
    this.closingAt = timestamp(referral.details?.closingDateTime);
    this.expiresIso = expiresIso;
    this.expiresAt = timestamp(expiresIso);
    this.direction = referral.direction ?? null;
    this.type = referral.type ?? null;
    this.qualification = referral.qualification ?? null;
    this.category = referralCategory(referral);
    this.updatedIso = referral.updatedDateTime ?? null;
    this.updatedAt = timestamp(referral.updatedDateTime);
  }

  // Folded on the first search (and kept per referral by referralSearchText), not for every row
  // of every load: 80 ms of a 10,000-row restore.
  get searchText(): string {
    return referralSearchText(this.referral, this.locale);
  }
}

/**
 * Rows are cached per referral object: the list grows page by page and a save replaces one object,
 * so each arriving page or edit builds only the rows that are new.
 */
const rowCaches = new Map<string, WeakMap<Referral, ListRow>>();

export function toListRows(referrals: readonly Referral[], locale: string): ListRow[] {
  let cache = rowCaches.get(locale);
  if (!cache) {
    cache = new WeakMap();
    rowCaches.set(locale, cache);
  }
  return referrals.map((referral) => {
    let row = cache.get(referral);
    if (!row) {
      row = new Row(referral, locale);
      cache.set(referral, row);
    }
    return row;
  });
}

export function matchesFilters(row: ListRow, filters: ListFilters): boolean {
  if (filters.stages.length && !(row.stage && filters.stages.includes(row.stage))) return false;
  if (filters.directions.length && !(row.direction && filters.directions.includes(row.direction)))
    return false;
  if (filters.types.length && !(row.type && filters.types.includes(row.type))) return false;
  if (
    filters.qualifications.length &&
    !(row.qualification && filters.qualifications.includes(row.qualification))
  )
    return false;
  if (filters.currencies.length && !filters.currencies.includes(row.currency)) return false;
  return true;
}

export function matchesSearch(row: ListRow, terms: readonly string[]): boolean {
  for (const term of terms) if (!row.searchText.includes(term)) return false;
  return true;
}

const noReasonGroups = () => 'other';

/** Rows that pass the filters and contain every search term, in the order given. */
export function filterRows(
  rows: readonly ListRow[],
  filters: ListFilters,
  terms: readonly string[],
  reasonGroup: (statusReason: string) => string = noReasonGroups,
): ListRow[] {
  // Nothing chosen (the usual first render): every row, without a pass of checks that all pass.
  if (terms.length === 0 && !hasChosenFilter(filters)) return rows.slice();
  return rows.filter(
    (row) =>
      matchesFilters(row, filters) &&
      matchesSearch(row, terms) &&
      matchesNarrowing(row.referral, filters, reasonGroup),
  );
}

const STAGE_ORDER = new Map(STAGE_IDS.map((id, index) => [id, index]));
const CATEGORY_ORDER = new Map(REFERRAL_CATEGORIES.map((id, index) => [id, index]));
const DIRECTION_ORDER: Readonly<Record<ReferralDirection, number>> = { Incoming: 0, Outgoing: 1 };

type Value = number | string | null;

const collators = new Map<string, Intl.Collator>();

function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

/** The value a column sorts by; null (no value) always sorts last, whatever the direction. */
function sortValue(row: ListRow, key: SortKey): Value {
  switch (key) {
    case 'name':
      return row.name || null;
    case 'customer':
      return row.customerName || null;
    case 'stage':
      return row.stage ? (STAGE_ORDER.get(row.stage) ?? null) : null;
    case 'dealValue':
      return row.dealValue;
    case 'closing':
      return row.closingAt;
    case 'expiry':
      return row.expiresAt;
    case 'direction':
      return row.direction ? DIRECTION_ORDER[row.direction] : null;
    case 'category':
      return CATEGORY_ORDER.get(row.category) ?? null;
    case 'updated':
      return row.updatedAt;
  }
}

/**
 * A new array sorted by one column. Texts compare with the locale's collation (so "Ç" sits after
 * "C" in Turkish); deal values compare as numbers without converting currencies (there is no rate),
 * the currency filter narrows to one currency when that matters. Ties keep a stable order by id.
 */
export function sortRows(rows: readonly ListRow[], sort: Sort, locale: string): ListRow[] {
  const collator = collatorFor(locale);
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, value: sortValue(row, sort.key) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else if (a.value !== b.value) {
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value));
      if (order !== 0) return order * sign;
    }
    if (sort.key === 'dealValue' && a.row.currency !== b.row.currency)
      return a.row.currency < b.row.currency ? -1 : 1;
    return a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0;
  });
  return keyed.map((k) => k.row);
}

/** Currency codes present in the rows, sorted, plus any the URL asks for. */
export function currenciesOf(rows: readonly ListRow[], selected: readonly string[]): string[] {
  const codes = new Set<string>(selected);
  for (const row of rows) if (row.currency) codes.add(row.currency);
  return [...codes].sort();
}
