import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Referral } from '../../domain/referral-schema';
import {
  aging,
  closeReasons,
  DEFAULT_PROBABILITIES,
  expiringSoon,
  mainCurrency,
  median,
  outcomesByMonth,
  percentile,
  pipelineByStage,
  timeToAccept,
  timeToWin,
  topByOpenValue,
  weightedPipeline,
} from './insights-data';
import { periodWindow } from './insights-period';

const NOW = new Date('2026-03-20T10:00:00Z');
const ALL = periodWindow({ kind: 'all', from: '', to: '' }, NOW);
const LAST_30 = periodWindow({ kind: '30', from: '', to: '' }, NOW); // 2026-02-19..2026-03-20

type Stage = [Referral['status'], Referral['substatus']];
const PENDING: Stage = ['New', 'Pending'];
const ACCEPTED: Stage = ['Active', 'Accepted'];
const WON: Stage = ['Closed', 'Won'];
const LOST: Stage = ['Closed', 'Lost'];
const DECLINED: Stage = ['Closed', 'Declined'];

function make(
  id: string,
  stage: Stage,
  extra: Partial<Referral> = {},
  value?: number,
  currency?: string,
): Referral {
  return {
    id,
    name: id,
    status: stage[0],
    substatus: stage[1],
    direction: 'Incoming',
    createdDateTime: '2026-03-01T00:00:00Z',
    details: { dealValue: value ?? null, currency: currency ?? null },
    ...extra,
  };
}

const reasonGroup = (text: string) =>
  text.startsWith('Price') || text.startsWith('Fiyat')
    ? 'price'
    : text.startsWith('No budget')
      ? 'no-budget'
      : 'other';

describe('empty data', () => {
  test('every figure is empty, no rate, no duration', () => {
    expect(pipelineByStage([], ALL)).toEqual({ rows: [], currencies: [], undated: 0 });
    expect(weightedPipeline([], ALL, DEFAULT_PROBABILITIES).totals).toEqual([]);
    const outcomes = outcomesByMonth([], ALL);
    expect(outcomes.winRate).toBeNull();
    expect(outcomes.months).toEqual([]);
    expect(timeToAccept([], ALL)).toMatchObject({ count: 0, median: null, p90: null });
    expect(closeReasons([], ALL, reasonGroup).rows).toEqual([]);
    expect(aging([], NOW).rows.every((r) => r.count === 0)).toBe(true);
    expect(expiringSoon([], NOW).items).toEqual([]);
    expect(topByOpenValue([], ALL, 'customer')).toEqual([]);
    expect(mainCurrency([])).toBeNull();
  });
});

describe('pipeline by stage', () => {
  test('one currency: count and value per stage, with the list address of each', () => {
    const data = [
      make('a', ACCEPTED, {}, 100, 'USD'),
      make('b', ACCEPTED, {}, 250.5, 'usd'),
      make('c', ACCEPTED, {}, undefined, 'USD'), // counts, adds nothing
      make('d', PENDING, {}, 40, 'USD'),
    ];
    const { rows, currencies } = pipelineByStage(data, LAST_30);
    expect(currencies).toEqual(['USD']);
    expect(rows).toEqual([
      {
        stage: 'new-pending',
        currency: 'USD',
        count: 1,
        value: 40,
        drill: { stage: ['new-pending'], currency: ['USD'], created: ['2026-02-19..2026-03-20'] },
      },
      {
        stage: 'active-accepted',
        currency: 'USD',
        count: 3,
        value: 350.5,
        drill: {
          stage: ['active-accepted'],
          currency: ['USD'],
          created: ['2026-02-19..2026-03-20'],
        },
      },
    ]);
  });

  test('mixed currencies are never added together; no currency has no link', () => {
    const data = [
      make('a', ACCEPTED, {}, 100, 'USD'),
      make('b', ACCEPTED, {}, 200, 'EUR'),
      make('c', ACCEPTED, {}, 300, 'EUR'),
      make('d', ACCEPTED, {}, 7, null as unknown as string),
    ];
    const { rows, currencies } = pipelineByStage(data, ALL);
    expect(currencies).toEqual(['', 'EUR', 'USD']);
    expect(rows.map((r) => [r.currency, r.count, r.value])).toEqual([
      ['', 1, 7],
      ['EUR', 2, 500],
      ['USD', 1, 100],
    ]);
    expect(rows[0]?.drill).toBeNull();
    expect(rows[1]?.drill).toEqual({ stage: ['active-accepted'], currency: ['EUR'] });
  });

  test('referrals missing a creation date: left out of a bounded period, counted as undated', () => {
    const data = [
      make('a', ACCEPTED, { createdDateTime: null }, 10, 'USD'),
      make('b', ACCEPTED, { createdDateTime: '2025-01-01T00:00:00Z' }, 20, 'USD'), // before the period
      make('c', ACCEPTED, {}, 30, 'USD'),
    ];
    const bounded = pipelineByStage(data, LAST_30);
    expect(bounded.undated).toBe(1);
    expect(bounded.rows.map((r) => r.value)).toEqual([30]);
    expect(pipelineByStage(data, ALL).rows.map((r) => r.value)).toEqual([60]);
  });
});

describe('weighted pipeline', () => {
  test('value × probability, per currency (defaults New 10 %, Active·Accepted 40 %)', () => {
    const data = [
      make('a', PENDING, {}, 1000, 'USD'),
      make('b', ['New', 'Received'], {}, 500, 'USD'),
      make('c', ACCEPTED, {}, 2000, 'USD'),
      make('d', ACCEPTED, {}, 100, 'EUR'),
      make('e', WON, {}, 9999, 'USD'), // closed: not in the pipeline
    ];
    const w = weightedPipeline(data, ALL, DEFAULT_PROBABILITIES);
    expect(w.totals.map((t) => [t.currency, t.value, t.weighted])).toEqual([
      ['EUR', 100, 40],
      ['USD', 3500, 100 + 50 + 800],
    ]);
    const custom = weightedPipeline(data, ALL, { new: 50, accepted: 100 });
    expect(custom.totals.find((t) => t.currency === 'USD')?.weighted).toBe(500 + 250 + 2000);
  });
});

describe('win rate and decline rate per month', () => {
  test('by month closed, Won ÷ (Won + Lost), Declined ÷ (Won + Lost + Declined)', () => {
    const data = [
      make('w1', WON, { closedDateTime: '2026-02-20T10:00:00Z' }),
      make('w2', WON, { closedDateTime: '2026-03-02T10:00:00Z' }),
      make('w3', WON, { closedDateTime: '2026-03-05T10:00:00Z' }),
      make('l1', LOST, { closedDateTime: '2026-03-10T10:00:00Z' }),
      make('d1', DECLINED, { closedDateTime: '2026-03-11T10:00:00Z' }),
      make('old', WON, { closedDateTime: '2025-03-11T10:00:00Z' }), // outside the period
      make('nodate', LOST, { closedDateTime: null }),
    ];
    const o = outcomesByMonth(data, LAST_30);
    expect(o.undated).toBe(1);
    expect(
      o.months.map((m) => [m.month, m.won, m.lost, m.declined, m.winRate, m.declineRate]),
    ).toEqual([
      ['2026-02', 1, 0, 0, 1, 0],
      ['2026-03', 2, 1, 1, 2 / 3, 1 / 4],
    ]);
    expect(o.winRate).toBe(3 / 4);
    expect(o.declineRate).toBe(1 / 5);
    // The first month is cut to the period's start, the last to its end.
    expect(o.months[0]?.drill.won).toEqual({
      stage: ['closed-won'],
      closed: ['2026-02-19..2026-02-28'],
    });
    expect(o.months[1]?.drill.decided).toEqual({
      stage: ['closed-won', 'closed-lost'],
      closed: ['2026-03-01..2026-03-20'],
    });
  });
});

describe('time to accept and time to win', () => {
  test('median and nearest-rank 90th percentile in hours; outgoing left out', () => {
    const created = '2026-03-01T00:00:00Z';
    const hoursLater = (h: number) => new Date(Date.parse(created) + h * 3_600_000).toISOString();
    const data = [2, 10, 20, 30, 100].map((h, i) =>
      make(`a${i}`, ACCEPTED, { createdDateTime: created, acceptedDateTime: hoursLater(h) }),
    );
    data.push(
      make('out', ACCEPTED, {
        direction: 'Outgoing',
        createdDateTime: created,
        acceptedDateTime: created,
      }),
    );
    data.push(
      make('nocreated', ACCEPTED, { createdDateTime: null, acceptedDateTime: hoursLater(5) }),
    );
    const t = timeToAccept(data, LAST_30);
    expect(t).toMatchObject({ count: 5, median: 20, p90: 100, withinTarget: 3, undated: 1 });
    expect(t.drill).toEqual({ direction: ['Incoming'], accepted: ['2026-02-19..2026-03-20'] });
    expect(timeToAccept(data, ALL).drill).toEqual({
      direction: ['Incoming'],
      accepted: ['..9999-12-31'],
    });
  });

  test('time to win is closed − accepted of Won referrals closed in the period', () => {
    const data = [
      make('w1', WON, {
        acceptedDateTime: '2026-03-01T00:00:00Z',
        closedDateTime: '2026-03-03T00:00:00Z',
      }),
      make('w2', WON, {
        acceptedDateTime: '2026-03-01T00:00:00Z',
        closedDateTime: '2026-03-05T00:00:00Z',
      }),
      make('w3', WON, { acceptedDateTime: null, closedDateTime: '2026-03-05T00:00:00Z' }),
      make('l1', LOST, {
        acceptedDateTime: '2026-03-01T00:00:00Z',
        closedDateTime: '2026-03-02T00:00:00Z',
      }),
    ];
    expect(timeToWin(data, LAST_30)).toMatchObject({ count: 2, median: 72, p90: 96, undated: 1 });
  });

  test.each([
    [[], 50, null],
    [[5], 90, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90, 10],
  ])('percentile(%j, %i) = %s', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  test('median and percentiles lie within the values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1 }),
        (values) => {
          const sorted = [...values].sort((a, b) => a - b);
          const first = sorted[0] ?? 0;
          const last = sorted.at(-1) ?? 0;
          for (const value of [median(sorted), percentile(sorted, 90)]) {
            expect(value).toBeGreaterThanOrEqual(first);
            expect(value).toBeLessThanOrEqual(last);
          }
        },
      ),
    );
  });
});

describe('close reasons', () => {
  test('grouped by preset per outcome; free text grouped as other with its texts', () => {
    const closed = { closedDateTime: '2026-03-10T00:00:00Z' };
    const data = [
      make('a', WON, { ...closed, statusReason: 'Price: cheaper than the rest' }),
      make('b', WON, { ...closed, statusReason: 'Fiyat' }),
      make('c', WON, { ...closed, statusReason: 'Signed a 3-year agreement.' }),
      make('d', WON, { ...closed, statusReason: 'Signed a 3-year agreement.' }),
      make('e', LOST, { ...closed, statusReason: 'No budget: frozen' }),
      make('f', LOST, { ...closed, statusReason: '' }),
      make('g', LOST, { closedDateTime: null, statusReason: 'No budget' }),
    ];
    const r = closeReasons(data, LAST_30, reasonGroup);
    expect(r.unexplained).toBe(1);
    expect(r.undated).toBe(1);
    expect(r.rows.map((x) => [x.outcome, x.group, x.count, x.texts])).toEqual([
      ['closed-won', 'other', 2, [{ text: 'Signed a 3-year agreement.', count: 2 }]],
      ['closed-won', 'price', 2, []],
      ['closed-lost', 'no-budget', 1, []],
    ]);
    expect(r.rows[1]?.drill).toEqual({
      stage: ['closed-won'],
      reason: ['price'],
      closed: ['2026-02-19..2026-03-20'],
    });
  });
});

describe('aging and expiring (today)', () => {
  test('active referrals by whole days since accepted, each bucket a day range', () => {
    const data = [
      make('a', ACCEPTED, { acceptedDateTime: '2026-03-20T01:00:00Z' }), // 0 days
      make('b', ACCEPTED, { acceptedDateTime: '2026-02-18T23:00:00Z' }), // 30 days
      make('c', ACCEPTED, { acceptedDateTime: '2026-02-17T00:00:00Z' }), // 31 days
      make('d', ACCEPTED, { acceptedDateTime: '2025-01-01T00:00:00Z' }), // 443 days
      make('e', ACCEPTED, { acceptedDateTime: null }),
      make('f', WON, { acceptedDateTime: '2026-03-20T01:00:00Z' }),
    ];
    const a = aging(data, NOW);
    expect(a.undated).toBe(1);
    expect(a.rows.map((r) => [r.bucket, r.count])).toEqual([
      ['0-30', 2],
      ['31-60', 1],
      ['61-90', 0],
      ['91-180', 0],
      ['181+', 1],
    ]);
    expect(a.rows[0]?.drill).toEqual({ stage: ['active-accepted'], accepted: ['2026-02-18..'] });
    expect(a.rows[1]?.drill).toEqual({
      stage: ['active-accepted'],
      accepted: ['2026-01-19..2026-02-17'],
    });
    expect(a.rows[4]?.drill).toEqual({ stage: ['active-accepted'], accepted: ['..2025-09-20'] });
  });

  test('new referrals expiring today to 14 days ahead, soonest first', () => {
    const data = [
      make('a', PENDING, { expirationDateTime: '2026-03-25T00:00:00Z' }), // 5 days
      make('b', PENDING, { expirationDateTime: '2026-03-20T00:00:00Z' }), // today
      make('c', PENDING, { expirationDateTime: '2026-04-03T00:00:00Z' }), // 14 days
      make('d', PENDING, { expirationDateTime: '2026-04-04T00:00:00Z' }), // 15: out
      make('e', ACCEPTED, { expirationDateTime: '2026-03-21T00:00:00Z' }), // not new
      make('f', PENDING, { expirationDateTime: null }),
    ];
    const e = expiringSoon(data, NOW);
    expect(e.items.map((i) => [i.referral.id, i.daysLeft])).toEqual([
      ['b', 0],
      ['a', 5],
      ['c', 14],
    ]);
    expect(e.rows.map((r) => r.count)).toEqual([1, 1, 1]);
    expect(e.rows[2]?.drill).toEqual({
      stage: ['new-pending', 'new-received'],
      expires: ['2026-03-28..2026-04-03'],
    });
  });
});

describe('top customers and products by open value', () => {
  test('per customer and currency, largest first, five per currency', () => {
    const customer = (name: string) => ({ customerProfile: { name } });
    const data = [
      make('a', ACCEPTED, customer('Contoso'), 100, 'USD'),
      make('b', PENDING, customer('Contoso'), 50, 'USD'),
      make('c', ACCEPTED, customer('Fabrikam'), 120, 'USD'),
      make('d', ACCEPTED, customer('Contoso'), 999, 'EUR'),
      make('e', WON, customer('Big Won'), 10_000, 'USD'), // closed: not open
      ...['p', 'q', 'r', 's', 't', 'u'].map((n, i) =>
        make(n, ACCEPTED, customer(`T${n}`), i + 1, 'TRY'),
      ),
    ];
    const top = topByOpenValue(data, ALL, 'customer');
    expect(top.slice(0, 3).map((r) => [r.name, r.currency, r.count, r.value])).toEqual([
      ['Contoso', 'EUR', 1, 999],
      ['Contoso', 'USD', 2, 150],
      ['Fabrikam', 'USD', 1, 120],
    ]);
    expect(top.filter((r) => r.currency === 'TRY').map((r) => r.name)).toEqual([
      'Tu',
      'Tt',
      'Ts',
      'Tr',
      'Tq',
    ]);
    expect(top[1]?.drill).toEqual({
      stage: ['new-pending', 'new-received', 'active-accepted'],
      customer: ['Contoso'],
      currency: ['USD'],
    });
    expect(mainCurrency(top)).toBe('TRY');
  });

  test('a referral counts once for each product it lists', () => {
    const products = (...ids: string[]) => ({
      details: {
        dealValue: 10,
        currency: 'USD',
        requirements: { products: ids.map((id) => ({ id })) },
      },
    });
    const data = [
      make('a', ACCEPTED, products('Azure', 'SQL')),
      make('b', ACCEPTED, products('Azure', 'Azure')),
    ];
    expect(topByOpenValue(data, ALL, 'product').map((r) => [r.name, r.count, r.value])).toEqual([
      ['Azure', 2, 20],
      ['SQL', 1, 10],
    ]);
  });
});
