import { useEffect, useLayoutEffect, useRef } from 'react';
import { EVENT_KINDS } from '../../domain/types';
import { whenIdle } from '../../shared/whenIdle';
import { GESTURE_WHISKERS } from './levelCache';
import { markStamps, type MarkStamps } from './markStamps';
import { paintMarks, readPalette, type MarkPalette } from './paintMarks';
import type { PaintFrame } from './useGestureFrame';

interface GestureCanvasProps {
  /** A zoom or pan gesture runs: the canvas shows (hidden when idle). */
  active: boolean;
  /** Where the canvas puts the function that paints a frame on it (called by the gesture). */
  paint: { current: PaintFrame | null };
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
export function GestureCanvas(props: GestureCanvasProps) {
  const { active, paint, left, width, height, unitPx = 1 } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  // Colours and mark bitmaps, prepared when the page is idle so that a gesture's first frame
  // does not read styles; read again when the theme has changed since.
  const prepared = useRef<Prepared | null>(null);
  // Device px per chart px.
  const ratio = (typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1) * unitPx;

  const prepare = () => {
    const canvas = ref.current;
    if (!canvas) return null;
    const theme = themeKey();
    if (prepared.current?.theme !== theme || prepared.current.ratio !== ratio) {
      const palette = readPalette(canvas);
      const stamp = markStamps(palette, ratio);
      // Every stamp a gesture can ask for, drawn now rather than in its first frames.
      for (const kind of EVENT_KINDS) {
        stamp(kind, false, 0);
        for (const whisker of GESTURE_WHISKERS) stamp(kind, true, whisker);
      }
      prepared.current = { theme, ratio, palette, stamp };
    }
    return prepared.current;
  };
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- `prepare` reads only refs and `ratio`
  useEffect(() => (active ? undefined : whenIdle(prepare)), [active, ratio]);

  // Frames are painted when the gesture asks, between renders.
  useLayoutEffect(() => {
    paint.current = (frame) => {
      const canvas = ref.current;
      const ctx = canvas?.getContext('2d');
      const ready = prepare();
      if (!canvas || !ctx || !ready) return;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, height);
      paintMarks(ctx, width, ratio, frame, ready.palette, ready.stamp);
    };
    return () => {
      paint.current = null;
    };
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- `prepare` reads only refs and `ratio`
  }, [paint, width, height, ratio]);

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

interface Prepared {
  theme: string;
  ratio: number;
  palette: MarkPalette;
  stamp: MarkStamps;
}

let darkScheme: MediaQueryList | null | undefined;
/** What the theme colours depend on: the chosen theme, else the system's preference. */
function themeKey(): string {
  darkScheme ??= typeof window.matchMedia === 'function' ? window.matchMedia(DARK) : null;
  return `${document.documentElement.dataset.theme ?? ''}|${darkScheme?.matches ?? false}`;
}
const DARK = '(prefers-color-scheme: dark)';
