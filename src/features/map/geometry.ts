import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry, MultiPoint } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { PlaceMark } from '../../domain/map/placeMarks';

/** The map's drawing space (the SVG's viewBox); CSS scales it to the panel's width. */
export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 420;
const PADDING = 36;
/** Degrees of margin round the places, so one place or a tight cluster is not a blow-up. */
const MARGIN_LAT = 3;
const MARGIN_LON = 5;

export type Countries = FeatureCollection<Geometry, { name: string }>;

/** The world atlas's countries as GeoJSON (converted once per topology). */
export function countriesOf(topology: Topology): Countries {
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  return feature(topology, object) as Countries;
}

/**
 * A Mercator projection fitted to the marks' cities and regions (with a margin); countries
 * only when there is nothing smaller, since a country's centroid would zoom the map out to
 * the whole world and shrink the story to a dot. Europe when there are no places at all.
 */
export function projectionFor(marks: readonly PlaceMark[]): GeoProjection {
  const local = marks.filter((m) => m.place.kind !== 'country');
  const points: [number, number][] = [];
  for (const { place } of local.length > 0 ? local : marks) {
    if (place.lat === null || place.lon === null) continue;
    points.push(
      [place.lon - MARGIN_LON, place.lat - MARGIN_LAT],
      [place.lon + MARGIN_LON, place.lat + MARGIN_LAT],
    );
  }
  if (points.length === 0) points.push([-10, 35], [45, 62]);
  const extent: MultiPoint = { type: 'MultiPoint', coordinates: points };
  return geoMercator().fitExtent(
    [
      [PADDING, PADDING],
      [MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING],
    ],
    extent,
  );
}

/** An SVG path generator for the projection. */
export const pathFor = (projection: GeoProjection) => geoPath(projection);

/** Pin radius by event count: area grows with the count, never below a tappable size. */
export const pinRadius = (count: number) => 5 + 3 * Math.sqrt(count - 1);
/** A country or region covers an area: its halo is wider than any pin. */
export const haloRadius = (count: number) => 14 + 3 * Math.sqrt(count - 1);
