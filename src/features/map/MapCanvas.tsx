import type { Ref } from 'react';
import type { Scene, SceneGroup } from './scene';
import { countriesTransform } from './geometry';

export interface MapCanvasProps {
  ref?: Ref<SVGSVGElement>;
  /** The countries' paths in world units, and which of them hold events (name -> place id). */
  countries: readonly { name: string; d: string }[];
  tinted: ReadonlyMap<string, string>;
  scene: Scene;
  width: number;
  height: number;
  /** Places of the selected event, places under the pointer, places the filter keeps. */
  selected: ReadonlySet<string>;
  hovered: ReadonlySet<string>;
  active: ReadonlySet<string>;
  /** Places with no event in the timeline's visible window (drawn faint). */
  outside: ReadonlySet<string>;
  /** Places the selected or hovered event is about without having happened there. */
  concerned: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onHover: (id: string | null) => void;
  /** A cluster was clicked: zoom in on its places. */
  onExpand: (group: SceneGroup) => void;
}

type States = Pick<MapCanvasProps, 'selected' | 'hovered' | 'active' | 'outside' | 'concerned'>;

const stateClass = (ids: readonly string[], p: States) =>
  [
    ids.some((id) => p.selected.has(id)) && 'is-selected',
    ids.some((id) => p.hovered.has(id)) && 'is-hovered',
    ids.some((id) => p.active.has(id)) && 'is-active',
    ids.some((id) => p.concerned.has(id)) && 'is-concerned',
    ids.every((id) => p.outside.has(id)) && 'is-outside',
  ]
    .filter(Boolean)
    .join(' ');

/**
 * The drawing: country outlines (moved by one transform), then the places (countries and
 * regions as dashed halos, cities as pins sized by their number of events, overlapping ones as
 * a numbered cluster) and the labels that fit. A picture for the pointer; the place list beside
 * it is the keyboard and screen-reader way to the same actions.
 */
export function MapCanvas(props: MapCanvasProps) {
  const { ref, scene, width, height, onToggle, onHover, onExpand } = props;
  const approximate = new Set(
    scene.groups.filter((g) => g.approximate).map((g) => g.members[0]!.id),
  );
  return (
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- pointer-only hover; the place list gives keyboard users the same
    <svg
      ref={ref}
      className="map-svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Map of ${scene.groups.length} places; use the list of places to filter.`}
      onMouseLeave={() => onHover(null)}
    >
      <rect className="map-sea" width={width} height={height} />
      <g className="map-countries" transform={countriesTransform(scene.transform)}>
        {props.countries.map(({ name, d }) => {
          const id = props.tinted.get(name);
          return (
            <path
              key={name}
              className={`map-country${id ? ` has-events ${stateClass([id], props)}` : ''}`}
              d={d}
            />
          );
        })}
      </g>
      <g className="map-places">
        {scene.groups.map((g) => {
          const ids = g.members.map((m) => m.id);
          const cluster = ids.length > 1;
          return (
            <g key={g.key}>
              {g.from && (
                <line className="map-leader" x1={g.from[0]} y1={g.from[1]} x2={g.x} y2={g.y} />
              )}
              <g
                className={`map-place ${g.approximate ? 'is-approx' : 'is-exact'}${cluster ? ' is-cluster' : ''}${g.aboutOnly ? ' is-about' : ''} ${stateClass(ids, props)}`}
                transform={`translate(${g.x.toFixed(1)},${g.y.toFixed(1)})`}
                data-place={cluster ? undefined : ids[0]}
                data-places={cluster ? ids.join(' ') : undefined}
                onClick={() => (cluster ? onExpand(g) : onToggle(ids[0]!))}
                onMouseEnter={() => onHover(cluster ? null : ids[0]!)}
              >
                <circle className="map-mark" r={g.r} />
                {cluster ? (
                  <text className="map-count" dy="0.35em">
                    {ids.length}
                  </text>
                ) : (
                  !g.approximate && !g.aboutOnly && <circle className="map-dot" r={1.8} />
                )}
              </g>
            </g>
          );
        })}
      </g>
      <g className="map-labels">
        {scene.labels.map((l) => (
          <text
            key={l.id}
            className={`map-label ${stateClass([l.id], props)}${approximate.has(l.id) ? ' is-approx' : ''}`}
            x={l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x + l.width : l.x + l.width / 2}
            y={l.y}
            dy="0.35em"
            textAnchor={l.anchor}
            data-label={l.id}
          >
            {l.text}
          </text>
        ))}
      </g>
    </svg>
  );
}
