import { describe, expect, test } from 'vitest';
import type { Referral } from '../../domain/referral-schema';
import { STAGE_IDS, type StageId } from '../../domain/status-machine';
import {
  applyOverlay,
  cardsIn,
  groupByStage,
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
