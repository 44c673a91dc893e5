import * as z from 'zod/mini';
import { MAX_PAGE_SIZE } from '../../domain/api-contract';
import { referralSchema, type Referral } from '../../domain/referral-schema';
import { ODataError } from './odata-error';
import { compileFilterNode, type Predicate } from './odata-eval';
import { parseFilter } from './odata-parser';
import { timestampKey } from '../rules/server-values';

/**
 * The list endpoint's query options (spec 3.1, B16, B17): `$filter`, `$orderby`, `$top`, `$skip`,
 * `$select`, `$count`, and `$skiptoken`, an opaque token that carries the whole original query.
 */

export const ORDERABLE_FIELDS = ['createdDateTime', 'updatedDateTime'] as const;
export type OrderBy = { field: (typeof ORDERABLE_FIELDS)[number]; isDescending: boolean };

export type ListQuery = {
  filter: string | null;
  orderBy: OrderBy[];
  /** Page size: default and maximum 100. */
  top: number;
  skip: number;
  select: string[] | null;
};

/** Compile a `$filter` into a predicate; throws ODataError (a 400) when it does not parse. */
export function compileFilter(text: string): Predicate {
  return compileFilterNode(parseFilter(text));
}

const listQuerySchema = z.object({
  filter: z.nullable(z.string()),
  orderBy: z.array(z.object({ field: z.enum(ORDERABLE_FIELDS), isDescending: z.boolean() })),
  top: z.int().check(z.gte(0), z.lte(MAX_PAGE_SIZE)),
  skip: z.int().check(z.gte(0)),
  select: z.nullable(z.array(z.string())),
});
const skipTokenSchema = z.object({ q: listQuerySchema, o: z.int().check(z.gte(0)) });

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(token: string): string {
  const binary = atob(token.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeSkipToken(query: ListQuery, offset: number): string {
  return toBase64Url(JSON.stringify({ q: query, o: offset }));
}

export function decodeSkipToken(token: string): { query: ListQuery; offset: number } {
  try {
    const parsed = skipTokenSchema.parse(JSON.parse(fromBase64Url(token)));
    return { query: parsed.q, offset: parsed.o };
  } catch {
    throw new ODataError(
      'The $skiptoken is not valid. Use @odata.nextLink as it was sent.',
      '$skiptoken',
    );
  }
}

function parseInteger(value: string, option: string): number {
  if (!/^\d+$/.test(value.trim())) {
    throw new ODataError(
      `The value '${value}' of ${option} is not a non-negative integer.`,
      option,
    );
  }
  return Number(value);
}

function parseOrderBy(value: string): OrderBy[] {
  return value.split(',').map((part) => {
    const match = /^\s*([\w/]+)(?:\s+(asc|desc))?\s*$/i.exec(part);
    const field = match?.[1] ?? '';
    if (!(ORDERABLE_FIELDS as readonly string[]).includes(field)) {
      throw new ODataError(
        `$orderby supports ${ORDERABLE_FIELDS.join(' and ')} (asc or desc), not '${part.trim()}'.`,
        '$orderby',
      );
    }
    return {
      field: field as OrderBy['field'],
      isDescending: match?.[2]?.toLowerCase() === 'desc',
    };
  });
}

const SELECTABLE = new Set(Object.keys(referralSchema.shape));

function parseSelect(value: string): string[] {
  const fields = value.split(',').map((f) => f.trim());
  for (const field of fields) {
    if (!SELECTABLE.has(field)) {
      throw new ODataError(
        `Could not find a property named '${field}' on type 'Referral'.`,
        '$select',
      );
    }
  }
  return fields;
}

const KNOWN_OPTIONS = new Set([
  '$filter',
  '$orderby',
  '$top',
  '$skip',
  '$select',
  '$count',
  '$skiptoken',
]);

/** Read the query options of a list request, or the query carried by its `$skiptoken`. */
export function parseListQuery(params: URLSearchParams): { query: ListQuery; offset: number } {
  for (const key of params.keys()) {
    if (key.startsWith('$') && !KNOWN_OPTIONS.has(key)) {
      throw new ODataError(`The query option '${key}' is not supported.`, key);
    }
  }
  const token = params.get('$skiptoken');
  if (token !== null) return decodeSkipToken(token);

  const filter = params.get('$filter')?.trim() || null;
  if (filter) parseFilter(filter); // reject a bad filter before anything else
  const top = params.has('$top') ? parseInteger(params.get('$top') ?? '', '$top') : MAX_PAGE_SIZE;
  if (top > MAX_PAGE_SIZE) {
    throw new ODataError(
      `$top may be at most ${MAX_PAGE_SIZE}; follow @odata.nextLink for more.`,
      '$top',
    );
  }
  const count = params.get('$count');
  if (count !== null && count !== 'true' && count !== 'false') {
    throw new ODataError(`$count must be true or false, not '${count}'.`, '$count');
  }
  const skip = params.has('$skip') ? parseInteger(params.get('$skip') ?? '', '$skip') : 0;
  const orderBy = params.get('$orderby')?.trim();
  const select = params.get('$select')?.trim();
  const query: ListQuery = {
    filter,
    orderBy: orderBy ? parseOrderBy(orderBy) : [],
    top,
    skip,
    select: select ? parseSelect(select) : null,
  };
  return { query, offset: skip };
}

/** Sort by the `$orderby` clauses; stable, so ties keep the store's order. */
export function sortReferrals(items: Referral[], orderBy: readonly OrderBy[]): Referral[] {
  if (orderBy.length === 0) return items;
  const keyed = items.map((item) => ({
    item,
    keys: orderBy.map((o) => timestampKey(item[o.field] ?? '') ?? ''),
  }));
  keyed.sort((a, b) => {
    for (let i = 0; i < orderBy.length; i += 1) {
      const ka = a.keys[i] ?? '';
      const kb = b.keys[i] ?? '';
      if (ka !== kb) return (ka < kb ? -1 : 1) * (orderBy[i]?.isDescending ? -1 : 1);
    }
    return 0;
  });
  return keyed.map((k) => k.item);
}

export function selectFields(
  item: Referral,
  select: readonly string[] | null,
): Record<string, unknown> {
  if (!select) return item;
  const out: Record<string, unknown> = {};
  for (const field of select) if (field in item) out[field] = item[field];
  return out;
}
