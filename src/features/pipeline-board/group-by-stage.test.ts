import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Referral } from '../../domain/referral-schema';
import { STAGE_IDS, stageOfReferral, type StageId } from '../../domain/status-machine';
import {
  applyOverlay,
  cardsIn,
  groupByStage,
  regroupReplaced,
  StageGrouping,
  type BoardData,
  type OverlayEntry,
  type StageColumns,
} from './group-by-stage';

const make = (
  id: string,
  status: Referral['status'],
  substatus: Referral['substatus'],
  updated: string,
  eTag = `"${id}-1"`,
): Referral => ({
  id,
  name: id,
  status,
  substatus,
  updatedDateTime: updated,
  eTag,
});

const list = [
  make('a', 'New', 'Pending', '2026-01-01T00:00:00Z'),
  make('b', 'New', 'Pending', '2026-03-01T00:00:00Z'),
  make('c', 'Active', 'Accepted', '2026-02-01T00:00:00Z'),
  make('d', 'Closed', 'Won', '2026-02-01T00:00:00Z'),
  make('x', 'Active', 'Won', '2026-02-01T00:00:00Z'), // not a valid pair: off the board
];

const ids = (columns: StageColumns, stage: StageId) => cardsIn(columns, stage).map((r) => r.id);

describe('groupByStage', () => {
  test('groups into the seven stages, most recently updated first, and counts the rest', () => {
    const data = groupByStage({ items: list, pages: 1, isComplete: true });
    expect([...data.columns.keys()]).toEqual([...STAGE_IDS]);
    expect(ids(data.columns, 'new-pending')).toEqual(['b', 'a']);
    expect(ids(data.columns, 'active-accepted')).toEqual(['c']);
    expect(ids(data.columns, 'closed-won')).toEqual(['d']);
    expect(data.unplaced).toBe(1);
    expect(data.total).toBe(5);
    expect(data.byId.get('x')?.id).toBe('x');
  });
});

describe('applyOverlay', () => {
  const data = groupByStage({ items: list, pages: 1, isComplete: true });
  const overlay = (entries: [string, OverlayEntry][]) => new Map(entries);

  test('moves a saving card to the top of its target and touches only two columns', () => {
    const out = applyOverlay(
      data.columns,
      overlay([['a', { target: 'active-accepted', phase: 'saving', staleETags: [] }]]),
      data.byId,
    );
    expect(ids(out, 'new-pending')).toEqual(['b']);
    expect(ids(out, 'active-accepted')).toEqual(['a', 'c']);
    expect(cardsIn(out, 'closed-won')).toBe(cardsIn(data.columns, 'closed-won'));
  });

  test('finds the card by id even when the column holds another copy of it', () => {
    const copyById = new Map(data.byId);
    copyById.set('a', { ...(data.byId.get('a') as Referral) });
    const out = applyOverlay(
      data.columns,
      overlay([['a', { target: 'new-received', phase: 'saving', staleETags: [] }]]),
      copyById,
    );
    expect(ids(out, 'new-received')).toEqual(['a']);
    expect(ids(out, 'new-pending')).toEqual(['b']);
  });

  test.each<[string, readonly (string | null)[], boolean]>([
    ['the board still shows a copy from before the save', ['"a-1"'], true],
    ['the board shows the saved copy or a newer one', ['"a-0"'], false],
  ])('a saved entry applies while %s', (_, staleETags, isApplied) => {
    const out = applyOverlay(
      data.columns,
      overlay([['a', { target: 'active-accepted', phase: 'saved', staleETags }]]),
      data.byId,
    );
    expect(ids(out, 'active-accepted').includes('a')).toBe(isApplied);
  });

  test('a card hidden by the filters stays hidden', () => {
    const filtered = new Map(data.columns).set('new-pending', []);
    const out = applyOverlay(
      filtered,
      overlay([['a', { target: 'active-accepted', phase: 'saving', staleETags: [] }]]),
      data.byId,
    );
    expect(ids(out, 'active-accepted')).toEqual(['c']);
  });
});

describe('regroupReplaced (a save answer laid into the grouped board)', () => {
  const pairs: [Referral['status'], Referral['substatus']][] = [
    ['New', 'Pending'],
    ['New', 'Received'],
    ['Active', 'Accepted'],
    ['Closed', 'Won'],
    ['Closed', 'Lost'],
    ['Active', 'Won'], // off the board
  ];
  const times = ['2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z', ''];
  const card = fc
    .record({ pair: fc.constantFrom(...pairs), time: fc.constantFrom(...times) })
    .map(({ pair, time }) => ({ pair, time }));
  const asReferral = (id: string, { pair, time }: { pair: (typeof pairs)[number]; time: string }) =>
    make(id, pair[0], pair[1], time);
  const shape = (data: BoardData) => ({
    columns: STAGE_IDS.map((stage) => cardsIn(data.columns, stage)),
    byId: [...data.byId],
    unplaced: data.unplaced,
    total: data.total,
  });

  test('gives what grouping the new list gives, with new arrays only where cards left or came', () => {
    fc.assert(
      fc.property(
        fc.array(card, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), card), { minLength: 1, maxLength: 4 }),
        (cards, replacements) => {
          const before = cards.map((c, i) => asReferral(`r${i}`, c));
          const after = before.slice();
          for (const [at, c] of replacements) {
            const i = at % after.length;
            after[i] = asReferral(`r${i}`, c);
          }
          const prev = groupByStage({ items: before, pages: 1, isComplete: true });
          const next = { items: after, pages: 1, isComplete: true };
          const out = regroupReplaced(before, prev, next);
          expect(out).not.toBeNull();
          expect(shape(out as BoardData)).toEqual(shape(groupByStage(next)));
          const touched = new Set(
            replacements.flatMap(([at]) => {
              const i = at % after.length;
              return [
                stageOfReferral(before[i] as Referral),
                stageOfReferral(after[i] as Referral),
              ];
            }),
          );
          for (const stage of STAGE_IDS) {
            if (!touched.has(stage))
              expect(cardsIn((out as BoardData).columns, stage)).toBe(cardsIn(prev.columns, stage));
          }
        },
      ),
    );
  });

  test.each([
    ['an item added', (items: Referral[]) => [...items, make('z', 'New', 'Pending', '')]],
    [
      'another id at a place',
      (items: Referral[]) => [make('z', 'New', 'Pending', ''), ...items.slice(1)],
    ],
  ])('regroups everything when the list changed otherwise: %s', (_, change) => {
    const prev = groupByStage({ items: list, pages: 1, isComplete: true });
    expect(
      regroupReplaced(list, prev, { items: change(list), pages: 1, isComplete: true }),
    ).toBeNull();
  });

  test('StageGrouping lays a saved copy in and keeps the untouched columns', () => {
    const grouping = new StageGrouping();
    const first = grouping.group({ items: list, pages: 1, isComplete: true });
    const saved = list.slice();
    saved[0] = make('a', 'Active', 'Accepted', '2026-04-01T00:00:00Z', '"a-2"');
    const second = grouping.group({ items: saved, pages: 1, isComplete: true });
    expect(ids(second.columns, 'new-pending')).toEqual(['b']);
    expect(ids(second.columns, 'active-accepted')).toEqual(['a', 'c']);
    expect(cardsIn(second.columns, 'closed-won')).toBe(cardsIn(first.columns, 'closed-won'));
    expect(second.byId.get('a')?.eTag).toBe('"a-2"');
  });
});
