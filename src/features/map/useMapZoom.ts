import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { D3ZoomEvent, ZoomBehavior } from 'd3-zoom';
import { MAX_ZOOM, MIN_ZOOM, type MapCamera } from '../../domain/map/camera';
import { cameraFor, transformFor, type FrameSize } from '../../domain/map/viewport';
import { useD3Gestures } from '../../shared/loadD3Gestures';

export interface MapZoomOptions {
  size: FrameSize;
  /** What the map shows now (the store's camera, or the fit): the behaviour follows it. */
  camera: MapCamera;
  /** Called at most once per animation frame while the reader zooms or pans. */
  onMove: (camera: MapCamera) => void;
}

/**
 * The one place d3-zoom lives for the map: wheel, trackpad, mouse drag, touch drag and pinch
 * on `ref` become cameras, reported through `onMove` once per animation frame. The store owns
 * the camera: whenever it changes (buttons, keys, a link), the behaviour's transform is set to
 * match without reporting back. d3-zoom's transform is the world -> screen transform of
 * `src/domain/map/viewport.ts` (world = the unit square).
 */
export function useMapZoom(ref: RefObject<SVGSVGElement | null>, options: MapZoomOptions) {
  const latest = useRef(options);
  const behaviorRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const syncing = useRef(false);
  // d3-zoom arrives in the shared gesture chunk once the first frame is presented.
  const d3 = useD3Gestures();

  useLayoutEffect(() => {
    latest.current = options;
  });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !d3) return;
    let frame = 0;
    let pending: MapCamera | null = null;
    const report = (camera: MapCamera) => {
      pending = camera;
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (pending) latest.current.onMove(pending);
        pending = null;
      });
    };
    const behavior = d3
      .zoom<SVGSVGElement, unknown>()
      // A double click on a place toggles it; it must not zoom as well.
      .filter((event: Event) => {
        if (event.type === 'dblclick') return !(event.target as Element).closest('.map-place');
        const mouse = event as MouseEvent;
        return (!mouse.ctrlKey || event.type === 'wheel') && !mouse.button;
      })
      .translateExtent([
        [0, 0],
        [1, 1],
      ])
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (syncing.current || !event.sourceEvent) return;
        report(cameraFor(event.transform, latest.current.size));
      });
    const selection = d3.select(el);
    selection.call(behavior);
    behaviorRef.current = behavior;
    // Gestures work from here on.
    el.setAttribute('data-zoom', 'ready');
    return () => {
      el.removeAttribute('data-zoom');
      cancelAnimationFrame(frame);
      selection.on('.zoom', null);
      behaviorRef.current = null;
    };
  }, [ref, d3]);

  const { size, camera } = options;
  useLayoutEffect(() => {
    const el = ref.current;
    const behavior = behaviorRef.current;
    if (!el || !behavior || !d3 || size.width <= 0) return;
    behavior
      .extent([
        [0, 0],
        [size.width, size.height],
      ])
      .scaleExtent([size.width * 2 ** MIN_ZOOM, size.width * 2 ** MAX_ZOOM]);
    const { k, x, y } = transformFor(camera, size);
    const current = d3.zoomTransform(el);
    if (
      Math.abs(current.k - k) < 1e-6 * k &&
      Math.abs(current.x - x) < 1e-3 &&
      Math.abs(current.y - y) < 1e-3
    ) {
      return;
    }
    syncing.current = true;
    behavior.transform(d3.select(el), d3.zoomIdentity.translate(x, y).scale(k));
    syncing.current = false;
  }, [ref, d3, size, camera]);
}
