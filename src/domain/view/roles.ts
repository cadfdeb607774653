import type { Role } from '../types';

/** The words of one entity's two roles, for every view that names them. */
export interface RoleWords {
  /** Short headings in an event's details and in print: "Who" / "About". */
  heading: Record<Role, string>;
  /** What a heading leaves to be read by screen readers: "took part" / "these places". */
  hidden: Record<Role, string>;
  /** The filter's choices and the actor page's tags: "Took part" / "About them". */
  choice: Record<Role | 'either', string>;
  /** Per-role counts beside a filter option: "3 took part, 1 about". */
  count: Record<Role, string>;
  /** The preposition of a description: "events with Lavrov", "events about Mariupol". */
  preposition: Record<Role | 'either', string>;
}

/**
 * How the roles read, one owner for all views: an actor takes part in an event or is what it
 * is about; a place is where it happened or what it is about.
 */
export const ROLE_WORDS: Record<'actor' | 'place', RoleWords> = {
  actor: {
    heading: { part: 'Who', about: 'About' },
    hidden: { part: 'took part', about: 'these people or organisations' },
    choice: { either: 'Took part or about', part: 'Took part', about: 'About them' },
    count: { part: 'took part', about: 'about' },
    preposition: { either: 'with or about', part: 'with', about: 'about' },
  },
  place: {
    heading: { part: 'Where', about: 'About' },
    hidden: { part: 'it happened', about: 'these places' },
    choice: { either: 'Where or about', part: 'Where it happened', about: 'What it is about' },
    count: { part: 'where', about: 'about' },
    preposition: { either: 'in or about', part: 'in', about: 'about' },
  },
};
