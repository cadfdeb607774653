import { clampCamera, MAX_LAT, MAX_ZOOM, MIN_ZOOM, type MapCamera } from './camera';

/**
 * Web-Mercator maths between a camera and the screen, by hand (a few lines, no d3 in the
 * state's path). "World" coordinates are the unit square: x = 0 at 180° W and 1 at 180° E;
 * y = 0 where Mercator's square ends in the north (85.05° N) and 1 in the south.
 */

/** A frame's size in CSS px. */
export interface FrameSize {
  width: number;
  height: number;
}

/** World -> screen: `screen = world * k + [x, y]` (d3-zoom's transform, in world units). */
export interface WorldTransform {
  k: number;
  x: number;
  y: number;
}

export type LonLat = readonly [number, number];

const RAD = Math.PI / 180;

/** A longitude and latitude in world coordinates (the unit square). */
export function project([lon, lat]: LonLat): [number, number] {
  const phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * RAD;
  return [(lon + 180) / 360, 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)];
}

/** World coordinates back to a longitude and latitude. */
export function unproject([x, y]: readonly [number, number]): [number, number] {
  const lat = (2 * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - Math.PI / 2) / RAD;
  return [x * 360 - 180, lat];
}

/** The transform that shows `camera` in a frame of `size`. */
export function transformFor(camera: MapCamera, { width, height }: FrameSize): WorldTransform {
  const k = width * 2 ** camera.zoom;
  const [wx, wy] = project([camera.lon, camera.lat]);
  return { k, x: width / 2 - wx * k, y: height / 2 - wy * k };
}

/** The camera a transform shows in a frame of `size` (clamped to the map's range). */
export function cameraFor(t: WorldTransform, { width, height }: FrameSize): MapCamera {
  const [lon, lat] = unproject([(width / 2 - t.x) / t.k, (height / 2 - t.y) / t.k]);
  return clampCamera({ lat, lon, zoom: Math.log2(t.k / width) });
}

/** Where a longitude and latitude fall on screen under `t`. */
export function toScreen(t: WorldTransform, point: LonLat): [number, number] {
  const [wx, wy] = project(point);
  return [wx * t.k + t.x, wy * t.k + t.y];
}

/** Degrees of margin round each point fitted, so one place or a tight cluster is not a blow-up. */
export const FIT_MARGIN: LonLat = [5, 3];
/** The closest a fit comes: a region, not a street (the reader zooms further by choice). */
export const FIT_MAX_ZOOM = 6;

/**
 * The camera that shows every point (each with `margin` degrees round it) inside the frame
 * less `padding` px on every side. No points: the whole world.
 */
export function fitCamera(
  points: readonly LonLat[],
  size: FrameSize,
  padding: number,
  margin: LonLat = FIT_MARGIN,
  maxZoom: number = FIT_MAX_ZOOM,
): MapCamera {
  if (points.length === 0) return { lat: 0, lon: 0, zoom: MIN_ZOOM };
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [lon, lat] of points) {
    for (const corner of [
      [lon - margin[0], lat - margin[1]],
      [lon + margin[0], lat + margin[1]],
    ] as const) {
      const [x, y] = project(corner);
      xs.push(x);
      ys.push(y);
    }
  }
  return fitWorldBox(
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
    size,
    padding,
    maxZoom,
  );
}

/** The camera that shows a box of world coordinates inside the frame less `padding`. */
function fitWorldBox(
  [x0, y0]: readonly [number, number],
  [x1, y1]: readonly [number, number],
  { width, height }: FrameSize,
  padding: number,
  maxZoom: number,
): MapCamera {
  const innerW = Math.max(1, width - 2 * padding);
  const innerH = Math.max(1, height - 2 * padding);
  const k = Math.min(innerW / Math.max(x1 - x0, 1e-9), innerH / Math.max(y1 - y0, 1e-9));
  const zoom = Math.max(MIN_ZOOM, Math.min(maxZoom, Math.log2(k / width)));
  const [lon, lat] = unproject([(x0 + x1) / 2, (y0 + y1) / 2]);
  return clampCamera({ lat, lon, zoom });
}

/** The camera zoomed by `steps` doublings (negative: out) about the frame's centre. */
export function zoomCamera(camera: MapCamera, steps: number): MapCamera {
  return clampCamera({ ...camera, zoom: camera.zoom + steps });
}

/** The camera moved by a fraction of the frame (`dx` 0.25 = a quarter of its width to the east). */
export function panCamera(camera: MapCamera, dx: number, dy: number, size: FrameSize): MapCamera {
  const t = transformFor(camera, size);
  return cameraFor({ ...t, x: t.x - dx * size.width, y: t.y - dy * size.height }, size);
}

/**
 * The camera that keeps what `camera` shows and brings `points` into view too (zooming out and
 * recentring only as much as that needs), `padding` px inside the edge.
 */
export function includePoints(
  camera: MapCamera,
  points: readonly LonLat[],
  size: FrameSize,
  padding: number,
): MapCamera {
  const t = transformFor(camera, size);
  let [x0, y0] = [-t.x / t.k, -t.y / t.k];
  let [x1, y1] = [(size.width - t.x) / t.k, (size.height - t.y) / t.k];
  for (const point of points) {
    const [px, py] = project(point);
    [x0, y0, x1, y1] = [Math.min(x0, px), Math.min(y0, py), Math.max(x1, px), Math.max(y1, py)];
  }
  // The box grows by the padding's share so the points do not sit on the edge.
  const pad = padding / t.k;
  const box = fitWorldBox([x0 - pad, y0 - pad], [x1 + pad, y1 + pad], size, padding, MAX_ZOOM);
  return { ...box, zoom: Math.min(box.zoom, camera.zoom) };
}
