import { memo, useEffect, useMemo, type KeyboardEvent } from 'react';
import { group } from 'd3-array';
import type { DatasetEvent } from '../../domain/types';
import { plural } from '../../domain/view/format';
import { formatDayHeading, precisionRank } from '../../domain/view/dates';
import { serialiseView } from '../../domain/view/url';
import { useInAppHref } from '../../state/links';
import { KindBadge } from '../../shared/KindSymbol';
import { useFilteredEvents } from '../../state/selectors';
import { useActions, useAppStore } from '../../state/store';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './list.css';

/**
 * The accessible equivalent of the timeline: the same filtered events in date order, grouped
 * by day. Each is a real link to its deep link (so it can be opened or copied) that selects the
 * event in place; the selected one has aria-current. Up/Down (and Home/End) move between events.
 */
export function EventList() {
  const events = useFilteredEvents();
  const view = useAppStore((s) => s.view);
  const selectedId = view.event;
  const { eventSelected, eventHovered } = useActions();
  const inApp = useInAppHref();
  // Each row's link is this view with the row's event: the part after the event id is shared.
  // (serialiseView writes the path as `#/event/<encoded id>`; the test checks rows agree with it.)
  const linkQuery = useMemo(() => {
    const head = '#/event/row';
    const link = serialiseView({ ...view, event: 'row' });
    return link.startsWith(head) ? link.slice(head.length) : '';
  }, [view]);
  // Hover is shared with the map: rows at the place hovered there are lit, and back.
  const linkedPlace = useAppStore((s) => s.hoveredPlace);
  useEffect(() => () => eventHovered(null), [eventHovered]);
  // Approximate dates get their own heading (no weekday), after the exact ones of that day.
  const days = useMemo(
    () => [
      ...group(
        events,
        (e) => e.date,
        (e) => e.datePrecision,
      ),
    ],
    [events],
  );

  return (
    <div className="event-list">
      <h2 className="visually-hidden">Events in date order</h2>
      {days.flatMap(([day, byPrecision]) =>
        [...byPrecision]
          .sort(([a], [b]) => precisionRank(a) - precisionRank(b))
          .map(([precision, dayEvents]) => (
            <section
              key={`${day}-${precision}`}
              className="event-day"
              aria-labelledby={`day-${day}-${precision}`}
            >
              <h3 id={`day-${day}-${precision}`} className="event-day-title">
                <time dateTime={day}>{formatDayHeading(day, precision)}</time>
              </h3>
              <ul>
                {dayEvents.map((event) => (
                  <EventRow
                    key={event.id}
                    event={event}
                    href={inApp(`#/event/${encodeURIComponent(event.id)}${linkQuery}`)}
                    selected={selectedId === event.id}
                    linked={linkedPlace !== null && event.places.includes(linkedPlace)}
                    onSelect={eventSelected}
                    onHover={eventHovered}
                  />
                ))}
              </ul>
            </section>
          )),
      )}
    </div>
  );
}

interface EventRowProps {
  event: DatasetEvent;
  href: string;
  selected: boolean;
  /** At the place hovered on the map. */
  linked: boolean;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

/** One event as a link; memoised, so a selection or hover change re-renders two rows, not all. */
const EventRow = memo(function EventRow(props: EventRowProps) {
  const { event, href, selected, linked, onSelect, onHover } = props;
  return (
    <li>
      <a
        className={`event-row${linked ? ' is-linked' : ''}`}
        data-event={event.id}
        href={href}
        aria-current={selected ? 'true' : undefined}
        onKeyDown={moveFocus}
        onMouseEnter={() => onHover(event.id)}
        onMouseLeave={() => onHover(null)}
        onClick={(e) => {
          if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
          e.preventDefault();
          onSelect(event.id);
        }}
      >
        <KindBadge kind={event.kind} />
        <span className="event-row-title">{event.title}</span>
        <span className="event-row-sources muted">
          {plural(new Set(event.evidence.map((x) => x.article)).size, 'source')}
        </span>
      </a>
    </li>
  );
});

/** Up/Down (and Home/End) move between the rows of the list the key was pressed in. */
function moveFocus(e: KeyboardEvent<HTMLAnchorElement>) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(e.key)) return;
  const list = e.currentTarget.closest('.event-list');
  const links = [...(list?.querySelectorAll<HTMLAnchorElement>('a[data-event]') ?? [])];
  const at = links.indexOf(e.currentTarget);
  if (at < 0) return;
  e.preventDefault();
  const next =
    e.key === 'Home'
      ? 0
      : e.key === 'End'
        ? links.length - 1
        : at + (e.key === 'ArrowDown' ? 1 : -1);
  links[Math.max(0, Math.min(links.length - 1, next))]?.focus();
}
