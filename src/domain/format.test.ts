import { expiryCountdown, formatDate, formatMoney, totalsByCurrency } from './format';

describe('formatting with Intl', () => {
  test.each([
    [1234.56, 'TRY', 'tr-TR', '₺1.234,56'],
    [1234.56, 'USD', 'en-US', '$1,234.56'],
    [1500000, 'JPY', 'en-US', '¥1,500,000'],
    [null, 'USD', 'en-US', '—'],
    [99, 'XYZ1', 'en-US', '99 XYZ1'],
  ])('formatMoney(%s, %s, %s) = %s', (value, currency, locale, expected) => {
    expect(formatMoney(value, currency, locale).replace(/\u00a0/g, ' ')).toBe(expected);
  });

  test.each([
    ['2026-11-24T00:00:00Z', 'tr-TR', '24.11.2026'],
    ['2026-11-24T00:00:00.1234567Z', 'en-US', '11/24/2026'],
    [null, 'en-US', '—'],
    ['not a date', 'en-US', '—'],
  ])('formatDate(%s, %s) = %s', (iso, locale, expected) => {
    expect(formatDate(iso, locale)).toBe(expected);
  });

  test('expiry countdown is urgent under three days', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    expect(expiryCountdown('2026-11-27T00:00:00Z', now, 'en-US')).toMatchObject({
      isUrgent: true,
      isExpired: false,
      label: 'in 3 days',
    });
    expect(expiryCountdown('2026-12-04T00:00:00Z', now, 'en-US')).toMatchObject({
      isUrgent: false,
      label: 'in 10 days',
    });
    expect(expiryCountdown('2026-11-24T08:00:00Z', now, 'en-US')).toMatchObject({
      isExpired: true,
      label: '4 hours ago',
    });
    expect(expiryCountdown('2026-11-29T00:00:00Z', now, 'tr-TR')?.label).toBe('5 gün sonra');
    expect(expiryCountdown(null, now, 'en-US')).toBeUndefined();
  });

  test('totals per currency never add different currencies', () => {
    expect(
      totalsByCurrency([
        { value: 10, currency: 'USD' },
        { value: 5, currency: 'usd' },
        { value: 7, currency: 'EUR' },
        { value: null, currency: 'EUR' },
      ]),
    ).toEqual([
      { currency: 'EUR', total: 7, count: 1 },
      { currency: 'USD', total: 15, count: 2 },
    ]);
  });
});
