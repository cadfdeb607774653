import type { BrushBehavior, D3BrushEvent } from 'd3-brush';
import type { D3ZoomEvent, ZoomBehavior } from 'd3-zoom';
import {
  MIN_SPAN_UNITS,
  PAN_SLACK,
  transformFor,
  windowFor,
  type UnitWindow,
} from '../../domain/timeline/viewport';
import { perFrame } from '../../shared/perFrame';
import type { D3Behavior } from '../../shared/useD3Behavior';
import type { BrushOptions } from './useBrush';
import type { ZoomOptions } from './useZoom';

/*
 * The timeline's gesture behaviours (useZoom, useBrush): a chunk of their own, loaded with the
 * d3 gesture chunk once the first frame has been presented.
 */

/** Quiet time after a gesture's end (d3-zoom ends a wheel gesture 150 ms after the last notch). */
const GESTURE_IDLE_MS = 80;

/** The chart's zoom and pan (useZoom). */
export const timelineZoom: D3Behavior<
  SVGGElement,
  ZoomOptions,
  ZoomBehavior<SVGGElement, unknown>
> = {
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

/** The overview strip's brush (useBrush). */
export const overviewBrush: D3Behavior<SVGGElement, BrushOptions, BrushBehavior<unknown>> = {
  attach({ brushX, select }, el, { latest, syncing }) {
    const behavior = brushX<unknown>().on('end', (event: D3BrushEvent<unknown>) => {
      if (syncing.current || !event.sourceEvent) return; // moved by us
      const s = event.selection as [number, number] | null;
      latest.current.onBrush(s && s[1] - s[0] >= 1 ? [s[0], s[1]] : null);
    });
    return { behavior, detach: () => select(el).on('.brush', null) };
  },
  sync({ select }, el, behavior, { width, height, selection }) {
    if (width <= 0) return;
    behavior.extent([
      [0, 0],
      [width, height],
    ]);
    const g = select(el).call(behavior);
    behavior.move(g, selection ? [selection[0], selection[1]] : null);
  },
};
