import { MERGE_FIELDS, fieldValue, isSameValue, lookupPath } from './merge';
import type { Referral } from './referral-schema';

export type JsonPatchOperation = { op: 'add' | 'replace'; path: string; value: unknown };

const escape = (part: string) => part.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * An RFC 6902 patch (replace/add only) holding exactly the writable fields that differ between the
 * copy last read and the copy to save. Status goes before substatus so the pair changes together.
 */
export function buildJsonPatch(lastRead: Referral, next: Referral): JsonPatchOperation[] {
  const ops: JsonPatchOperation[] = [];
  for (const field of MERGE_FIELDS) {
    if (isSameValue(fieldValue(lastRead, field), fieldValue(next, field))) continue;
    for (const path of field.paths) {
      const before = lookupPath(lastRead, path);
      const after = lookupPath(next, path);
      if (field.paths.length > 1 && isSameValue(before.value, after.value)) continue;
      // `add` creates a missing member (and its missing parents are created by whole objects below).
      let depth = path.length;
      while (depth > 1 && !lookupPath(lastRead, path.slice(0, depth - 1)).exists) depth -= 1;
      const opPath = path.slice(0, depth);
      const value = depth === path.length ? (after.value ?? null) : lookupPath(next, opPath).value;
      ops.push({
        op: before.exists ? 'replace' : 'add',
        path: `/${opPath.map(escape).join('/')}`,
        value,
      });
    }
  }
  return ops;
}
