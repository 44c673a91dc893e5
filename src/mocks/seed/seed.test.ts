import { referralCategory } from '../../domain/category';
import { referralSchema } from '../../domain/referral-schema';
import { STAGE_IDS, stageOf } from '../../domain/status-machine';
import { DOC_EXAMPLE_REFERRALS } from './fixtures/doc-examples';
import { generateReferrals } from './seed';

const NOW = new Date('2026-11-24T12:00:00Z');
const DAY = 86_400_000;

describe('generateReferrals', () => {
  const referrals = generateReferrals({ seed: 7, size: 400, now: NOW });

  test('is deterministic, and referral i does not depend on the size', () => {
    expect(generateReferrals({ seed: 7, size: 400, now: NOW })).toEqual(referrals);
    expect(generateReferrals({ seed: 7, size: 60, now: NOW })).toEqual(referrals.slice(0, 60));
    expect(generateReferrals({ seed: 8, size: 60, now: NOW })[10]?.id).not.toBe(referrals[10]?.id);
  });

  test('generates 20,000 referrals well under a second', () => {
    // The better of two runs, so one GC pause or a busy machine does not fail the build.
    const timings = [1, 2].map(() => {
      const started = performance.now();
      const many = generateReferrals({ seed: 1, size: 20_000, now: NOW });
      expect(many).toHaveLength(20_000);
      return performance.now() - started;
    });
    expect(Math.min(...timings)).toBeLessThan(1000);
  });

  test('ids are unique', () => {
    const many = generateReferrals({ seed: 1, size: 20_000, now: NOW });
    expect(new Set(many.map((r) => r.id)).size).toBe(20_000);
  });

  test('every referral parses with the domain schema', () => {
    for (const referral of generateReferrals({ seed: 3, size: 2_000, now: NOW })) {
      expect(referralSchema.safeParse(referral).success).toBe(true);
    }
  });

  test('starts with the doc examples, keeping their ids, rebased next to now', () => {
    const ids = DOC_EXAMPLE_REFERRALS.map((r) => r.id);
    expect(referrals.slice(0, 5).map((r) => r.id)).toEqual(ids);
    const incoming = referrals[0];
    expect(incoming?.status).toBe('New');
    expect(Date.parse(incoming?.expirationDateTime ?? '')).toBeGreaterThan(NOW.getTime());
    expect(incoming?.expirationDateTime).toMatch(/T00:00:00Z$/);
    expect(incoming?.createdDateTime).toMatch(/\.\d{7}Z$/);
  });

  test('a small seed holds every stage, category, direction and currency', () => {
    const small = referrals.slice(0, 60);
    expect(new Set(small.map((r) => stageOf(r)))).toEqual(new Set(STAGE_IDS));
    expect(new Set(small.map((r) => referralCategory(r)))).toEqual(
      new Set(['marketplace-lead', 'qualified-lead', 'co-sell']),
    );
    expect(new Set(small.map((r) => r.direction))).toEqual(new Set(['Incoming', 'Outgoing']));
    const currencies = new Set(referrals.map((r) => r.details?.currency));
    for (const code of ['USD', 'EUR', 'GBP', 'TRY', 'JPY']) expect(currencies).toContain(code);
  });

  test('dates follow the stage: New ones are unexpired, some expire within three days', () => {
    const open = referrals.filter((r) => r.status === 'New');
    for (const r of open) {
      expect(r.direction).toBe('Incoming');
      expect(Date.parse(r.expirationDateTime ?? '')).toBeGreaterThan(NOW.getTime());
      expect(r.expirationDateTime).toMatch(/T00:00:00Z$/);
    }
    expect(open.some((r) => Date.parse(r.expirationDateTime ?? '') - NOW.getTime() < 3 * DAY)).toBe(
      true,
    );
    for (const r of referrals) {
      expect(Date.parse(r.createdDateTime ?? '')).toBeLessThanOrEqual(NOW.getTime());
      if (r.status === 'Closed') expect(r.statusReason).toBeTruthy();
      if (r.direction === 'Outgoing') {
        expect(r.expirationDateTime).toBeNull();
        expect(r.acceptedDateTime).toBe(r.createdDateTime);
      }
    }
  });

  test('server values have the documented shapes', () => {
    for (const r of referrals) {
      expect(r.eTag).toMatch(/^"[0-9a-f]{8}-0000-0[01]00-0000-[0-9a-f]{8}0000"$/);
      expect(r.links?.self?.uri).toBe(
        `https://api.partner.microsoft.com/v1.0/engagements/referrals/${r.id}`,
      );
      expect(r.customerProfile?.address?.country).toMatch(/^[A-Z]{2}$/);
      if (r.details?.currency === 'JPY') expect(Number.isInteger(r.details.dealValue)).toBe(true);
    }
    expect(referrals.some((r) => !Number.isInteger(r.details?.dealValue))).toBe(true);
    expect(referrals.some((r) => r.customerProfile?.name?.includes('İ'))).toBe(true);
    expect(referrals.some((r) => r.customerProfile?.name?.includes('ı'))).toBe(true);
  });
});
