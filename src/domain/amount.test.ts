import fc from 'fast-check';
import { dealValueProblem, readAmount } from './amount';

describe('readAmount', () => {
  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['1-2-3', 'not-a-number'],
    ['12abc', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['1,500', 'not-a-number'],
    ['1e999', 'too-large'],
    ['-1e999', 'too-large'],
    ['-5', 'negative'],
    ['0', 'number'],
    ['1500', 'number'],
    [' 1500.50 ', 'number'],
    ['.5', 'number'],
    ['1e3', 'number'],
  ])('%j is %s', (text, kind) => {
    expect(readAmount(text).kind).toBe(kind);
  });

  test('every finite number written by String() reads back as itself', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const read = readAmount(String(n));
        expect(read.kind).toBe(n < 0 ? 'negative' : 'number');
        if ('value' in read) expect(read.value).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});

describe('dealValueProblem', () => {
  test.each([
    ['', false, 'dealValueRequired'],
    ['  ', true, undefined],
    ['1-2-3', false, 'dealValueNotNumber'],
    ['1-2-3', true, 'dealValueNotNumber'],
    ['1e999', false, 'dealValueTooLarge'],
    ['-5', true, 'dealValueNegative'],
    ['0', false, undefined],
    ['1500.50', false, undefined],
  ])('%j (empty allowed: %s) is %s', (text, isEmptyAllowed, problem) => {
    expect(dealValueProblem(text, { isEmptyAllowed })).toBe(problem);
  });
});
