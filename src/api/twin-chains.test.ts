import fc from 'fast-check';
import type { Referral } from '../domain/referral-schema';
import { estimateUnread, newTwinSlice, recordTwinPage } from './twin-chains';

const at = (ms: number, id = String(ms)) =>
  ({ id, updatedDateTime: new Date(ms).toISOString() }) as Referral;

describe('recordTwinPage', () => {
  test.each([
    ['ascending page reaches past the descending one', [1, 5], [9, 4], true],
    ['the two ends only touch (a tie): read on', [1, 4], [9, 4], false],
    ['a gap between the ends: read on', [1, 3], [9, 5], false],
  ])('%s', (_, asc, desc, isMet) => {
    const slice = newTwinSlice();
    recordTwinPage(
      slice,
      'asc',
      asc.map((ms) => at(ms)),
    );
    expect(slice.isMet).toBe(false); // one end alone never meets
    recordTwinPage(
      slice,
      'desc',
      desc.map((ms) => at(ms)),
    );
    expect(slice.isMet).toBe(isMet);
    expect(slice.isUnordered).toBe(false);
  });

  test.each([
    ['asc', [5, 3]],
    ['desc', [3, 5]],
    ['asc', [NaN]],
  ] as const)('a %s page out of order marks the slice unordered', (order, times) => {
    const slice = newTwinSlice();
    recordTwinPage(
      slice,
      order,
      times.map(
        (ms) =>
          ({
            id: 'x',
            updatedDateTime: Number.isNaN(ms) ? 'never' : new Date(ms).toISOString(),
          }) as Referral,
      ),
    );
    expect(slice).toMatchObject({ isUnordered: true, isMet: false });
  });

  test('order holds across pages of a chain, not only within one', () => {
    const slice = newTwinSlice();
    recordTwinPage(slice, 'asc', [at(1), at(4)]);
    recordTwinPage(slice, 'asc', [at(3)]);
    expect(slice.isUnordered).toBe(true);
  });

  test('stopping where the ends meet reads every referral of a slice, ties included', () => {
    // A slice of referrals (many sharing a time), paged both ways as a sorting server would;
    // the two chains take turns in any pattern. Their union is always the whole slice.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (times, pageSize, turns) => {
          const items = times.map((ms, i) => at(ms, `r${i}`));
          const asc = times
            .map((ms, i) => ({ ms, item: items[i] as Referral }))
            .sort((a, b) => a.ms - b.ms)
            .map((x) => x.item);
          const desc = [...asc].reverse();
          const slice = newTwinSlice();
          const offsets = { asc: 0, desc: 0 };
          const read = new Set<string>();
          for (const isAsc of [...turns, ...Array<boolean>(200).fill(true)]) {
            const order = isAsc ? 'asc' : 'desc';
            const source = isAsc ? asc : desc;
            if (offsets[order] >= source.length) {
              if (offsets.asc >= asc.length) break; // the ascending chain read all of it
              continue;
            }
            const page = source.slice(offsets[order], offsets[order] + pageSize);
            offsets[order] += pageSize;
            for (const r of page) read.add(r.id);
            recordTwinPage(slice, order, page);
            if (slice.isMet) break;
          }
          expect(slice.isUnordered).toBe(false);
          expect(read.size).toBe(items.length);
        },
      ),
    );
  });

  test('reads pages as sent: only the time of each raw item counts', () => {
    const slice = newTwinSlice();
    const raw = (ms: number) => ({ updatedDateTime: new Date(ms).toISOString(), status: 'Odd' });
    recordTwinPage(slice, 'asc', [raw(1), raw(5)]);
    recordTwinPage(slice, 'desc', [raw(9), raw(4)]);
    expect(slice).toMatchObject({ isMet: true, isUnordered: false });
    const broken = newTwinSlice();
    recordTwinPage(broken, 'asc', [raw(1), 'not an object', raw(2)]);
    expect(broken.isUnordered).toBe(true);
  });
});

describe('estimateUnread', () => {
  const slice = (ascPages: number[][], descPages: number[][]) => {
    const s = newTwinSlice();
    for (const page of ascPages)
      recordTwinPage(
        s,
        'asc',
        page.map((ms) => at(ms)),
      );
    for (const page of descPages)
      recordTwinPage(
        s,
        'desc',
        page.map((ms) => at(ms)),
      );
    return s;
  };
  test.each([
    ['one end only: not known', [[0, 10]], [], Infinity],
    ['evenly spread: the items that fit in the gap', [[0, 1, 2, 3]], [[10, 9, 8, 7]], 3],
    [
      'a sparse end and a dense one: their mean spacing',
      [[0, 4]],
      [[10, 9, 8, 7, 6]],
      2 * (5 / 8) - 1,
    ],
    [
      'only the last page of each end counts',
      [
        [0, 50],
        [100, 101, 102],
      ],
      [[200, 199, 198]],
      95,
    ],
    ['the ends met: nothing left', [[0, 5]], [[6, 4]], 0],
    ['every item at one time: not known', [[3, 3]], [[3, 3]], Infinity],
  ])('%s', (_, asc, desc, expected) => {
    expect(estimateUnread(slice(asc, desc))).toBeCloseTo(expected);
  });
});
