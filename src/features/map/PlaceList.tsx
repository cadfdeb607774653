import type { PlaceMark } from '../../domain/map/placeMarks';
import { plural } from '../../domain/view/format';

export interface PlaceListProps {
  marks: readonly PlaceMark[];
  active: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  hovered: ReadonlySet<string>;
  /** Places with no event in the timeline's visible window. */
  outside: ReadonlySet<string>;
  /** True when the timeline shows a window rather than every event. */
  windowed: boolean;
  onToggle: (id: string) => void;
  onHover: (id: string | null) => void;
}

/** The places as toggle buttons: the map's keyboard and screen-reader equivalent. */
export function PlaceList(props: PlaceListProps) {
  const { marks, active, selected, hovered, outside, windowed, onToggle, onHover } = props;
  return (
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- clears the pointer's hover; buttons inside handle focus
    <ul className="map-list" aria-label="Places on the map" onMouseLeave={() => onHover(null)}>
      {marks.map((m) => {
        const { id, name } = m.place;
        const where = m.approximate ? `${m.place.kind}, approximate location` : 'city';
        const total = m.events.length + m.about.length;
        const happened = plural(m.events.length, 'event');
        const about = m.about.length > 0 ? ` and ${m.about.length} about it from elsewhere` : '';
        // With the timeline zoomed in: how many of the place's events it shows.
        const shown = windowed && m.inView < total;
        const inView = shown ? `, ${m.inView} in the timeline’s view` : '';
        const state = [
          selected.has(id) && 'is-selected',
          hovered.has(id) && 'is-hovered',
          outside.has(id) && 'is-outside',
        ].filter(Boolean);
        return (
          <li key={id}>
            <button
              type="button"
              className={['map-list-item', ...state].join(' ')}
              aria-pressed={active.has(id)}
              onClick={() => onToggle(id)}
              onMouseEnter={() => onHover(id)}
              onFocus={() => onHover(id)}
              onBlur={() => onHover(null)}
            >
              <span
                className={`map-list-symbol ${m.approximate ? 'is-approx' : 'is-exact'}${m.events.length === 0 ? ' is-about' : ''}`}
                aria-hidden="true"
              />
              <span className="map-list-name">{name}</span>
              <span className="visually-hidden">{`, ${where}: ${happened} there${about}${inView}`}</span>
              <span className="map-list-count" aria-hidden="true">
                {shown ? `${m.inView}/${total}` : total}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
