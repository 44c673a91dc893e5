import { describe, expect, test } from 'vitest';
import { cardBodyWidth, gridColumns } from './chart-width';

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

describe('gridColumns', () => {
  test.each([
    { grid: 1372, rem: 16, columns: 2 }, // 1400 px screen
    { grid: 976, rem: 16, columns: 2 }, // two of exactly 30rem and a 1rem gap
    { grid: 975, rem: 16, columns: 1 },
    { grid: 1472, rem: 16, columns: 3 }, // three of exactly 30rem and two gaps
    { grid: 1471, rem: 16, columns: 2 },
    { grid: 328, rem: 16, columns: 1 }, // a 360 px phone
    { grid: 1372, rem: 20, columns: 2 },
    { grid: 0, rem: 16, columns: 1 }, // nothing laid out
  ])('$grid px at $rem px/rem → $columns', ({ grid, rem, columns }) => {
    expect(gridColumns(grid, rem)).toBe(columns);
  });
});
