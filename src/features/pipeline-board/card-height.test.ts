import { describe, expect, test } from 'vitest';
import type { Referral } from '../../domain/referral-schema';
import { estimateCardHeight, wrappedLines } from './card-height';

describe('estimateCardHeight', () => {
  const closed: Referral = { id: 'r1', name: 'Short name', status: 'Closed', substatus: 'Won' };
  const oneLine = Math.round(131 + 21.3);
  test('a closed card: title, customer and facts only', () => {
    expect(estimateCardHeight(closed, 'closed-won')).toBe(oneLine);
  });
  test('an open card adds its aging note and Move to…; a New one its expiry', () => {
    const active = { ...closed, status: 'Active', substatus: 'Accepted' } as const;
    const fresh = { ...closed, status: 'New', substatus: 'Pending' } as const;
    expect(estimateCardHeight(active, 'active-accepted')).toBe(oneLine + 16 + 36);
    expect(estimateCardHeight(fresh, 'new-pending')).toBe(oneLine + 43 + 16 + 36);
  });
  test('a long title takes more lines, wrapped at its words', () => {
    const long = { ...closed, name: 'A referral name long enough to wrap four times' };
    expect(estimateCardHeight(long, 'closed-won')).toBe(Math.round(131 + 4 * 21.3));
  });
  test('a long customer name takes a second line', () => {
    const customer = { ...closed, customerProfile: { name: 'Northern Rail Parts Ltd' } };
    expect(estimateCardHeight(customer, 'closed-won')).toBe(Math.round(131 + 21.3 + 20));
  });
});

describe('wrappedLines', () => {
  test('words move to the next line whole; a word longer than a line breaks', () => {
    expect(wrappedLines('', 14)).toBe(1);
    expect(wrappedLines('Contoso Ltd', 14)).toBe(1);
    // "Contoso" (7) + " " + "Customer" (8) is 16 > 14: two lines, not ceil(16 / 14) by characters.
    expect(wrappedLines('Contoso Customer', 14)).toBe(2);
    expect(wrappedLines('Contoso Customer Inc - D365', 14)).toBe(3);
    expect(wrappedLines('x'.repeat(30), 14)).toBe(3);
  });
});
