/**
 * Where the map looks: the point at the centre of its frame and how far it is zoomed in.
 * Independent of the frame's size: at zoom `z` the world's 360° of longitude span `2^z` frame
 * widths, so a shared link shows the same stretch of the world on a phone and a wide screen
 * (the frame's height, which differs, shows more or less above and below).
 */
export interface MapCamera {
  /** Latitude of the frame's centre, degrees north (within ±`MAX_LAT`). */
  lat: number;
  /** Longitude of the frame's centre, degrees east, in [-180, 180]. */
  lon: number;
  /** 0 = the whole world across the frame; each step doubles the scale. */
  zoom: number;
}

/**
 * The map's part of the shareable view: null = closed; `'fit'` = open, fitted to the places of
 * the shown events; a camera = open where the reader put it.
 */
export type MapView = MapCamera | 'fit' | null;

/** Mercator's usual cut-off: beyond it the square world map would stretch to infinity. */
export const MAX_LAT = 85;
/** A city block at most: the atlas is a backdrop, finer zoom only spreads the pins further. */
export const MAX_ZOOM = 10;
export const MIN_ZOOM = 0;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** A camera forced into range: latitude and zoom clamped, longitude wrapped to [-180, 180]. */
export function clampCamera({ lat, lon, zoom }: MapCamera): MapCamera {
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  return {
    lat: clamp(lat, -MAX_LAT, MAX_LAT),
    // 180 stays 180 rather than wrapping to -180 (the same meridian, as written).
    lon: lon === 180 ? 180 : wrapped,
    zoom: clamp(zoom, MIN_ZOOM, MAX_ZOOM),
  };
}

/** The precision a link keeps: about a metre of latitude and a 1/100 zoom step. */
const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/** A camera rounded to what a link holds (`formatMapView` then `readMapView` returns it). */
export function canonicalCamera(camera: MapCamera): MapCamera {
  const c = clampCamera(camera);
  return { lat: round(c.lat, 4), lon: round(c.lon, 4), zoom: round(c.zoom, 2) };
}

/** The `map` value of a link: `open` for the fitted map, else `lat,lon,zoom`; null when closed. */
export function formatMapView(view: MapView): string | null {
  if (view === null) return null;
  if (view === 'fit') return 'open';
  const { lat, lon, zoom } = canonicalCamera(view);
  return `${lat},${lon},${zoom}`;
}

const NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/;

/**
 * Reads a link's `map` value. Never throws: `open` is the fitted map, `lat,lon,zoom` a camera
 * within range; anything else is null (the caller opens the fitted map and says so).
 */
export function readMapView(text: string): MapCamera | 'fit' | null {
  if (text === 'open') return 'fit';
  const parts = text.split(',');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return null;
  const [lat, lon, zoom] = parts.map(Number) as [number, number, number];
  const inRange =
    Math.abs(lat) <= MAX_LAT && Math.abs(lon) <= 180 && zoom >= MIN_ZOOM && zoom <= MAX_ZOOM;
  return inRange ? canonicalCamera({ lat, lon, zoom }) : null;
}
