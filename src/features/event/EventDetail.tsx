import { readDateBasis } from '../../domain/view/dateBasis';
import { formatEventDate, isExactDay } from '../../domain/view/dates';
import { selectSelectedEvent, useDatasetIndex } from '../../state/selectors';
import { useActions, useAppStore } from '../../state/store';
import { ClaimsSection } from './ClaimsSection';
import { EventEntities } from './EventEntities';
import { EvidenceList } from './EvidenceList';
import { ResponseLinks } from './ResponseLinks';
import { KindBadge } from '../../shared/KindSymbol';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './event.css';

/**
 * The selected event: title, date with its precision and basis, summary, kind, its actors and
 * places by role (EventEntities), and the evidence from every source. Its Close button closes
 * it (Escape too: the app's layer around it).
 */
export function EventDetail() {
  const event = useAppStore(selectSelectedEvent);
  const index = useDatasetIndex();
  const { eventSelected } = useActions();

  if (!event) return null;
  return (
    <article className="event-detail" aria-labelledby="event-detail-title">
      <div className="event-detail-top">
        <KindBadge kind={event.kind} />
        <button
          type="button"
          className="button is-quiet"
          onClick={() => eventSelected(null)}
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
          className={isExactDay(event.datePrecision) ? undefined : 'date-approximate'}
        >
          {formatEventDate(event, { sentence: true })}
        </time>
      </p>
      <p className="date-basis">{readDateBasis(event.dateBasis, index.articles)}</p>
      <p className="event-summary">{event.summary}</p>
      <ResponseLinks event={event} />
      <EventEntities event={event} />
      <ClaimsSection event={event} />
      <EvidenceList event={event} />
    </article>
  );
}
