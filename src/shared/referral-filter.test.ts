import { describe, expect, test } from 'vitest';
import { closeReasonGroup } from '../domain/close';
import type { Referral } from '../domain/referral-schema';
import { matchesNarrowing, readReferralFilter, referralFilterMatcher } from './referral-filter';

const referral: Referral = {
  id: 'r1',
  name: 'Azure migration',
  status: 'Closed',
  substatus: 'Won',
  direction: 'Incoming',
  createdDateTime: '2026-03-01T10:00:00Z',
  closedDateTime: '2026-03-31T23:59:00Z',
  statusReason: 'Fiyat: en uygun teklif',
  customerProfile: { name: 'Çiçek A.Ş.' },
  details: { dealValue: 10, currency: 'TRY', requirements: { products: [{ id: 'Azure' }] } },
};
const labels = { price: ['Price', 'Fiyat'], other: ['Other', 'Diğer'] };
const group = (text: string) => closeReasonGroup(text, labels);

describe('narrowing filters in the URL', () => {
  test.each([
    ['', true],
    ['created=2026-03-01..2026-03-01', true],
    ['created=2026-03-02..', false],
    ['closed=..2026-03-31', true],
    ['closed=..2026-03-30', false],
    ['accepted=2026-01-01..', false], // no accepted date
    ['customer=%C3%87i%C3%A7ek%20A.%C5%9E.', true],
    ['customer=Contoso', false],
    ['product=Azure&product=SQL', true],
    ['product=SQL', false],
    ['reason=price', true],
    ['reason=other', false],
  ])('%s → %s', (search, expected) => {
    expect(matchesNarrowing(referral, readReferralFilter(new URLSearchParams(search)), group)).toBe(
      expected,
    );
  });

  test('malformed ranges are ignored, one range per date kept', () => {
    const filter = readReferralFilter(
      new URLSearchParams('created=yesterday&created=..&closed=2026-01-01..&closed=..2026-02-01'),
    );
    expect(filter.created).toEqual([]);
    expect(filter.closed).toEqual(['2026-01-01..']);
  });

  test('the whole filter as one predicate, search Turkish-aware', () => {
    const matches = (search: string) =>
      referralFilterMatcher(readReferralFilter(new URLSearchParams(search)), 'tr', group)(referral);
    expect(matches('stage=closed-won&currency=TRY&q=cicek')).toBe(true);
    expect(matches('stage=closed-lost')).toBe(false);
    expect(matches('direction=Outgoing')).toBe(false);
    expect(matches('currency=USD')).toBe(false);
    expect(matches('q=contoso')).toBe(false);
  });
});

describe('close reason groups', () => {
  test.each([
    ['Price', 'price'],
    ['price: too high', 'price'],
    ['Fiyat: en iyi', 'price'],
    ['Diğer: başka', 'other'],
    ['Pricey', 'other'],
    ['Customer engagement was a success!', 'other'],
  ])('%s → %s', (text, expected) => {
    expect(group(text)).toBe(expected);
  });
});
