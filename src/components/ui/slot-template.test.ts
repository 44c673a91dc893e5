import { describe, expect, test, vi } from 'vitest';
import { cachedLookup, SLOT, slotTemplate } from './slot-template';

describe('slotTemplate', () => {
  test.each([
    [`Drag ${SLOT}`, 'Contoso', 'Drag Contoso'],
    [`${SLOT} seç`, 'Contoso', 'Contoso seç'],
    [`${SLOT} and ${SLOT}`, 'x', 'x and x'],
    ['No value here', 'Contoso', 'No value here'],
    [`Price ${SLOT}`, '$1 $& $$', 'Price $1 $& $$'],
  ])('%j filled with %j', (translated, value, expected) => {
    expect(slotTemplate(translated)(value)).toBe(expected);
  });
});

describe('cachedLookup', () => {
  test('looks each argument up once', () => {
    const lookup = vi.fn((days: number) => `${days} days`);
    const cached = cachedLookup(lookup);
    expect([cached(2), cached(3), cached(2), cached(2)]).toEqual([
      '2 days',
      '3 days',
      '2 days',
      '2 days',
    ]);
    expect(lookup).toHaveBeenCalledTimes(2);
  });
});
