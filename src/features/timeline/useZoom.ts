import type { RefObject } from 'react';
import { useD3Behavior } from '../../shared/useD3Behavior';
import type { UnitWindow } from '../../domain/timeline/viewport';

const load = () => import('./gestureBehaviors').then((m) => m.timelineZoom);

export interface ZoomOptions {
  /** Plot width and height in px (the zoomable area). */
  width: number;
  height: number;
  /** The fitted window: d3-zoom's identity transform shows exactly this. */
  fit: UnitWindow;
  /** The window to show now (from the store). */
  window: UnitWindow;
  /** Widest window allowed, in units. */
  maxSpan: number;
  /** Called at most once per animation frame while the user zooms or pans. */
  onWindow: (w: UnitWindow) => void;
  /**
   * True while the user zooms or pans by pointer, wheel or touch (from the first move until the
   * gesture has been still for `GESTURE_IDLE_MS`); the chart draws cheaper frames meanwhile.
   */
  onGesture?: (active: boolean) => void;
}

/**
 * The one place d3-zoom lives. It turns wheel, trackpad (pinch = ctrl+wheel, two-finger
 * horizontal swipe = pan), mouse drag and touch pinch/drag on `ref` into unit windows, reported
 * through `onWindow` throttled to animation frames. The store stays the owner of the window:
 * whenever `window` changes (buttons, keys, URL), the behaviour's transform is set to match
 * without reporting back.
 */
export function useZoom(ref: RefObject<SVGGElement | null>, options: ZoomOptions) {
  const { width, height, fit, window, maxSpan } = options;
  useD3Behavior(ref, options, load, [width, height, fit, window, maxSpan]);
}
