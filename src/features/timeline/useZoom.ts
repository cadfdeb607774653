import type { RefObject } from 'react';
import type { D3ZoomEvent, ZoomBehavior } from 'd3-zoom';
import { perFrame, useD3Behavior, type D3Behavior } from '../../shared/useD3Behavior';
import {
  MIN_SPAN_UNITS,
  PAN_SLACK,
  transformFor,
  windowFor,
  type UnitWindow,
} from '../../domain/timeline/viewport';

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

/** Quiet time after a gesture's end (d3-zoom ends a wheel gesture 150 ms after the last notch). */
const GESTURE_IDLE_MS = 80;

const timelineZoom: D3Behavior<SVGGElement, ZoomOptions, ZoomBehavior<SVGGElement, unknown>> = {
  attach({ zoom, select, zoomTransform }, el, { latest, syncing }) {
    const windows = perFrame((w: UnitWindow) => latest.current.onWindow(w));
    let gesturing = false;
    let idle: ReturnType<typeof setTimeout> | undefined;
    const gesture = (active: boolean) => {
      if (idle !== undefined) clearTimeout(idle);
      idle = undefined;
      if (active && !gesturing) {
        gesturing = true;
        latest.current.onGesture?.(true);
      } else if (!active && gesturing) {
        idle = setTimeout(() => {
          gesturing = false;
          latest.current.onGesture?.(false);
        }, GESTURE_IDLE_MS);
      }
    };
    const behavior = zoom<SVGGElement, unknown>()
      // Horizontal wheel (two-finger swipe) pans instead; see below.
      .filter((event: Event) => {
        if (event instanceof WheelEvent) {
          return event.ctrlKey || Math.abs(event.deltaY) >= Math.abs(event.deltaX);
        }
        return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGGElement, unknown>) => {
        if (syncing.current || !event.sourceEvent) return;
        const { fit, width } = latest.current;
        gesture(true);
        windows.push(windowFor(fit, event.transform, width));
      })
      .on('end', () => gesture(false));
    const selection = select(el);
    selection.call(behavior).on('wheel.pan', (event: WheelEvent) => {
      if (event.ctrlKey || Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
      event.preventDefault();
      const k = zoomTransform(el).k;
      // d3-zoom accepts the source event as a 4th argument (missing from its typings); with it
      // the pan is reported like any other gesture and translateExtent still applies.
      const translateBy = behavior.translateBy as (...args: unknown[]) => void;
      translateBy(selection, -event.deltaX / k, 0, event);
    });
    // Gestures work from here on (d3-zoom arrives after the first paint).
    el.setAttribute('data-zoom', 'ready');
    return {
      behavior,
      detach() {
        el.removeAttribute('data-zoom');
        windows.cancel();
        clearTimeout(idle);
        if (gesturing) latest.current.onGesture?.(false);
        selection.on('.zoom', null).on('wheel.pan', null);
      },
    };
  },
  sync(
    { select, zoomIdentity, zoomTransform },
    el,
    behavior,
    { width, height, fit, window, maxSpan },
  ) {
    if (width <= 0) return;
    const fitSpan = fit[1] - fit[0];
    behavior
      .extent([
        [0, 0],
        [width, height],
      ])
      .scaleExtent([fitSpan / maxSpan, fitSpan / MIN_SPAN_UNITS])
      .translateExtent([
        [-width * PAN_SLACK, -Infinity],
        [width * (1 + PAN_SLACK), Infinity],
      ]);
    const { k, x } = transformFor(fit, window, width);
    const current = zoomTransform(el);
    if (Math.abs(current.k - k) < 1e-9 && Math.abs(current.x - x) < 1e-6) return;
    behavior.transform(select(el), zoomIdentity.translate(x, 0).scale(k));
  },
};

/**
 * The one place d3-zoom lives. It turns wheel, trackpad (pinch = ctrl+wheel, two-finger
 * horizontal swipe = pan), mouse drag and touch pinch/drag on `ref` into unit windows, reported
 * through `onWindow` throttled to animation frames. The store stays the owner of the window:
 * whenever `window` changes (buttons, keys, URL), the behaviour's transform is set to match
 * without reporting back.
 */
export function useZoom(ref: RefObject<SVGGElement | null>, options: ZoomOptions) {
  const { width, height, fit, window, maxSpan } = options;
  useD3Behavior(ref, options, timelineZoom, [width, height, fit, window, maxSpan]);
}
