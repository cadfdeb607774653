import type { MapView } from '../map/camera.ts';
import type { EventKind, IsoDate, Role } from '../types.ts';

/** Which time scale the timeline uses: gaps collapsed, or true linear time. */
export type ScaleMode = 'compressed' | 'linear';
/** What the timeline's lanes group by. */
export type LaneMode = 'kind' | 'actor';
/** Main presentation: the graphical timeline or the accessible list of the same events. */
export type LayoutMode = 'timeline' | 'list';

/** Facet filters: AND across facets, OR within one. Empty array = no filter on that facet. */
export interface Filters {
  actors: string[];
  places: string[];
  /** The role the chosen actors must have (`part`: took part, `about`); null = either. */
  actorRole: Role | null;
  /** The role the chosen places must have (`part`: where it happened, `about`); null = either. */
  placeRole: Role | null;
  /** Article ids whose events are shown; empty = all sources. */
  sources: string[];
  kinds: EventKind[];
  /** Inclusive date range; null = open. */
  from: IsoDate | null;
  to: IsoDate | null;
}

/**
 * The whole shareable view: what the URL encodes (and nothing else goes in the URL).
 * `window` is the timeline's visible time span in UTC milliseconds, null = fit the filtered events.
 *
 * `event` and `actor` are the two pages a link can open (`#/event/<id>`, `#/actor/<id>`) and
 * they are exclusive: at most one is set. The store keeps it so (opening one closes the other);
 * should a view hold both, the event wins when it is written as a link.
 */
export interface ViewState {
  /** The selected event's id, or null. */
  event: string | null;
  /** The person or organisation whose page is open (every event and quote of theirs), or null. */
  actor: string | null;
  /**
   * The guided story's step being shown (0-based index into the dataset's story steps), or null
   * outside the story. A step is a page too (`#/story/<n>`): it selects its step's event, so
   * while it is set `event` is that event and `actor` is null.
   */
  story: number | null;
  filters: Filters;
  scale: ScaleMode;
  lanes: LaneMode;
  layout: LayoutMode;
  window: readonly [number, number] | null;
  /** The search text (normalised, see src/domain/search/query.ts); '' = no search. */
  query: string;
  /** The map: closed (null), open and fitted to the places (`'fit'`), or where the reader put it. */
  map: MapView;
  /** Article ids whose source panels are open, in the order they were opened; [] = none. */
  reading: string[];
}

export const EMPTY_FILTERS: Filters = {
  actors: [],
  places: [],
  actorRole: null,
  placeRole: null,
  sources: [],
  kinds: [],
  from: null,
  to: null,
};

/** True when a facet or the date range narrows the events (a role alone narrows nothing). */
export function hasActiveFilters(filters: Filters): boolean {
  const { actors, places, sources, kinds, from, to } = filters;
  return (
    actors.length + places.length + sources.length + kinds.length > 0 ||
    from !== null ||
    to !== null
  );
}

export const DEFAULT_VIEW: ViewState = {
  event: null,
  actor: null,
  story: null,
  filters: EMPTY_FILTERS,
  scale: 'compressed',
  lanes: 'kind',
  layout: 'timeline',
  window: null,
  query: '',
  map: null,
  reading: [],
};
