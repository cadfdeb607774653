import { useLayoutEffect, useRef } from 'react';
import {
  markStamps,
  paintMarks,
  readPalette,
  type MarkFrame,
  type MarkPalette,
  type MarkStamps,
} from './paintMarks';

interface GestureCanvasProps {
  /** The frame to draw while a zoom or pan gesture runs; null when idle (canvas hidden). */
  frame: MarkFrame | null;
  /** Plot position and size in the chart, chart px. */
  left: number;
  width: number;
  height: number;
  /** CSS px per chart px. */
  unitPx?: number;
}

/**
 * The marks during a zoom or pan gesture, painted on a canvas over the plot (the SVG marks are
 * hidden meanwhile and come back, re-laid out, when the gesture ends). Decorative: it has no
 * pointer events and is hidden from assistive technology, which keeps the SVG listbox.
 */
export function GestureCanvas({ frame, left, width, height, unitPx = 1 }: GestureCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const palette = useRef<MarkPalette | null>(null);
  const stamps = useRef<{ ratio: number; stamp: MarkStamps } | null>(null);
  // Device px per chart px.
  const ratio = (typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1) * unitPx;
  const active = frame !== null;

  useLayoutEffect(() => {
    // Colours are read, and marks stamped, once per gesture (a theme change between gestures is
    // picked up).
    if (!active) {
      palette.current = null;
      stamps.current = null;
    }
  }, [active]);

  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !frame) return;
    palette.current ??= readPalette(canvas);
    if (stamps.current?.ratio !== ratio) {
      stamps.current = { ratio, stamp: markStamps(palette.current, ratio) };
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    paintMarks(ctx, width, ratio, frame, palette.current, stamps.current.stamp);
  }, [frame, width, height, ratio]);

  return (
    <canvas
      ref={ref}
      className="tl-canvas"
      aria-hidden="true"
      hidden={!active}
      width={Math.round(width * ratio)}
      height={Math.round(height * ratio)}
      style={{ left: left * unitPx, width: width * unitPx, height: height * unitPx }}
    />
  );
}
