import type { RefObject } from 'react';
import type { D3ZoomEvent, ZoomBehavior } from 'd3-zoom';
import { MAX_ZOOM, MIN_ZOOM, type MapCamera } from '../../domain/map/camera';
import { cameraFor, transformFor, type FrameSize } from '../../domain/map/viewport';
import { perFrame } from '../../shared/perFrame';
import { useD3Behavior, type D3Behavior } from '../../shared/useD3Behavior';

export interface MapZoomOptions {
  size: FrameSize;
  /** What the map shows now (the store's camera, or the fit): the behaviour follows it. */
  camera: MapCamera;
  /** Called at most once per animation frame while the reader zooms or pans. */
  onMove: (camera: MapCamera) => void;
}

const mapZoom: D3Behavior<SVGSVGElement, MapZoomOptions, ZoomBehavior<SVGSVGElement, unknown>> = {
  attach({ zoom, select }, el, { latest, syncing }) {
    const moves = perFrame((camera: MapCamera) => latest.current.onMove(camera));
    const behavior = zoom<SVGSVGElement, unknown>()
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
        moves.push(cameraFor(event.transform, latest.current.size));
      });
    const selection = select(el);
    selection.call(behavior);
    // Gestures work from here on.
    el.setAttribute('data-zoom', 'ready');
    return {
      behavior,
      detach() {
        el.removeAttribute('data-zoom');
        moves.cancel();
        selection.on('.zoom', null);
      },
    };
  },
  sync({ select, zoomIdentity, zoomTransform }, el, behavior, { size, camera }) {
    if (size.width <= 0) return;
    behavior
      .extent([
        [0, 0],
        [size.width, size.height],
      ])
      .scaleExtent([size.width * 2 ** MIN_ZOOM, size.width * 2 ** MAX_ZOOM]);
    const { k, x, y } = transformFor(camera, size);
    const current = zoomTransform(el);
    if (
      Math.abs(current.k - k) < 1e-6 * k &&
      Math.abs(current.x - x) < 1e-3 &&
      Math.abs(current.y - y) < 1e-3
    ) {
      return;
    }
    behavior.transform(select(el), zoomIdentity.translate(x, y).scale(k));
  },
};

/** The map's behaviour: in the map's own chunk already. */
const loadMapZoom = () => Promise.resolve(mapZoom);

/**
 * The one place d3-zoom lives for the map: wheel, trackpad, mouse drag, touch drag and pinch
 * on `ref` become cameras, reported through `onMove` once per animation frame. The store owns
 * the camera: whenever it changes (buttons, keys, a link), the behaviour's transform is set to
 * match without reporting back. d3-zoom's transform is the world -> screen transform of
 * `src/domain/map/viewport.ts` (world = the unit square).
 */
export function useMapZoom(ref: RefObject<SVGSVGElement | null>, options: MapZoomOptions) {
  useD3Behavior(ref, options, loadMapZoom, [options.size, options.camera]);
}
