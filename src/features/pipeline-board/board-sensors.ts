import {
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import type { PointerEvent as ReactPointerEvent } from 'react';

/**
 * Mouse and pen drags start after a few pixels. Touch is left to the TouchSensor's long-press, so a
 * finger that swipes across the board scrolls it instead of grabbing a card.
 */
class MouseAndPenSensor extends PointerSensor {
  static activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: ({ nativeEvent }: ReactPointerEvent) =>
        nativeEvent.isPrimary && nativeEvent.button === 0 && nativeEvent.pointerType !== 'touch',
    },
  ];
}

/** Left/Right jump straight to the next column that accepts the card (refused ones are disabled). */
export const columnCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft') return undefined;
  event.preventDefault();
  if (!collisionRect) return undefined;
  const center = collisionRect.left + collisionRect.width / 2;
  const isRight = event.code === 'ArrowRight';
  const candidates = droppableContainers
    .getEnabled()
    .flatMap((container) => {
      const rect = droppableRects.get(container.id);
      return rect ? [rect] : [];
    })
    .filter((rect) => {
      const middle = rect.left + rect.width / 2;
      return isRight ? middle > center + 1 : middle < center - 1;
    })
    .sort((a, b) => (isRight ? a.left - b.left : b.left - a.left));
  const target = candidates[0];
  if (!target) return undefined;
  return {
    x: target.left + (target.width - collisionRect.width) / 2,
    y: Math.max(target.top, collisionRect.top),
  };
};

/**
 * A pointer drops where the pointer is, and only there: over a refused column there is no target
 * (never "the nearest legal one"). The keyboard has no pointer: the column the card overlaps.
 */
export const boardCollisions: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : rectIntersection(args);

// Module constants: useSensor memoises on the options object. New objects on every board render
// gave every card new drag listeners on each drag start and drop, re-rendering all their handles.
const MOUSE_OPTIONS = { activationConstraint: { distance: 6 } };
const TOUCH_OPTIONS = { activationConstraint: { delay: 250, tolerance: 8 } };
const KEYBOARD_OPTIONS = { coordinateGetter: columnCoordinates };

export function useBoardSensors() {
  return useSensors(
    useSensor(MouseAndPenSensor, MOUSE_OPTIONS),
    useSensor(TouchSensor, TOUCH_OPTIONS),
    useSensor(KeyboardSensor, KEYBOARD_OPTIONS),
  );
}
