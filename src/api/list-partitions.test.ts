import fc from 'fast-check';
import {
  REFERRAL_DIRECTIONS,
  REFERRAL_STATUSES,
  REFERRAL_SUBSTATUSES,
} from '../domain/referral-schema';
import { compileFilter } from '../mocks/node';
import { fallbackLevel, planPartitions, type PartitionLevel } from './list-partitions';

/** The simulator's own `$filter` evaluation decides which slice a referral falls in. */
const matches = (filter: string | undefined, item: unknown) =>
  filter === undefined || compileFilter(filter)(item);

const anyReferral = fc.record({
  id: fc.uuid(),
  status: fc.constantFrom(...REFERRAL_STATUSES, 'Sideways'),
  substatus: fc.constantFrom(...REFERRAL_SUBSTATUSES, 'Unheard', null, undefined),
  direction: fc.constantFrom(...REFERRAL_DIRECTIONS, null, undefined),
});

describe('planPartitions', () => {
  test.each<PartitionLevel>(['ordered', 'fine', 'single'])(
    'at level %s every referral falls in exactly one slice, whatever its values',
    (level) => {
      const slices = planPartitions({}, level);
      fc.assert(
        fc.property(anyReferral, (referral) => {
          const hits = slices.filter((slice) => matches(slice.filter, referral));
          expect(hits).toHaveLength(1);
        }),
      );
    },
  );

  test('the status level covers every documented status once, with eq only', () => {
    const slices = planPartitions({}, 'status');
    for (const status of REFERRAL_STATUSES) {
      const hits = slices.filter((s) => matches(s.filter, { status }));
      expect(hits).toHaveLength(1);
    }
    expect(slices.every((s) => !/\bne\b/.test(s.filter ?? ''))).toBe(true);
  });

  test.each<PartitionLevel>(['ordered', 'fine', 'status'])(
    'at level %s open referrals (New, Active) come first and only they are marked open',
    (level) => {
      const slices = planPartitions({}, level);
      const firstClosed = slices.findIndex((s) => !s.isOpen);
      expect(firstClosed).toBeGreaterThan(0);
      expect(slices.slice(firstClosed).every((s) => !s.isOpen)).toBe(true);
      for (const slice of slices) {
        const openHit = ['New', 'Active'].some((status) =>
          REFERRAL_SUBSTATUSES.some((substatus) =>
            REFERRAL_DIRECTIONS.some((direction) =>
              matches(slice.filter, { status, substatus, direction }),
            ),
          ),
        );
        expect(openHit).toBe(slice.isOpen);
      }
    },
  );

  test('the fine level splits enough to keep 4 requests busy after the open slices', () => {
    const slices = planPartitions({}, 'fine');
    expect(slices.filter((s) => !s.isOpen).length).toBeGreaterThanOrEqual(4);
  });

  test('a filter the user chose goes to the server as one chain', () => {
    expect(planPartitions({ status: 'Closed', substatus: 'Won' }, 'fine')).toEqual([
      { filter: "status eq 'Closed' and substatus eq 'Won'", isOpen: false },
    ]);
  });

  test.each([
    ['fine', 'status'],
    ['status', 'single'],
    ['single', undefined],
  ] as const)('a refused filter at %s falls back to %s', (level, next) => {
    expect(fallbackLevel(level)).toBe(next);
  });
});
