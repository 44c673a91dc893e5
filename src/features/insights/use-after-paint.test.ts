import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { useAfterFirstPaint } from './use-after-paint';

describe('useAfterFirstPaint', () => {
  test('stays false while not ready, flips after a frame once ready, and stays true', async () => {
    const { result, rerender } = renderHook(({ isReady }) => useAfterFirstPaint(isReady), {
      initialProps: { isReady: false },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(result.current).toBe(false);

    rerender({ isReady: true });
    // Not in the render that brings the figures: after the frame that paints it.
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));

    rerender({ isReady: false });
    expect(result.current).toBe(true);
  });
});
