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

/** The message key (under a form's `errors`) of what is wrong with a typed deal value. */
export type DealValueProblem =
  'dealValueRequired' | 'dealValueNotNumber' | 'dealValueTooLarge' | 'dealValueNegative';

/**
 * What is wrong with a deal value the user typed, if anything. `isEmptyAllowed`: an empty field
 * is fine (the edit form, when the saved referral has no value either).
 */
export function dealValueProblem(
  text: string,
  { isEmptyAllowed = false }: { isEmptyAllowed?: boolean } = {},
): DealValueProblem | undefined {
  const amount = readAmount(text);
  switch (amount.kind) {
    case 'empty':
      return isEmptyAllowed ? undefined : 'dealValueRequired';
    case 'not-a-number':
      return 'dealValueNotNumber';
    case 'too-large':
      return 'dealValueTooLarge';
    case 'negative':
      return 'dealValueNegative';
    case 'number':
      return undefined;
  }
}
