import { useRef, type PointerEvent } from 'react';

/** A swipe: at least this far sideways, and mostly sideways. */
const MIN_DISTANCE_PX = 48;
const SIDEWAYS_RATIO = 1.5;

/**
 * Pointer handlers that turn a horizontal swipe (touch or pen) into a step: right to left is
 * the next (+1), left to right the previous (-1). Vertical movement is left to scrolling (the
 * element's CSS says `touch-action: pan-y`).
 */
export function useSwipe(onSwipe: (direction: -1 | 1) => void) {
  const start = useRef<{ id: number; x: number; y: number } | null>(null);
  return {
    onPointerDown: (e: PointerEvent) => {
      if (e.pointerType === 'mouse' || !e.isPrimary) return;
      start.current = { id: e.pointerId, x: e.clientX, y: e.clientY };
    },
    onPointerUp: (e: PointerEvent) => {
      const from = start.current;
      start.current = null;
      if (!from || from.id !== e.pointerId) return;
      const dx = e.clientX - from.x;
      const dy = e.clientY - from.y;
      if (Math.abs(dx) >= MIN_DISTANCE_PX && Math.abs(dx) >= SIDEWAYS_RATIO * Math.abs(dy)) {
        onSwipe(dx < 0 ? 1 : -1);
      }
    },
    onPointerCancel: () => {
      start.current = null;
    },
  };
}
