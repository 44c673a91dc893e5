import { describe, expect, test } from 'vitest';
import type { Referral } from '../../domain/referral-schema';
import { estimateCardHeight } from './card-height';

describe('estimateCardHeight', () => {
  const closed: Referral = { id: 'r1', name: 'Short name', status: 'Closed', substatus: 'Won' };
  test('a closed card: title, customer and facts only', () => {
    expect(estimateCardHeight(closed, 'closed-won')).toBe(162);
  });
  test('an open card adds its aging note and Move to…; a New one its expiry', () => {
    const active = { ...closed, status: 'Active', substatus: 'Accepted' } as const;
    const fresh = { ...closed, status: 'New', substatus: 'Pending' } as const;
    expect(estimateCardHeight(active, 'active-accepted')).toBe(162 + 16 + 36);
    expect(estimateCardHeight(fresh, 'new-pending')).toBe(162 + 22 + 16 + 36);
  });
  test('a long title takes more lines', () => {
    const long = { ...closed, name: 'A referral name long enough to wrap four times' };
    expect(estimateCardHeight(long, 'closed-won')).toBe(Math.round(141 + 4 * 21.3));
  });
});
