import type { ReferralChanges } from './put-body';
import type { Referral } from './referral-schema';

/**
 * Three-way merge of concurrent edits (used after a 412): base = the copy the user started from,
 * mine = base with the user's edits, theirs = the latest server copy. Fields changed on one side only
 * merge by themselves; fields changed on both sides to different values are conflicts for the user.
 */

type Path = readonly string[];
/** A unit of merging. Status and substatus travel together so a merge never yields an invalid pair. */
export type MergeField = { key: string; paths: readonly Path[] };

const p = (key: string): MergeField => ({ key, paths: [key.split('.')] });

export const MERGE_FIELDS: readonly MergeField[] = [
  p('name'),
  p('externalReferenceId'),
  { key: 'stage', paths: [['status'], ['substatus']] },
  p('statusReason'),
  p('details.dealValue'),
  p('details.currency'),
  p('details.closingDateTime'),
  p('details.notes'),
  p('details.requirements.industries'),
  p('details.requirements.products'),
  p('details.requirements.services'),
  p('details.requirements.solutions'),
  p('customerProfile.name'),
  p('customerProfile.size'),
  p('customerProfile.address.addressLine1'),
  p('customerProfile.address.addressLine2'),
  p('customerProfile.address.city'),
  p('customerProfile.address.state'),
  p('customerProfile.address.postalCode'),
  p('customerProfile.address.country'),
  p('customerProfile.team'),
  p('consent.consentToToShareInfoWithOthers'),
  p('consent.consentToContact'),
  p('consent.consentToShareReferralWithMicrosoftSellers'),
  p('consent.consentToMicrosoftToContactSpecificPartners'),
  p('team'),
];

/** Whether `path` exists below `source`, and its value (undefined when it does not). */
export function lookupPath(source: unknown, path: Path): { exists: boolean; value: unknown } {
  let cur: unknown = source;
  for (const part of path) {
    if (cur === null || typeof cur !== 'object' || !(part in cur)) {
      return { exists: false, value: undefined };
    }
    cur = (cur as Record<string, unknown>)[part];
  }
  return { exists: true, value: cur };
}

const getPath = (source: unknown, path: Path): unknown => lookupPath(source, path).value;

function setPath(target: Record<string, unknown>, path: Path, value: unknown): void {
  let cur = target;
  path.forEach((part, i) => {
    if (i === path.length - 1) {
      cur[part] = value;
      return;
    }
    const next = cur[part];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) cur[part] = {};
    cur = cur[part] as Record<string, unknown>;
  });
}

/** JSON with sorted keys; `null`, `undefined` and `""` count as the same empty value. */
function canonical(value: unknown): string {
  if (value === undefined || value === null || value === '') return '∅';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${k}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function fieldValue(source: unknown, field: MergeField): unknown {
  return field.paths.length === 1
    ? getPath(source, field.paths[0] ?? [])
    : field.paths.map((path) => getPath(source, path));
}

export function isSameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** Keys of the fields that differ between two copies. */
export function changedFields(a: Referral, b: Referral): string[] {
  return MERGE_FIELDS.filter((f) => !isSameValue(fieldValue(a, f), fieldValue(b, f))).map(
    (f) => f.key,
  );
}

/** The changes (a deep partial) that carry `source`'s values of the given fields. */
export function changesFor(source: Referral, keys: readonly string[]): ReferralChanges {
  const changes: Record<string, unknown> = {};
  for (const field of MERGE_FIELDS) {
    if (!keys.includes(field.key)) continue;
    for (const path of field.paths)
      setPath(changes, path, structuredClone(getPath(source, path)) ?? null);
  }
  return changes;
}

export type FieldConflict = { key: string; base: unknown; mine: unknown; theirs: unknown };

export type MergeResult = {
  /** Fields the user changed that merged without question. */
  mineOnly: string[];
  /** Fields someone else changed that the user did not touch. */
  theirsOnly: string[];
  /** Fields both changed to different values: the user picks. */
  conflicts: FieldConflict[];
};

export function threeWayMerge(base: Referral, mine: Referral, theirs: Referral): MergeResult {
  const result: MergeResult = { mineOnly: [], theirsOnly: [], conflicts: [] };
  for (const field of MERGE_FIELDS) {
    const b = fieldValue(base, field);
    const m = fieldValue(mine, field);
    const t = fieldValue(theirs, field);
    const isMineChanged = !isSameValue(b, m);
    const isTheirsChanged = !isSameValue(b, t);
    if (isMineChanged && isTheirsChanged) {
      if (!isSameValue(m, t))
        result.conflicts.push({ key: field.key, base: b, mine: m, theirs: t });
    } else if (isMineChanged) {
      result.mineOnly.push(field.key);
    } else if (isTheirsChanged) {
      result.theirsOnly.push(field.key);
    }
  }
  return result;
}

export type ConflictChoice = 'mine' | 'theirs';

/**
 * The changes to lay over the latest copy: every field only the user changed, plus each conflict
 * the user resolved as "mine". Conflicts without a choice keep the user's value (never lost).
 */
export function mergedChanges(
  mine: Referral,
  merge: MergeResult,
  choices: Readonly<Record<string, ConflictChoice>> = {},
): ReferralChanges {
  const keys = [
    ...merge.mineOnly,
    ...merge.conflicts.filter((c) => choices[c.key] !== 'theirs').map((c) => c.key),
  ];
  return changesFor(mine, keys);
}
