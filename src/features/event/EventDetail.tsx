import { useCallback } from 'react';
import { readDateBasis } from '../../domain/view/dateBasis';
import { formatEventDate } from '../../domain/view/dates';
import { actorLink } from '../../domain/view/url';
import { selectSelectedEvent, useDatasetIndex } from '../../state/selectors';
import { useActions, useAppStore } from '../../state/store';
import { ClaimsSection } from './ClaimsSection';
import { EvidenceList } from './EvidenceList';
import { ResponseLinks } from './ResponseLinks';
import { KindBadge } from '../../shared/KindSymbol';
import { useEscapeToClose } from '../../shared/useEscapeToClose';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './event.css';

/**
 * The selected event: title, date with its precision and basis, summary, kind, actors and
 * places as filter chips, and the evidence from every source. Escape closes it.
 */
export function EventDetail() {
  const event = useAppStore(selectSelectedEvent);
  const filters = useAppStore((s) => s.view.filters);
  const index = useDatasetIndex();
  const { eventSelected, actorToggled, placeToggled, actorOpened } = useActions();
  const close = useCallback(() => eventSelected(null), [eventSelected]);
  const dismiss = useEscapeToClose(event?.id ?? null, close);

  if (!event) return null;
  const chip = (id: string, name: string, pressed: boolean, onToggle: () => void, noun: string) => (
    <li key={id}>
      <button
        type="button"
        className="chip"
        aria-pressed={pressed}
        aria-label={`Filter by ${noun}: ${name}`}
        title={pressed ? `Stop filtering by ${name}` : `Show only events with ${name}`}
        onClick={onToggle}
      >
        {name}
      </button>
    </li>
  );

  // An actor: the name opens their page (every event and quote), a small toggle filters by them.
  const actorChip = (id: string, name: string, pressed: boolean) => (
    <li key={id} className="actor-chip">
      <a
        className="chip actor-chip-link"
        href={actorLink(id)}
        aria-label={`${name}: all their events and quotes`}
        onClick={(e) => {
          if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
          e.preventDefault();
          actorOpened(id);
        }}
      >
        {name}
      </a>
      <button
        type="button"
        className="chip actor-chip-filter"
        aria-pressed={pressed}
        aria-label={`Filter by actor: ${name}`}
        title={pressed ? `Stop filtering by ${name}` : `Show only events with ${name}`}
        onClick={() => actorToggled(id)}
      >
        Filter
      </button>
    </li>
  );

  return (
    <article className="event-detail" aria-labelledby="event-detail-title">
      <div className="event-detail-top">
        <KindBadge kind={event.kind} />
        <button
          type="button"
          className="button is-quiet"
          onClick={dismiss}
          aria-label="Close event details"
        >
          Close
        </button>
      </div>
      <h2 id="event-detail-title" tabIndex={-1}>
        {event.title}
      </h2>
      <p className="event-date">
        <time
          dateTime={event.date}
          className={event.datePrecision === 'approximate' ? 'date-approximate' : undefined}
        >
          {formatEventDate(event, { sentence: true })}
        </time>
      </p>
      <p className="date-basis">{readDateBasis(event.dateBasis, index.articles)}</p>
      <p className="event-summary">{event.summary}</p>
      <ResponseLinks event={event} />
      {(event.actors.length > 0 || event.places.length > 0) && (
        <div className="event-entities">
          {event.actors.length > 0 && (
            <>
              <h3 className="entity-heading">Who</h3>
              <ul className="chip-list">
                {event.actors.map((id) =>
                  actorChip(id, index.actors.get(id)?.name ?? id, filters.actors.includes(id)),
                )}
              </ul>
            </>
          )}
          {event.places.length > 0 && (
            <>
              <h3 className="entity-heading">Where</h3>
              <ul className="chip-list">
                {event.places.map((id) =>
                  chip(
                    id,
                    index.places.get(id)?.name ?? id,
                    filters.places.includes(id),
                    () => placeToggled(id),
                    'place',
                  ),
                )}
              </ul>
            </>
          )}
        </div>
      )}
      <ClaimsSection event={event} />
      <EvidenceList event={event} />
    </article>
  );
}
