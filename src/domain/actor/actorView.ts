import type { Dataset, DatasetEvent, Evidence, Role } from '../types';

/**
 * How a quote is tied to an actor. Attribution is derived, never curated: the dataset has no
 * "speaker" field, so these say honestly what the link rests on.
 * - `named-in-quote`: the actor is one of the event's actors and is mentioned inside the quote.
 * - `named-in-paragraph`: the actor is one of the event's actors and is mentioned in the
 *   quote's paragraph, outside the quote.
 * - `event-actor`: the actor took part in the event; the quote does not name them.
 * - `event-subject`: the event concerns the actor; the quote does not name them.
 * The first two hold in either role; the event's role says whether they took part or are
 * what the event is about.
 */
export type AttributionBasis =
  'named-in-quote' | 'named-in-paragraph' | 'event-actor' | 'event-subject';

export interface ActorQuote {
  event: DatasetEvent;
  evidence: Evidence;
  basis: AttributionBasis;
}

/** One of the actor's events, with the actor's role in it. */
export interface ActorEvent {
  event: DatasetEvent;
  /** `part`: the actor took part (`actors`); `about`: the event concerns them (`aboutActors`). */
  role: Role;
}

export interface ActorView {
  /** Events the actor takes part in or that concern them, in time order (date, then id). */
  events: ActorEvent[];
  /** Every evidence quote of those events, in the events' time order, with its basis. */
  quotes: ActorQuote[];
}

/**
 * The events and quotes of one actor, in either role (as the actor filter matches); an
 * unknown id gives an empty view.
 */
export function actorView(dataset: Dataset, actorId: string): ActorView {
  const events = dataset.events
    .flatMap((event): ActorEvent[] =>
      event.actors.includes(actorId)
        ? [{ event, role: 'part' }]
        : event.aboutActors.includes(actorId)
          ? [{ event, role: 'about' }]
          : [],
    )
    .sort(
      (a, b) => a.event.date.localeCompare(b.event.date) || a.event.id.localeCompare(b.event.id),
    );
  const mentions = dataset.mentions.filter((m) => m.entity === 'actor' && m.id === actorId);
  const quotes = events.flatMap(({ event, role }) =>
    event.evidence.map((evidence): ActorQuote => {
      const inParagraph = mentions.filter(
        (m) => m.article === evidence.article && m.paragraph === evidence.paragraph,
      );
      const inQuote = inParagraph.some((m) => m.start >= evidence.start && m.end <= evidence.end);
      const basis: AttributionBasis = inQuote
        ? 'named-in-quote'
        : inParagraph.length > 0
          ? 'named-in-paragraph'
          : role === 'part'
            ? 'event-actor'
            : 'event-subject';
      return { event, evidence, basis };
    }),
  );
  return { events, quotes };
}

/** Plain words for a basis, for the UI and exports. */
export function basisLabel(basis: AttributionBasis): string {
  switch (basis) {
    case 'named-in-quote':
      return 'named in the quote';
    case 'named-in-paragraph':
      return 'named in the same paragraph';
    case 'event-actor':
      return 'took part in the event; not named in the quote';
    case 'event-subject':
      return 'the event concerns them; not named in the quote';
  }
}
