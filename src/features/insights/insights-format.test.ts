import { describe, expect, test } from 'vitest';
import { formatMoney } from '../../domain/format';
import {
  drillHref,
  formatAxisNumber,
  formatCount,
  formatHours,
  formatMonth,
  formatPercent,
} from './insights-format';
import { isPeriodInvalid, periodWindow, readPeriod, writePeriod } from './insights-period';

// Intl puts narrow no-break spaces in some places; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('Turkish and English number formats', () => {
  test.each([
    ['en-US', 0.62, '62%'],
    ['tr-TR', 0.62, '%62'],
    ['en-US', null, '—'],
  ])('percent in %s', (locale, value, expected) => {
    expect(plain(formatPercent(value, locale))).toBe(expected);
  });

  test.each([
    ['en-US', 12345.5, '12,345.5'],
    ['tr-TR', 12345.5, '12.345,5'],
  ])('count in %s', (locale, value, expected) => {
    expect(formatCount(value, locale)).toBe(expected);
  });

  test('axis numbers are compact when large, in the locale’s words', () => {
    expect(formatAxisNumber(1_500_000, 'en-US')).toBe('1.5M');
    expect(plain(formatAxisNumber(1_500_000, 'tr-TR'))).toBe('1,5 Mn');
    expect(formatAxisNumber(2500, 'tr-TR')).toBe('2.500');
  });

  test('durations: hours under two days, days above', () => {
    expect(formatHours(6.25, 'en-US')).toBe('6.3 hours');
    expect(formatHours(72, 'en-US')).toBe('3 days');
    expect(formatHours(6.25, 'tr-TR')).toBe('6,3 saat');
    expect(formatHours(36, 'tr-TR')).toBe('36 saat');
    expect(formatHours(null, 'tr-TR')).toBe('—');
  });

  test('months and money', () => {
    expect(formatMonth('2026-03', 'en-US')).toBe('March 2026');
    expect(formatMonth('2026-05', 'tr-TR')).toBe('Mayıs 2026');
    expect(plain(formatMoney(1234.5, 'TRY', 'tr-TR'))).toBe('₺1.234,50');
  });
});

describe('drill links', () => {
  test('keep the filters in force, add the figure’s own, leave the period behind', () => {
    const current = new URLSearchParams('q=contoso&direction=Incoming&period=30&demo-size=200');
    expect(drillHref(current, { stage: ['active-accepted'], currency: ['USD'] })).toBe(
      '/referrals?q=contoso&direction=Incoming&stage=active-accepted&currency=USD',
    );
  });

  test('a figure’s stage or currency replaces the one in force; day ranges intersect', () => {
    const current = new URLSearchParams('stage=closed-won&created=2026-01-10..');
    expect(
      drillHref(current, { stage: ['closed-lost'], created: ['2026-01-01..2026-01-31'] }),
    ).toBe(`/referrals?stage=closed-lost&created=${encodeURIComponent('2026-01-10..2026-01-31')}`);
    expect(drillHref(new URLSearchParams(), {})).toBe('/referrals');
  });
});

describe('period', () => {
  const now = new Date('2026-03-20T22:00:00Z');
  test.each([
    ['', '90', '2025-12-21..2026-03-20'],
    ['period=30', '30', '2026-02-19..2026-03-20'],
    ['period=365', '365', '2025-03-21..2026-03-20'],
    ['period=all', 'all', null],
    ['period=custom&from=2026-01-01&to=2026-01-31', 'custom', '2026-01-01..2026-01-31'],
    ['period=custom&from=2026-01-01', 'custom', '2026-01-01..'],
    ['period=custom&from=junk', 'custom', null],
    ['period=weekly', '90', '2025-12-21..2026-03-20'],
  ])('%s', (search, kind, range) => {
    const period = readPeriod(new URLSearchParams(search));
    expect(period.kind).toBe(kind);
    expect(periodWindow(period, now).range).toBe(range);
  });

  test('written back without defaults, other parameters kept', () => {
    const out = writePeriod(new URLSearchParams('q=x&period=30'), { kind: '90', from: '', to: '' });
    expect(out.toString()).toBe('q=x');
    expect(
      writePeriod(new URLSearchParams(), {
        kind: 'custom',
        from: '2026-01-01',
        to: '2026-02-01',
      }).toString(),
    ).toBe('period=custom&from=2026-01-01&to=2026-02-01');
  });

  test('a backwards custom period is invalid', () => {
    expect(isPeriodInvalid({ kind: 'custom', from: '2026-02-01', to: '2026-01-01' })).toBe(true);
    expect(isPeriodInvalid({ kind: 'custom', from: '2026-01-01', to: '2026-01-01' })).toBe(false);
  });
});
