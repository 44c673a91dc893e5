import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { apiTime, parseIsoTime } from './iso-time';

describe('parseIsoTime', () => {
  test.each([
    // The API's shapes (docs and simulator): 0, 3 and 7 fraction digits.
    { text: '2018-11-13T00:00:00Z', ms: Date.UTC(2018, 10, 13), fast: true },
    { text: '2020-10-29T21:24:52.0404690Z', ms: Date.UTC(2020, 9, 29, 21, 24, 52, 40), fast: true },
    { text: '2021-03-02T09:15:27.118Z', ms: Date.UTC(2021, 2, 2, 9, 15, 27, 118), fast: true },
    // Later fraction digits are dropped, not rounded (as Date.parse).
    { text: '2020-09-01T18:17:36.9999Z', ms: Date.UTC(2020, 8, 1, 18, 17, 36, 999), fast: true },
    { text: '2020-09-01T18:17:36.2Z', ms: Date.UTC(2020, 8, 1, 18, 17, 36, 200), fast: true },
    { text: '2020-09-01T18:17:36.25Z', ms: Date.UTC(2020, 8, 1, 18, 17, 36, 250), fast: true },
    { text: '2024-02-29T23:59:59Z', ms: Date.UTC(2024, 1, 29, 23, 59, 59), fast: true },
    {
      text: '1999-12-31T23:59:59.999999999Z',
      ms: Date.UTC(1999, 11, 31, 23, 59, 59, 999),
      fast: true,
    },
    // Other shapes go to Date.parse.
    { text: '2020-12-01', ms: Date.UTC(2020, 11, 1), fast: false },
    { text: '2020-12-01T10:00:00+02:00', ms: Date.UTC(2020, 11, 1, 8), fast: false },
    {
      text: '2020-12-01T10:00:00.1234567891Z',
      ms: Date.UTC(2020, 11, 1, 10, 0, 0, 123),
      fast: false,
    },
    { text: '2020-09-01T18:17:36.Z', ms: NaN, fast: false },
    { text: '2021-01-01T24:00:00Z', ms: Date.parse('2021-01-01T24:00:00Z'), fast: false },
    { text: '2023-02-29T00:00:00Z', ms: Date.parse('2023-02-29T00:00:00Z'), fast: false },
    { text: '2021-13-01T00:00:00Z', ms: NaN, fast: false },
    { text: '2021-01-01T23:60:00Z', ms: NaN, fast: false },
    { text: '2021-01-01T23:59:60Z', ms: NaN, fast: false },
    { text: '2021-01-0xT00:00:00Z', ms: NaN, fast: false },
    { text: '0050-01-01T00:00:00Z', ms: Date.parse('0050-01-01T00:00:00Z'), fast: false },
    { text: 'not a date', ms: NaN, fast: false },
    { text: '', ms: NaN, fast: false },
  ])('$text', ({ text, ms, fast }) => {
    expect(parseIsoTime(text)).toBe(ms);
    expect(apiTime(text) !== undefined).toBe(fast);
  });

  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  // Fields in and out of range, in the API's shape, so both the fast path and its refusals are hit.
  const apiShaped = fc
    .record({
      year: fc.integer({ min: 0, max: 9999 }),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      hour: fc.integer({ min: 0, max: 25 }),
      minute: fc.integer({ min: 0, max: 60 }),
      second: fc.integer({ min: 0, max: 60 }),
      fraction: fc.option(fc.stringMatching(/^\d{0,11}$/), { nil: undefined }),
    })
    .map(
      (f) =>
        `${pad(f.year, 4)}-${pad(f.month, 2)}-${pad(f.day, 2)}T${pad(f.hour, 2)}:` +
        `${pad(f.minute, 2)}:${pad(f.second, 2)}${f.fraction === undefined ? '' : `.${f.fraction}`}Z`,
    );

  test('equals Date.parse on date-times in the API shape, valid or not', () => {
    fc.assert(
      fc.property(apiShaped, (text) => {
        expect(parseIsoTime(text)).toBe(Date.parse(text));
      }),
      { numRuns: 5000 },
    );
  });

  test('equals Date.parse on real instants written by toISOString, and reads them fast', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(100, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }),
        (ms) => {
          const text = new Date(ms).toISOString();
          expect(apiTime(text)).toBe(ms);
          expect(parseIsoTime(text)).toBe(Date.parse(text));
        },
      ),
      { numRuns: 5000 },
    );
  });

  test('equals Date.parse on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 32 }), (text) => {
        expect(parseIsoTime(text)).toBe(Date.parse(text));
      }),
      { numRuns: 2000 },
    );
  });
});
