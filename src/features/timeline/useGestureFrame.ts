import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { UnitWindow } from '../../domain/timeline/viewport';
import type { ChartAxis } from './chartAxis';
import type { GestureView } from './gestureFrames';
import type { MarkFrame } from './paintMarks';

/** Draws one frame of marks on the gesture canvas (set by GestureCanvas once it is mounted). */
export type PaintFrame = (frame: MarkFrame) => void;

export interface GestureFrameOptions {
  /**
   * The frame for a window, from the chart as it is now (see gestureFrames); null until the
   * gesture canvas has loaded: without it a gesture moves the SVG marks through the store.
   */
  frames: ((w: UnitWindow) => GestureView) | null;
  /** Writes a window to the store: each frame without the canvas, once when a gesture ends. */
  onWindow: (w: UnitWindow) => void;
}

export interface GestureFrame {
  /** A zoom or pan gesture is running: the SVG marks are hidden and the canvas shows. */
  gesture: boolean;
  /** Where GestureCanvas puts its painter. */
  paint: { current: PaintFrame | null };
  /** The axis of the gesture's newest frame (null at rest), for GestureAxis to follow. */
  axis: AxisFeed;
  /** Give to useZoom's `onGesture` and `onWindow`. */
  onGesture: (active: boolean) => void;
  onZoomWindow: (w: UnitWindow) => void;
}

/**
 * The frames of a zoom or pan gesture, drawn without a render of the chart: each window d3-zoom
 * reports is turned into a frame (gestureFrames) and painted on the canvas at once, and only the
 * axis, a small component of its own, follows it through `axis`. The store learns the window
 * when the gesture ends, so the chart, the URL and every other reader of the window (overview
 * strip, outlier pointers, map, shards) update once then. A render meanwhile (a hover, a shard
 * arriving) shows the store's window under the canvas, hidden.
 */
export function useGestureFrame(options: GestureFrameOptions): GestureFrame {
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  const [gesture, setGesture] = useState(false);
  const paint = useRef<PaintFrame | null>(null);
  const [axisSource] = useState(axisFeed);
  // Set at once (the state follows a render later): the window of the gesture's newest frame.
  const running = useRef<{ last: UnitWindow | null } | null>(null);

  const onGesture = useCallback(
    (active: boolean) => {
      if (active) {
        if (!latest.current.frames || running.current) return;
        running.current = { last: null };
        setGesture(true);
        return;
      }
      const last = running.current?.last;
      running.current = null;
      axisSource.set(null);
      setGesture(false);
      if (last) latest.current.onWindow(last);
    },
    [axisSource],
  );

  const onZoomWindow = useCallback(
    (w: UnitWindow) => {
      const run = running.current;
      const { frames } = latest.current;
      if (!run || !frames) {
        latest.current.onWindow(w);
        return;
      }
      run.last = w;
      const view = frames(w);
      paint.current?.(view.marks);
      axisSource.set({ ticks: view.ticks, gaps: view.gaps });
    },
    [axisSource],
  );

  return { gesture, paint, axis: axisSource, onGesture, onZoomWindow };
}

/** A value that changes outside React, for `useSyncExternalStore`. */
export interface AxisFeed {
  get: () => ChartAxis | null;
  set: (next: ChartAxis | null) => void;
  subscribe: (listener: () => void) => () => void;
}

/** The axis a gesture's frames show, read by the axis alone. */
function axisFeed(): AxisFeed {
  let value: ChartAxis | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: ChartAxis | null) {
      if (next === value) return;
      value = next;
      for (const l of listeners) l();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
