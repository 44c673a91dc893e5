import { describe, expect, test } from 'vitest';
import { isCompleteCopy, missingKeys, WRITTEN_BACK_KEYS } from './complete-copy';
import type { Referral } from './referral-schema';

const full: Referral = {
  id: 'r1',
  name: 'A deal',
  status: 'New',
  substatus: 'Pending',
  customerProfile: { name: 'Contoso' },
  consent: { consentToContact: true },
  details: { notes: null },
  team: [],
  eTag: 'e1',
};

const without = (key: string): Referral => {
  const copy: Record<string, unknown> = { ...full };
  delete copy[key];
  return copy as Referral;
};

describe('complete copy', () => {
  test('a copy with an eTag and every written-back key is complete', () => {
    expect(isCompleteCopy(full)).toBe(true);
    expect(missingKeys(full)).toEqual([]);
  });

  test('keys sent as null count as present (the server said they are empty)', () => {
    expect(isCompleteCopy({ ...full, team: null, consent: null })).toBe(true);
  });

  test.each(WRITTEN_BACK_KEYS.filter((k) => k !== 'status' && k !== 'substatus'))(
    'a copy without %s is a summary',
    (key) => {
      expect(isCompleteCopy(without(key))).toBe(false);
      expect(missingKeys(without(key))).toEqual([key]);
    },
  );

  test.each([undefined, null, ''])('a copy without a usable eTag (%s) is a summary', (eTag) => {
    expect(isCompleteCopy({ ...full, eTag })).toBe(false);
  });
});
