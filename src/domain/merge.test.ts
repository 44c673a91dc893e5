import fc from 'fast-check';
import {
  changedFields,
  fieldValue,
  isSameValue,
  mergedChanges,
  MERGE_FIELDS,
  threeWayMerge,
  type ConflictChoice,
} from './merge';
import { applyChanges, type ReferralChanges } from './put-body';
import type { Referral } from './referral-schema';
import { STAGES, isValidPair } from './status-machine';

const KEYS = MERGE_FIELDS.map((f) => f.key);

const text = fc.oneof(fc.constant(''), fc.constant(null), fc.string({ maxLength: 6 }));
const tags = fc.array(fc.record({ id: fc.constantFrom('Azure', 'SQL', 'Teams', 'Office') }), {
  maxLength: 3,
});
const members = fc.array(
  fc.record({
    firstName: fc.constantFrom('Ayşe', 'Jürgen', 'Sue'),
    email: fc.constantFrom('a@x.com', 'b@y.com', 'c@z.com'),
  }),
  { maxLength: 2 },
);

/** A value generator per merge field, shaped like the real field. */
function valueOf(key: string): fc.Arbitrary<unknown> {
  if (key === 'stage') return fc.constantFrom(...STAGES.map((s) => [s.status, s.substatus]));
  if (key === 'details.dealValue') return fc.oneof(fc.constant(null), fc.nat({ max: 5 }));
  if (key === 'details.currency') return fc.constantFrom('USD', 'EUR', 'TRY');
  if (key === 'details.closingDateTime')
    return fc.constantFrom('2026-12-01T00:00:00Z', '2027-01-15T00:00:00Z', null);
  if (key.startsWith('details.requirements.')) return tags;
  if (key === 'team' || key === 'customerProfile.team') return members;
  if (key.startsWith('consent.')) return fc.oneof(fc.boolean(), fc.constant(null));
  return text;
}

const valuesArb = fc.record(Object.fromEntries(KEYS.map((k) => [k, valueOf(k)])));

/** The referral with the given fields set (stage sets status and substatus together). */
function withFields(
  base: Referral,
  values: Record<string, unknown>,
  keys: readonly string[],
): Referral {
  const changes: ReferralChanges = {};
  for (const key of keys) {
    const value = values[key];
    if (key === 'stage') {
      const [status, substatus] = value as [string, string];
      Object.assign(changes, { status, substatus });
      continue;
    }
    const path = key.split('.');
    let cur = changes;
    path.forEach((part, i) => {
      if (i === path.length - 1) cur[part] = value;
      else cur = (cur[part] ??= {}) as ReferralChanges;
    });
  }
  return applyChanges(base, changes);
}

const skeleton: Referral = { id: 'r-1', status: 'New', substatus: 'Pending' };

/** base, mine (base + some edits), theirs (base + other edits). */
const scenario = fc
  .tuple(valuesArb, fc.subarray(KEYS), valuesArb, fc.subarray(KEYS), valuesArb)
  .map(([baseValues, mineKeys, mineValues, theirKeys, theirValues]) => {
    const base = withFields(skeleton, baseValues, KEYS);
    return {
      base,
      mine: withFields(base, mineValues, mineKeys),
      theirs: withFields(base, theirValues, theirKeys),
    };
  });

const field = (key: string) => MERGE_FIELDS.find((f) => f.key === key)!;
const same = (a: Referral, b: Referral, key: string) =>
  isSameValue(fieldValue(a, field(key)), fieldValue(b, field(key)));

/** What a save after the merge would send: the latest copy with the merged changes laid over it. */
function result(
  base: Referral,
  mine: Referral,
  theirs: Referral,
  choices: Record<string, ConflictChoice> = {},
) {
  const merge = threeWayMerge(base, mine, theirs);
  return { merge, merged: applyChanges(theirs, mergedChanges(mine, merge, choices)) };
}

describe('threeWayMerge (properties)', () => {
  test('no field the user changed is ever lost', () => {
    fc.assert(
      fc.property(scenario, ({ base, mine, theirs }) => {
        const { merged } = result(base, mine, theirs);
        for (const key of changedFields(base, mine)) expect(same(merged, mine, key)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('disjoint changes always merge, with both sides kept', () => {
    fc.assert(
      fc.property(scenario, ({ base, mine, theirs }) => {
        const mineKeys = changedFields(base, mine);
        const theirKeys = changedFields(base, theirs);
        fc.pre(mineKeys.every((k) => !theirKeys.includes(k)));
        const { merge, merged } = result(base, mine, theirs);
        expect(merge.conflicts).toEqual([]);
        expect([...merge.mineOnly].sort()).toEqual([...mineKeys].sort());
        expect([...merge.theirsOnly].sort()).toEqual([...theirKeys].sort());
        for (const key of mineKeys) expect(same(merged, mine, key)).toBe(true);
        for (const key of theirKeys) expect(same(merged, theirs, key)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('mergedChanges laid over theirs keeps every theirs-only change, whatever the choices', () => {
    fc.assert(
      fc.property(scenario, fc.boolean(), ({ base, mine, theirs }, pickTheirs) => {
        const merge = threeWayMerge(base, mine, theirs);
        const choices = Object.fromEntries(
          merge.conflicts.map((c) => [c.key, pickTheirs ? 'theirs' : 'mine'] as const),
        );
        const { merged } = result(base, mine, theirs, choices);
        for (const key of merge.theirsOnly) expect(same(merged, theirs, key)).toBe(true);
        for (const c of merge.conflicts)
          expect(same(merged, pickTheirs ? theirs : mine, c.key)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('a conflict is exactly a field both sides changed to different values', () => {
    fc.assert(
      fc.property(scenario, ({ base, mine, theirs }) => {
        const { merge } = result(base, mine, theirs);
        const mineKeys = changedFields(base, mine);
        const theirKeys = changedFields(base, theirs);
        const expected = mineKeys.filter((k) => theirKeys.includes(k) && !same(mine, theirs, k));
        expect(merge.conflicts.map((c) => c.key).sort()).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });

  test('status and substatus merge as one field, so the result is always a valid pair', () => {
    fc.assert(
      fc.property(scenario, fc.boolean(), ({ base, mine, theirs }, pickTheirs) => {
        const merge = threeWayMerge(base, mine, theirs);
        const choices = Object.fromEntries(
          merge.conflicts.map((c) => [c.key, pickTheirs ? 'theirs' : 'mine'] as const),
        );
        const { merged } = result(base, mine, theirs, choices);
        expect(isValidPair(merged)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('threeWayMerge (examples)', () => {
  const base: Referral = {
    id: 'r-1',
    name: 'Fourth Coffee',
    status: 'Active',
    substatus: 'Accepted',
    details: { dealValue: 1000, currency: 'USD', notes: 'first call done' },
  };

  test.each([
    {
      title: 'both change notes differently: a conflict',
      mine: { details: { notes: 'mine' } },
      theirs: { details: { notes: 'theirs' } },
      expected: { mineOnly: [], theirsOnly: [], conflicts: ['details.notes'] },
    },
    {
      title: 'both make the same change: nothing to ask',
      mine: { details: { notes: 'same' } },
      theirs: { details: { notes: 'same' } },
      expected: { mineOnly: [], theirsOnly: [], conflicts: [] },
    },
    {
      title: 'deal value mine, notes theirs: merge by themselves',
      mine: { details: { dealValue: 2500 } },
      theirs: { details: { notes: 'x' } },
      expected: { mineOnly: ['details.dealValue'], theirsOnly: ['details.notes'], conflicts: [] },
    },
    {
      title: 'substatus change on both sides is one stage conflict',
      mine: { status: 'Closed', substatus: 'Won' },
      theirs: { status: 'Closed', substatus: 'Lost' },
      expected: { mineOnly: [], theirsOnly: [], conflicts: ['stage'] },
    },
    {
      title: 'null and empty string are the same empty value',
      mine: { externalReferenceId: '' },
      theirs: { externalReferenceId: null },
      expected: { mineOnly: [], theirsOnly: [], conflicts: [] },
    },
  ])('$title', ({ mine, theirs, expected }) => {
    const merge = threeWayMerge(base, applyChanges(base, mine), applyChanges(base, theirs));
    expect({ ...merge, conflicts: merge.conflicts.map((c) => c.key) }).toEqual(expected);
  });
});
