import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { totalsByCurrency } from '../../domain/format';
import type { Referral } from '../../domain/referral-schema';
import { STAGE_IDS, type StageId } from '../../domain/status-machine';
import { stageTotals, totalsIn, totalsWithMoves } from './column-totals';
import { applyMoves, groupByStage, overlayMoves, type OverlayEntry } from './group-by-stage';

const make = (
  id: string,
  stage: [Referral['status'], Referral['substatus']],
  dealValue: number | null,
  currency: string | null,
): Referral => ({
  id,
  name: id,
  status: stage[0],
  substatus: stage[1],
  updatedDateTime: '2026-01-01T00:00:00Z',
  eTag: `"${id}-1"`,
  details: { dealValue, currency },
});

const PENDING = ['New', 'Pending'] as const;
const ACCEPTED = ['Active', 'Accepted'] as const;

/** The sums the header showed before: every card of the column, summed from scratch. */
const summedFromScratch = (cards: readonly Referral[]) =>
  totalsByCurrency(
    cards.map((r) => ({ value: r.details?.dealValue, currency: r.details?.currency })),
  );

const saving = (target: StageId): OverlayEntry => ({ target, phase: 'saving', staleETags: [] });

function moved(list: Referral[], overlay: Map<string, OverlayEntry>) {
  const data = groupByStage({ items: list, pages: 1, isComplete: true });
  const moves = overlayMoves(data.columns, overlay, data.byId);
  const base = stageTotals(data.columns);
  return { base, totals: totalsWithMoves(base, moves), columns: applyMoves(data.columns, moves) };
}

describe('totalsWithMoves', () => {
  test('moves the card value between the two columns and leaves the others as they were', () => {
    const list = [
      make('a', [...PENDING], 100, 'EUR'),
      make('b', [...PENDING], 50.5, 'eur'),
      make('c', [...ACCEPTED], 10, 'USD'),
      make('d', ['Closed', 'Won'], 7, 'EUR'),
    ];
    const { base, totals } = moved(list, new Map([['a', saving('active-accepted')]]));
    expect(totalsIn(totals, 'new-pending')).toEqual([{ currency: 'EUR', total: 50.5, count: 1 }]);
    expect(totalsIn(totals, 'active-accepted')).toEqual([
      { currency: 'EUR', total: 100, count: 1 },
      { currency: 'USD', total: 10, count: 1 },
    ]);
    expect(totalsIn(totals, 'closed-won')).toBe(totalsIn(base, 'closed-won'));
  });

  test.each<[string, number | null, string | null]>([
    ['a card without a value', null, 'EUR'],
    ['a card without a currency', 20, null],
  ])('%s moves like the column sums count it', (_, value, currency) => {
    const list = [make('a', [...PENDING], value, currency), make('b', [...PENDING], 5, 'EUR')];
    const { totals, columns } = moved(list, new Map([['a', saving('new-received')]]));
    for (const stage of STAGE_IDS) {
      expect(totalsIn(totals, stage)).toEqual(summedFromScratch(columns.get(stage) ?? []));
    }
  });

  test('what is left after cards leave is summed exactly, not with a rounding residue', () => {
    const list = [
      make('a', [...PENDING], 0.1, 'EUR'),
      make('b', [...PENDING], 0.2, 'EUR'),
      make('c', [...PENDING], 0, 'EUR'),
    ];
    const { totals } = moved(
      list,
      new Map([
        ['a', saving('new-received')],
        ['b', saving('active-accepted')],
      ]),
    );
    // 0.1 + 0.2 + 0 - 0.1 - 0.2 is 5.6e-17 in floating point.
    expect(totalsIn(totals, 'new-pending')).toEqual([{ currency: 'EUR', total: 0, count: 1 }]);
  });

  test('equals summing the moved columns from scratch, whatever cards move where', () => {
    const stages: [Referral['status'], Referral['substatus']][] = [
      ['New', 'Pending'],
      ['New', 'Received'],
      ['Active', 'Accepted'],
      ['Closed', 'Won'],
    ];
    const card = fc.record({
      stage: fc.constantFrom(...stages),
      value: fc.option(fc.double({ min: 0, max: 1e7, noNaN: true }), { nil: null }),
      currency: fc.constantFrom('EUR', 'usd', 'GBP', null),
      target: fc.option(fc.constantFrom(...STAGE_IDS), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(card, { maxLength: 30 }), (cards) => {
        const list = cards.map((c, i) => make(`r${i}`, c.stage, c.value, c.currency));
        const overlay = new Map(
          cards.flatMap((c, i) => (c.target ? [[`r${i}`, saving(c.target)] as const] : [])),
        );
        const { totals, columns } = moved(list, overlay);
        for (const stage of STAGE_IDS) {
          const expected = summedFromScratch(columns.get(stage) ?? []);
          const actual = totalsIn(totals, stage);
          expect(actual.map((t) => [t.currency, t.count])).toEqual(
            expected.map((t) => [t.currency, t.count]),
          );
          actual.forEach((t, i) => expect(t.total).toBeCloseTo(expected[i]?.total ?? NaN, 4));
        }
      }),
    );
  });
});
