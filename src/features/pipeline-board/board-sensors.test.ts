import { renderHook } from '@testing-library/react';
import { expect, test } from 'vitest';
import { useBoardSensors } from './board-sensors';

test('the sensors stay the same across renders, so the cards keep their drag listeners', () => {
  const { result, rerender } = renderHook(() => useBoardSensors());
  const first = result.current;
  rerender();
  expect(result.current).toBe(first);
  expect(first.map((s) => s.sensor.name)).toEqual([
    'MouseAndPenSensor',
    'TouchSensor',
    'KeyboardSensor',
  ]);
});
