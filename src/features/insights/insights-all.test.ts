import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Referral } from '../../domain/referral-schema';
import { allFigures, withWeights } from './insights-all';
import {
  aging,
  closeReasons,
  expiringSoon,
  outcomesByMonth,
  pipelineByStage,
  timeToAccept,
  timeToWin,
  topByOpenValue,
  weightedPipeline,
} from './insights-data';
import { periodWindow, type Period } from './insights-period';

const NOW = new Date('2026-03-20T10:00:00Z');

// Every pair, valid or not, so referrals outside the seven stages are in the mix.
const STATUSES = ['New', 'Active', 'Closed', 'None'] as const;
const SUBSTATUSES = ['Pending', 'Received', 'Accepted', 'Won', 'Lost', 'Declined', 'Expired'];

const date = fc.oneof(
  fc.constant(null),
  fc.constant('not a date'),
  fc
    .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 5, 1) })
    .map((ms) => new Date(ms).toISOString()),
);

const referral = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  status: fc.constantFrom(...STATUSES),
  substatus: fc.constantFrom(...SUBSTATUSES),
  direction: fc.constantFrom('Incoming', 'Outgoing', null),
  createdDateTime: date,
  acceptedDateTime: date,
  closedDateTime: date,
  expirationDateTime: fc.oneof(
    date,
    fc
      .integer({ min: -2, max: 20 })
      .map((days) => new Date(NOW.getTime() + days * 86_400_000).toISOString()),
  ),
  statusReason: fc.constantFrom(null, '', '  ', 'Price: too high', 'Fiyat', 'No budget', 'later'),
  customerProfile: fc.option(
    fc.record({ name: fc.constantFrom('Contoso', ' Contoso ', 'Fabrikam', '', null) }),
  ),
  details: fc.option(
    fc.record({
      dealValue: fc.oneof(
        fc.constant(null),
        fc.constant('12.5'),
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.integer({ min: 0, max: 100_000 }),
      ),
      currency: fc.constantFrom('USD', ' eur', 'TRY', '', null),
      requirements: fc.option(
        fc.record({
          products: fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c', '') }), {
            maxLength: 3,
          }),
        }),
      ),
    }),
  ),
}) as unknown as fc.Arbitrary<Referral>;

const period = fc.oneof(
  fc.constantFrom<Period>(
    { kind: 'all', from: '', to: '' },
    { kind: '30', from: '', to: '' },
    { kind: '365', from: '', to: '' },
    { kind: 'custom', from: '2025-01-01', to: '' },
    { kind: 'custom', from: '2025-02-10', to: '2025-11-30' },
  ),
);

const reasonGroup = (text: string) =>
  text.startsWith('Price') || text.startsWith('Fiyat')
    ? 'price'
    : text.startsWith('No budget')
      ? 'no-budget'
      : 'other';

describe('one pass over the referrals', () => {
  test('gives exactly what each figure function gives on its own', () => {
    fc.assert(
      fc.property(
        fc.array(referral, { maxLength: 60 }),
        period,
        fc.record({
          new: fc.integer({ min: 0, max: 100 }),
          accepted: fc.integer({ min: 0, max: 100 }),
        }),
        (referrals, p, probabilities) => {
          const window = periodWindow(p, NOW);
          const one = withWeights(
            allFigures(referrals, window, NOW, reasonGroup),
            window,
            probabilities,
          );
          expect(one).toEqual({
            count: referrals.length,
            pipeline: pipelineByStage(referrals, window),
            weighted: weightedPipeline(referrals, window, probabilities),
            outcomes: outcomesByMonth(referrals, window),
            accept: timeToAccept(referrals, window),
            win: timeToWin(referrals, window),
            reasons: closeReasons(referrals, window, reasonGroup),
            aging: aging(referrals, NOW),
            expiring: expiringSoon(referrals, NOW),
            customers: topByOpenValue(referrals, window, 'customer'),
            products: topByOpenValue(referrals, window, 'product'),
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  test('a second period over the same referrals (facts kept) gives the same as a fresh copy', () => {
    fc.assert(
      fc.property(fc.array(referral, { maxLength: 40 }), period, period, (referrals, a, b) => {
        allFigures(referrals, periodWindow(a, NOW), NOW, reasonGroup);
        const window = periodWindow(b, NOW);
        const fresh = referrals.map((r) => structuredClone(r));
        expect(allFigures(referrals, window, NOW, reasonGroup)).toEqual(
          allFigures(fresh, window, NOW, reasonGroup),
        );
      }),
      { numRuns: 100 },
    );
  });

  test('each distinct close reason is grouped once, not once per referral', () => {
    const calls: string[] = [];
    const closed = (id: string, statusReason: string): Referral => ({
      id,
      status: 'Closed',
      substatus: 'Lost',
      closedDateTime: '2026-03-01T00:00:00Z',
      statusReason,
    });
    const referrals = [closed('1', 'later'), closed('2', 'later'), closed('3', 'Price')];
    const figures = allFigures(
      referrals,
      periodWindow({ kind: 'all', from: '', to: '' }, NOW),
      NOW,
      (t) => {
        calls.push(t);
        return reasonGroup(t);
      },
    );
    expect(calls.sort()).toEqual(['Price', 'later']);
    expect(figures.reasons.rows.map((r) => [r.group, r.count])).toEqual([
      ['other', 2],
      ['price', 1],
    ]);
  });
});
