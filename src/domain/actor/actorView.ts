import type { Dataset, DatasetEvent, Evidence } from '../types';

/**
 * How a quote is tied to an actor. Attribution is derived, never curated: the dataset has no
 * "speaker" field, so these say honestly what the link rests on.
 * - `named-in-quote`: the actor is one of the event's actors and is mentioned inside the quote.
 * - `named-in-paragraph`: the actor is one of the event's actors and is mentioned in the
 *   quote's paragraph, outside the quote.
 * - `event-actor`: the actor is one of the event's actors; the quote does not name them.
 */
export type AttributionBasis = 'named-in-quote' | 'named-in-paragraph' | 'event-actor';

export interface ActorQuote {
  event: DatasetEvent;
  evidence: Evidence;
  basis: AttributionBasis;
}

export interface ActorView {
  /** Events the actor takes part in, in time order (date, then id). */
  events: DatasetEvent[];
  /** Every evidence quote of those events, in the events' time order, with its basis. */
  quotes: ActorQuote[];
}

/** The events and quotes of one actor; an unknown id gives an empty view. */
export function actorView(dataset: Dataset, actorId: string): ActorView {
  const events = dataset.events
    .filter((e) => e.actors.includes(actorId))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const mentions = dataset.mentions.filter((m) => m.entity === 'actor' && m.id === actorId);
  const quotes = events.flatMap((event) =>
    event.evidence.map((evidence): ActorQuote => {
      const inParagraph = mentions.filter(
        (m) => m.article === evidence.article && m.paragraph === evidence.paragraph,
      );
      const inQuote = inParagraph.some((m) => m.start >= evidence.start && m.end <= evidence.end);
      const basis: AttributionBasis = inQuote
        ? 'named-in-quote'
        : inParagraph.length > 0
          ? 'named-in-paragraph'
          : 'event-actor';
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
      return 'an actor of the event; not named in the quote';
  }
}
