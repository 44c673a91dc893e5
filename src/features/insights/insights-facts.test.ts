import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Referral } from '../../domain/referral-schema';
import { factsOf, factsPreparer } from './insights-facts';

const referrals = (n: number, tag: string): Referral[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${tag}-${i}`,
    name: `${tag} ${i}`,
    status: 'New',
    substatus: 'Pending',
    createdDateTime: '2026-03-01T00:00:00Z',
  }));

/** How many dates `factsOf` parses for `list` now: none once its facts were prepared. */
function parsesFor(list: readonly Referral[]): number {
  const parse = vi.spyOn(Date, 'parse');
  try {
    for (const r of list) factsOf(r);
    return parse.mock.calls.length;
  } finally {
    parse.mockRestore();
  }
}

describe('factsPreparer', () => {
  beforeEach(() => {
    // No idle callback in jsdom: the preparer falls back to timers, faked here.
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('parses nothing at once, then every referral when the page is idle', () => {
    const list = referrals(450, 'a');
    const preparer = factsPreparer();
    const parse = vi.spyOn(Date, 'parse');
    preparer.prepare(list);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();

    vi.runAllTimers();
    expect(parsesFor(list)).toBe(0);
  });

  test('a newer list handed over joins the work already asked for, which is not put off', () => {
    // With idle callbacks (a browser): each one asked for, and each one cancelled.
    const asked: IdleRequestCallback[] = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => asked.push(callback));
    vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
    try {
      const first = referrals(3, 'b');
      const grown = [...first, ...referrals(300, 'c')];
      const preparer = factsPreparer();
      preparer.prepare(first);
      preparer.prepare(grown);
      // A list that grows every few ms would otherwise never get its idle moment.
      expect(asked).toHaveLength(1);
      expect(cancelled).toEqual([]);
      asked[0]?.({ didTimeout: false, timeRemaining: () => 50 });
      expect(parsesFor(grown)).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  test('stop: what was not prepared yet is parsed when the figures need it', () => {
    const list = referrals(5, 'd');
    const preparer = factsPreparer();
    preparer.prepare(list);
    preparer.stop();
    vi.runAllTimers();
    // One date per referral (created; the absent ones are not parsed): one parse each.
    expect(parsesFor(list)).toBe(5);
  });

  test('a slice at a time: out of time, the rest waits for the next idle moment', () => {
    const list = referrals(450, 'e');
    const preparer = factsPreparer();
    // Every read of the clock moves it on 10 ms: each callback's time is used up by one slice.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    preparer.prepare(list);
    vi.advanceTimersToNextTimer();
    expect(vi.getTimerCount()).toBe(1);
    vi.runAllTimers();
    vi.mocked(performance.now).mockRestore();
    expect(parsesFor(list)).toBe(0);
  });
});
