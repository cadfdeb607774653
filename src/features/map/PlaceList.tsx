import type { PlaceMark } from '../../domain/map/placeMarks';
import { plural } from '../../domain/view/format';

export interface PlaceListProps {
  marks: readonly PlaceMark[];
  active: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  hovered: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onHover: (id: string | null) => void;
}

/** The places as toggle buttons: the map's keyboard and screen-reader equivalent. */
export function PlaceList({ marks, active, selected, hovered, onToggle, onHover }: PlaceListProps) {
  return (
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- clears the pointer's hover; buttons inside handle focus
    <ul className="map-list" aria-label="Places on the map" onMouseLeave={() => onHover(null)}>
      {marks.map((m) => {
        const { id, name } = m.place;
        const where = m.approximate ? `${m.place.kind}, approximate location` : 'city';
        return (
          <li key={id}>
            <button
              type="button"
              className={`map-list-item${selected.has(id) ? ' is-selected' : ''}${hovered.has(id) ? ' is-hovered' : ''}`}
              aria-pressed={active.has(id)}
              onClick={() => onToggle(id)}
              onMouseEnter={() => onHover(id)}
              onFocus={() => onHover(id)}
              onBlur={() => onHover(null)}
            >
              <span
                className={`map-list-symbol ${m.approximate ? 'is-approx' : 'is-exact'}`}
                aria-hidden="true"
              />
              <span className="map-list-name">{name}</span>
              <span className="visually-hidden">{`, ${where}: ${plural(m.events.length, 'event')}`}</span>
              <span className="map-list-count" aria-hidden="true">
                {m.events.length}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
