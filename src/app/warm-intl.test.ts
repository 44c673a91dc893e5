import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { warmIntlAfterPaint } from './warm-intl';

describe('warmIntlAfterPaint', () => {
  let frames: FrameRequestCallback[];
  let plural: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback),
    );
    plural = vi.spyOn(Intl.PluralRules.prototype, 'select');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  test('builds the formatters after the next frame has been painted, once', () => {
    warmIntlAfterPaint('en-US');
    expect(plural).not.toHaveBeenCalled();
    frames.shift()?.(0);
    // The frame callback runs before the paint: the work is a task queued from it.
    expect(plural).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(plural).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(plural).toHaveBeenCalledTimes(1);
  });

  test('a tab that paints no frame gets them after 100 ms, and not again when one comes', () => {
    warmIntlAfterPaint('tr-TR');
    vi.advanceTimersByTime(99);
    expect(plural).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(plural).toHaveBeenCalledTimes(1);
    frames.shift()?.(0);
    vi.advanceTimersByTime(0);
    expect(plural).toHaveBeenCalledTimes(1);
  });
});
