import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { group } from 'd3-array';
import { formatDayLong, KIND_META, plural } from '../../domain/view/format';
import { serialiseView } from '../../domain/view/url';
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
  const { eventSelected, eventHovered } = useActions();
  // Hover is shared with the map: rows at the place hovered there are lit, and back.
  const linkedPlace = useAppStore((s) => s.hoveredPlace);
  useEffect(() => () => eventHovered(null), [eventHovered]);
  const listRef = useRef<HTMLDivElement>(null);
  const days = useMemo(() => [...group(events, (e) => e.date)], [events]);

  const onKeyDown = (e: KeyboardEvent<HTMLAnchorElement>) => {
    const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
    if (!keys.includes(e.key)) return;
    const links = [
      ...(listRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-event]') ?? []),
    ];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    e.preventDefault();
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? links.length - 1
          : at + (e.key === 'ArrowDown' ? 1 : -1);
    links[Math.max(0, Math.min(links.length - 1, next))]?.focus();
  };

  return (
    <div className="event-list" ref={listRef}>
      <h2 className="visually-hidden">Events in date order</h2>
      {days.map(([day, dayEvents]) => (
        <section key={day} className="event-day" aria-labelledby={`day-${day}`}>
          <h3 id={`day-${day}`} className="event-day-title">
            <time dateTime={day}>{formatDayLong(day)}</time>
          </h3>
          <ul>
            {dayEvents.map((event) => {
              const selected = view.event === event.id;
              const kind = KIND_META[event.kind];
              return (
                <li key={event.id}>
                  <a
                    className={`event-row kind-${event.kind}${linkedPlace !== null && event.places.includes(linkedPlace) ? ' is-linked' : ''}`}
                    data-event={event.id}
                    href={serialiseView({ ...view, event: event.id })}
                    aria-current={selected ? 'true' : undefined}
                    onKeyDown={onKeyDown}
                    onMouseEnter={() => eventHovered(event.id)}
                    onMouseLeave={() => eventHovered(null)}
                    onClick={(e) => {
                      if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                      e.preventDefault();
                      eventSelected(event.id);
                    }}
                  >
                    <span className="kind-badge">
                      <span aria-hidden="true">{kind.symbol}</span> {kind.label}
                    </span>
                    <span className="event-row-title">{event.title}</span>
                    {event.datePrecision === 'approximate' && (
                      <span className="event-row-approx date-approximate">approximate date</span>
                    )}
                    <span className="event-row-sources muted">
                      {plural(new Set(event.evidence.map((x) => x.article)).size, 'source')}
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
