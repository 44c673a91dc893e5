import { replaceEqualDeep } from '@tanstack/react-query';
import type { Referral } from '../domain/referral-schema';

type ListLike = { items: readonly Referral[] };

const isList = (value: unknown): value is ListLike =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as { items?: unknown }).items);

/**
 * Structural sharing of a list cache, matched by id instead of by position
 * (docs/decisions/028-loading-at-scale.md). TanStack Query's default compares position by
 * position, so a page of a slice landing before the slices after it shifts every later row and
 * each of them is compared field by field against another referral: O(n) deep copies per page,
 * 21 s of a 10,000-referral load. Here an unchanged referral (the same object, as pages only add)
 * costs one map lookup; a changed one keeps its unchanged parts, as the default would.
 */
export function shareListById<T>(previous: unknown, next: T): T {
  if (!isList(previous) || !isList(next) || previous === next) return next;
  const before = new Map<string, Referral>();
  for (const item of previous.items) before.set(item.id, item);
  let isSame = previous.items.length === next.items.length;
  const items = next.items.map((item, index) => {
    const old = before.get(item.id);
    const shared = old === undefined || old === item ? item : replaceEqualDeep(old, item);
    if (isSame && previous.items[index] !== shared) isSame = false;
    return shared;
  });
  // The rest (progress, unreadable items, sync marks) is small: the default sharing.
  const { items: _previousItems, ...previousRest } = previous;
  const { items: _nextItems, ...nextRest } = next;
  const rest = replaceEqualDeep(previousRest, nextRest);
  // Nothing changed at all: keep the old object, so no observer renders again.
  const isUnchanged = isSame && rest === previousRest;
  return (isUnchanged ? previous : { ...rest, items: isSame ? previous.items : items }) as T;
}
