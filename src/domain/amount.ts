/**
 * Reading an amount the user typed. The deal value fields are text inputs (a number input reports
 * "1-2-3" as empty, so the user would be told to enter a value they can see), and this says exactly
 * what is wrong with the text.
 */
export type AmountText =
  | { kind: 'empty' }
  | { kind: 'not-a-number' }
  | { kind: 'too-large' }
  | { kind: 'negative'; value: number }
  | { kind: 'number'; value: number };

/** Digits with an optional decimal point and exponent: what `Number` reads, minus hex, "Infinity" and the like. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function readAmount(text: string): AmountText {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (!DECIMAL.test(trimmed)) return { kind: 'not-a-number' };
  const value = Number(trimmed);
  // 1e999 reads as Infinity, which JSON would send as null.
  if (!Number.isFinite(value)) return { kind: 'too-large' };
  return value < 0 ? { kind: 'negative', value } : { kind: 'number', value };
}
