import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { WorldTransform } from '../../domain/map/viewport';

/**
 * The countries are drawn once, in a square world `WORLD` units wide (the unit square of
 * src/domain/map/viewport.ts scaled up, so the path's 3-decimal rounding stays below a pixel
 * at the deepest zoom), and moved by a transform: zooming re-renders no path.
 */
export const WORLD = 10_000;

export type Countries = FeatureCollection<Geometry, { name: string }>;

/** The world atlas's countries as GeoJSON (converted once per topology). */
export function countriesOf(topology: Topology): Countries {
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  return feature(topology, object) as Countries;
}

/** Each country's SVG path in world units (computed once per atlas). */
export function countryPaths(countries: Countries): { name: string; d: string }[] {
  const path = geoPath(
    geoMercator()
      .scale(WORLD / (2 * Math.PI))
      .translate([WORLD / 2, WORLD / 2]),
  );
  return countries.features.map((f, i) => ({
    name: f.properties.name || String(i),
    d: path(f) ?? '',
  }));
}

/** The SVG transform that puts the world-unit country paths where `t` shows the world. */
export const countriesTransform = (t: WorldTransform) =>
  `translate(${t.x.toFixed(2)},${t.y.toFixed(2)}) scale(${(t.k / WORLD).toPrecision(8)})`;

/** The frame's height for its width: wide on a desk, never a sliver on a phone. */
export const frameHeight = (width: number) =>
  Math.round(Math.min(480, Math.max(240, width * 0.55)));

/** Room kept clear round the places when the map fits them, px. */
export const FIT_PADDING = 32;

/** Pin radius by event count: area grows with the count, never below a tappable size. */
export const pinRadius = (count: number) => 5 + 3 * Math.sqrt(Math.max(0, count - 1));
/** A country or region covers an area: its halo is wider than any pin. */
export const haloRadius = (count: number) => 14 + 3 * Math.sqrt(Math.max(0, count - 1));
/** What of a halo counts as overlapping another mark: its centre, not its approximate area. */
export const HALO_HIT = 6;
