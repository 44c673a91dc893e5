import * as z from 'zod/mini';
import { referralSchema, type Referral } from './referral-schema';

/**
 * Reading a list page item by item: one referral the schema cannot read (an unknown status, a tag
 * without an id) must not cost the rep the other 99. Readable items go on as `Referral`s; the rest
 * are kept as an `UnreadableReferral`, with what can be shown of them exactly as the server sent it.
 */

/** The envelope of a list page (spec 3.1); the items are read one by one by `parseReferralPage`. */
export const referralPageEnvelopeSchema = z.looseObject({
  '@odata.context': z.nullish(z.string()),
  '@odata.count': z.nullish(z.number()),
  '@odata.nextLink': z.nullish(z.string()),
  value: z.array(z.unknown()),
});
export type ReferralPageEnvelope = z.infer<typeof referralPageEnvelopeSchema>;

/** A referral the app cannot read: shown read-only as sent, never edited or moved. */
export type UnreadableReferral = {
  /** Present when the item has a usable id (then it can be opened read-only). */
  id: string | undefined;
  name: string | undefined;
  /** Status and substatus as sent, even when they are values the app does not know. */
  status: string | undefined;
  substatus: string | undefined;
  customerName: string | undefined;
  dealValue: string | undefined;
  currency: string | undefined;
  /** Where the item broke the schema ("status", "details.requirements.products.0.id"). */
  path: string;
  /** The value found there, as JSON text, cut short. */
  found: string;
};

export type ReferralPage = {
  items: Referral[];
  unreadable: UnreadableReferral[];
  nextLink: string | undefined;
};

const MAX_SHOWN = 120;

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.slice(0, MAX_SHOWN * 2);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let here = raw;
  for (const key of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

function shortJson(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? 'undefined';
  } catch {
    text = String(value);
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** What can be shown of an item the schema refused; `path` is where it broke. */
export function describeUnreadable(
  raw: unknown,
  path: readonly PropertyKey[] = [],
): UnreadableReferral {
  const item: Record<string, unknown> =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? (raw as Record<string, unknown>)
      : {};
  const id = typeof item.id === 'string' && item.id.trim() !== '' ? item.id : undefined;
  return {
    id,
    name: textOf(item.name),
    status: textOf(item.status),
    substatus: textOf(item.substatus),
    customerName: textOf(valueAt(item, ['customerProfile', 'name'])),
    dealValue: textOf(valueAt(item, ['details', 'dealValue'])),
    currency: textOf(valueAt(item, ['details', 'currency'])),
    path: path.map(String).join('.'),
    found: shortJson(valueAt(raw, path)),
  };
}

/** Read one item: a `Referral`, or what can be shown of it. */
export function readReferral(
  raw: unknown,
): { referral: Referral } | { unreadable: UnreadableReferral } {
  const parsed = referralSchema.safeParse(raw);
  if (parsed.success) return { referral: parsed.data };
  return { unreadable: describeUnreadable(raw, parsed.error.issues[0]?.path ?? []) };
}

/** Split a page into the referrals the app can work on and the ones it can only show. */
export function parseReferralPage(page: ReferralPageEnvelope): ReferralPage {
  const items: Referral[] = [];
  const unreadable: UnreadableReferral[] = [];
  for (const raw of page.value) {
    const read = readReferral(raw);
    if ('referral' in read) items.push(read.referral);
    else unreadable.push(read.unreadable);
  }
  return { items, unreadable, nextLink: page['@odata.nextLink'] ?? undefined };
}
