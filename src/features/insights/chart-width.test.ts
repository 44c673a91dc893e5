import { describe, expect, test } from 'vitest';
import { cardBodyWidth } from './chart-width';

// Hand-computed from insights.css: columns ≥ 30rem, 1rem apart; a card's border 1px, padding 0.75rem.
describe('cardBodyWidth', () => {
  test.each([
    // grid px, rem px, card body px
    { grid: 1372, rem: 16, body: 652 }, // two columns of 678
    { grid: 976, rem: 16, body: 454 }, // two columns of exactly 30rem (480)
    { grid: 975, rem: 16, body: 949 }, // one column: two would be narrower than 30rem
    { grid: 1500, rem: 16, body: 463 }, // three columns of 489.33 (3 × 480 + 2 × 16 = 1472)
    { grid: 328, rem: 16, body: 302 }, // a 360 px phone: one column, the full width
    { grid: 1372, rem: 20, body: 644 }, // larger text: 30rem = 600 px, two columns of 676
    { grid: 0, rem: 16, body: -26 }, // nothing laid out (the caller keeps 240 at least)
  ])('$grid px at $rem px/rem → $body px', ({ grid, rem, body }) => {
    expect(cardBodyWidth(grid, rem)).toBe(body);
  });
});
