import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { ChartMarksProps } from './ChartMarks';
import { rowY } from './geometry';
import type { MarkFrame } from './paintMarks';

/** The mark layer's transform: screen x = stretch × x − offset. */
export interface LayerTransform {
  offset: number;
  stretch: number;
}

interface Shown {
  marks: ChartMarksProps;
  layer: LayerTransform;
}

export interface GestureFrame {
  /** A zoom or pan gesture is running. */
  gesture: boolean;
  /** What the SVG marks layer shows: the live marks, or those frozen when the gesture began. */
  shown: Shown;
  /** What the canvas draws during a gesture; null when idle. */
  frame: MarkFrame | null;
  /** Give to useZoom's `onGesture`. */
  onGesture: (active: boolean) => void;
}

/**
 * Splits one render of the marks between the SVG layer and the gesture canvas. Idle: the SVG
 * layer shows the current marks and there is no canvas frame. During a gesture: the SVG layer
 * keeps the props it had when the gesture began (so React skips it and, hidden, the browser
 * restyles none of its nodes), and the canvas gets a frame of the current marks.
 */
export function useGestureFrame(marks: ChartMarksProps, layer: LayerTransform): GestureFrame {
  const latest = useRef<Shown>({ marks, layer });
  useLayoutEffect(() => {
    latest.current = { marks, layer };
  });
  const [frozen, setFrozen] = useState<Shown | null>(null);
  const onGesture = useCallback((active: boolean) => setFrozen(active ? latest.current : null), []);
  const gesture = frozen !== null;

  // A new frame on every render during a gesture (the window moves each time): nothing to memoise.
  const { geometry, narrow, layout } = marks;
  const frame: MarkFrame | null = gesture
    ? {
        items: marks.items,
        labels: marks.labels,
        stretch: layer.stretch,
        offset: layer.offset,
        whisker: marks.whisker,
        selectedId: marks.selectedId,
        linkedPlace: marks.linkedPlace,
        y: (item) => rowY(geometry, item.lane, item.row, narrow),
        laneKind: (lane) => layout.lanes[lane]?.kind ?? null,
      }
    : null;
  return { gesture, shown: frozen ?? { marks, layer }, frame, onGesture };
}
