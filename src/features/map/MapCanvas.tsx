import { useMemo } from 'react';
import type { Topology } from 'topojson-specification';
import { atlasName, type PlaceMark } from '../../domain/map/placeMarks';
import {
  countriesOf,
  haloRadius,
  MAP_HEIGHT,
  MAP_WIDTH,
  pathFor,
  pinRadius,
  projectionFor,
} from './geometry';

export interface MapCanvasProps {
  topology: Topology;
  marks: readonly PlaceMark[];
  /** Places of the selected event, places under the pointer, places the filter keeps. */
  selected: ReadonlySet<string>;
  hovered: ReadonlySet<string>;
  active: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onHover: (id: string | null) => void;
}

const stateClass = (id: string, p: Pick<MapCanvasProps, 'selected' | 'hovered' | 'active'>) =>
  [
    p.selected.has(id) && 'is-selected',
    p.hovered.has(id) && 'is-hovered',
    p.active.has(id) && 'is-active',
  ]
    .filter(Boolean)
    .join(' ');

/**
 * The drawing: country outlines, then the places (countries and regions as dashed halos,
 * cities as pins sized by their number of events). A picture for the pointer; the place list
 * beside it is the keyboard and screen-reader way to the same actions.
 */
export function MapCanvas(props: MapCanvasProps) {
  const { topology, marks, onToggle, onHover } = props;
  const countries = useMemo(() => countriesOf(topology), [topology]);
  // Refit only when the set of places changes, not when a count does.
  const placeKey = marks.map((m) => m.place.id).join(',');
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- placeKey stands for marks' places
  const projection = useMemo(() => projectionFor(marks), [placeKey]);
  const path = pathFor(projection);
  const tinted = new Map(
    marks.filter((m) => m.place.kind === 'country').map((m) => [atlasName(m.place), m.place.id]),
  );
  // Busy places are named; the rest when linked to the selection or the pointer (no clutter).
  const linked = (id: string) =>
    props.selected.has(id) || props.hovered.has(id) || props.active.has(id);
  // Halos under pins, big under small, so every mark stays reachable by the pointer.
  const drawOrder = [...marks].sort(
    (a, b) => Number(b.approximate) - Number(a.approximate) || b.events.length - a.events.length,
  );

  return (
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- pointer-only hover; the place list gives keyboard users the same
    <svg
      className="map-svg"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="img"
      aria-label={`Map of ${marks.length} places; use the list of places to filter.`}
      onMouseLeave={() => onHover(null)}
    >
      <rect className="map-sea" width={MAP_WIDTH} height={MAP_HEIGHT} />
      <g className="map-countries">
        {countries.features.map((f, i) => {
          const id = tinted.get(f.properties.name);
          return (
            <path
              key={f.properties.name || i}
              className={`map-country${id ? ` has-events ${stateClass(id, props)}` : ''}`}
              d={path(f) ?? undefined}
            />
          );
        })}
      </g>
      <g className="map-places">
        {drawOrder.map((m) => {
          const [x, y] = projection([m.place.lon ?? 0, m.place.lat ?? 0]) ?? [-99, -99];
          const r = m.approximate ? haloRadius(m.events.length) : pinRadius(m.events.length);
          return (
            <g
              key={m.place.id}
              className={`map-place ${m.approximate ? 'is-approx' : 'is-exact'} ${stateClass(m.place.id, props)}`}
              transform={`translate(${x.toFixed(1)},${y.toFixed(1)})`}
              data-place={m.place.id}
              onClick={() => onToggle(m.place.id)}
              onMouseEnter={() => onHover(m.place.id)}
            >
              <circle className="map-mark" r={r} />
              {m.approximate ? null : <circle className="map-dot" r={1.8} />}
              {(m.events.length >= (m.approximate ? 4 : 2) || linked(m.place.id)) && (
                <text className="map-label" x={r + 3} dy="0.32em">
                  {m.place.name}
                </text>
              )}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
