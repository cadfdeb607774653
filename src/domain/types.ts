/**
 * The compiled dataset the app bundles (written by `npm run ingest` to
 * `src/generated/dataset.json`). Field names of the contract are kept;
 * extra fields are additions. All offsets are UTF-16 code-unit offsets into
 * `article.paragraphs[paragraph]` (so `paragraphs[p].slice(start, end) === quote`).
 */

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * How exact an event's date is: `day`, a known day; `approximate`, about that day; `month`,
 * a known month (the date is its first day); `year`, a known year (the date is 1 January).
 * Anything but `day` is drawn as uncertain.
 */
export const DATE_PRECISIONS = ['day', 'approximate', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const EVENT_KINDS = [
  'talks',
  'strike',
  'offensive',
  'statement',
  'denial',
  'call',
  'meeting',
  'sanctions',
  'aid',
  'humanitarian',
  'report',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const ACTOR_KINDS = ['person', 'government', 'organisation', 'military', 'media'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const PLACE_KINDS = ['city', 'country', 'region'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Title, outlet and author as an article's text states them (never guessed), with where each came from. */
export interface ArticleMetadata {
  title: string;
  /** Where the title came from: `headline` (detected in the text) or how it was derived. */
  titleBasis: string;
  /** Only when the text states it; otherwise null (never guessed). */
  outlet: string | null;
  outletBasis: string | null;
  /** Only when the text states it; otherwise null. */
  author: string | null;
  /** A byline line as printed (e.g. "by mcardinal"), if any. */
  byline: string | null;
}

export interface Article extends ArticleMetadata {
  /** Readable slug, e.g. `fism-no-progress`. */
  id: string;
  /** The raw file's original name in data/articles/. */
  file: string;
  published: IsoDate;
  /** Human-readable reason for `published` (the clues used, or "metadata override: ..."). */
  publishedBasis: string;
  /** Cleaned paragraphs; junk removed, sentences unchanged. */
  paragraphs: string[];
  /** Indexes into `paragraphs` of section sub-headings inside the body. */
  headings: number[];
}

export interface Actor {
  id: string;
  name: string;
  aliases: string[];
  kind: ActorKind;
  role: string;
  /** Actor id of the government/organisation this actor belongs to, or null. */
  affiliation: string | null;
}

export interface Place {
  id: string;
  name: string;
  aliases: string[];
  kind: PlaceKind;
  /** Place id of the country this place lies in (a country's own id for a country). */
  country: string | null;
  /** Required for cities; optional (null) for countries and regions. */
  lat: number | null;
  lon: number | null;
}

export interface Evidence {
  /** Article id. */
  article: string;
  /** Verbatim substring of the cleaned paragraph. */
  quote: string;
  paragraph: number;
  start: number;
  end: number;
}

/** Separates an event's computed date basis from the editor's note on the date. */
export const EDITOR_NOTE = '; editor: ';

export interface DatasetEvent {
  /** Readable slug, stable: used in deep links. */
  id: string;
  date: IsoDate;
  datePrecision: DatePrecision;
  /**
   * Why this date: which evidence phrase resolved to it, against which publication date; the
   * editor's note on the date, if any, follows after `EDITOR_NOTE`.
   */
  dateBasis: string;
  title: string;
  summary: string;
  kind: EventKind;
  /** Actor ids of who took part: did it, said it, met, called (never an outlet that only reported it). */
  actors: string[];
  /** Place ids of where it happened (where a statement was made); empty when the text does not say. */
  places: string[];
  /** Actor ids of whom it concerns without their taking part (the target, the one named). */
  aboutActors: string[];
  /** Place ids of what it concerns when that is not where it happened (a statement about Mariupol). */
  aboutPlaces: string[];
  evidence: Evidence[];
  /** Events this one answers (a denial, a rebuttal, a reply); absent when it answers none. */
  responds?: EventResponse[];
}

/**
 * An event's two roles for actors and places: `part` (took part; for a place, where it
 * happened) and `about` (what it concerns). Each id holds at most one role in an event.
 */
export const ROLES = ['part', 'about'] as const;
export type Role = (typeof ROLES)[number];

/** The event field that holds each role's ids, per entity. */
export const ROLE_FIELDS = {
  actor: { part: 'actors', about: 'aboutActors' },
  place: { part: 'places', about: 'aboutPlaces' },
} as const satisfies Record<'actor' | 'place', Record<Role, keyof DatasetEvent>>;

/** How one event answers another. */
export const RESPONSE_RELATIONS = ['denies', 'rebuts', 'responds'] as const;
/**
 * `denies`: says the answered event did not happen as reported (or was staged);
 * `rebuts`: contradicts what the answered statement said; `responds`: answers it without
 * contradicting it.
 */
export type ResponseRelation = (typeof RESPONSE_RELATIONS)[number];

/** A link from an event to an event it answers. */
export interface EventResponse {
  /** The answered event's id (never the event itself). */
  event: string;
  relation: ResponseRelation;
}

/** What a numeric claim measures, e.g. civilians killed in Mariupol. */
export interface Quantity {
  id: string;
  /** What is counted, e.g. "Civilians killed in Mariupol". */
  label: string;
  /** The unit every claim of this quantity is given in, e.g. "people", "minutes". */
  unit: string;
  /** A running total (a death toll, people who have fled): it can only grow over time. */
  cumulative: boolean;
}

/**
 * How the text qualifies a figure: `exact` ("1,200 civilians"), `at-least` ("at least 1,700"),
 * `more-than` ("more than 5,000", "passes the two-million mark"), `about`, `at-most`,
 * `less-than`. A stated range ("between 300 and 400") is `exact` with `max`.
 */
export const CLAIM_QUALIFIERS = [
  'exact',
  'at-least',
  'more-than',
  'about',
  'at-most',
  'less-than',
] as const;
export type ClaimQualifier = (typeof CLAIM_QUALIFIERS)[number];

/**
 * Why a claim refers to its date: `stated` (a date phrase in the quote, e.g. "on Wednesday"),
 * `published` (nothing stated: the article's publication date), `event` (the date of the event
 * the claim belongs to, e.g. the strike the figure counts the victims of).
 */
export const CLAIM_DATE_BASES = ['stated', 'published', 'event'] as const;
export type ClaimDateBasis = (typeof CLAIM_DATE_BASES)[number];

/** A numeric claim one source makes, with the verbatim quote it is read from. */
export interface Claim {
  id: string;
  /** Quantity id. */
  quantity: string;
  value: number;
  /** Upper end of a stated range; null when the figure is a single number. */
  max: number | null;
  qualifier: ClaimQualifier;
  /** Who the source says gave the figure; null when the source states it itself. */
  attribution: {
    /** Actor id when the text names a known actor, else null. */
    actor: string | null;
    /** The words the article uses, found in the quote ("the local council"). */
    text: string;
  } | null;
  /** The day the figure refers to. */
  refersTo: {
    date: IsoDate;
    basis: ClaimDateBasis;
    /** The date phrase in the quote when `basis` is `stated`, else null. */
    phrase: string | null;
  };
  /** The event the claim belongs to, or null. */
  event: string | null;
  evidence: Evidence;
}

export interface Mention {
  article: string;
  paragraph: number;
  start: number;
  end: number;
  /** What was mentioned. */
  entity: 'actor' | 'place';
  id: string;
}

/** One step of the story's guided tour: an event and the editor's caption for it. */
export interface StoryStep {
  /** Event id. */
  event: string;
  /** The editor's own words introducing the event (never a source's). */
  caption: string;
}

/** The story as its editor tells it (data/story.json). */
export interface Story {
  /** What the story is called, or null when it has no title. */
  title: string | null;
  /** The guided tour, in the editor's order; empty when the story has none. */
  steps: StoryStep[];
}

export interface Dataset {
  story: Story;
  articles: Article[];
  actors: Actor[];
  places: Place[];
  /** Sorted by date, then id. */
  events: DatasetEvent[];
  /** Sorted by article, paragraph, start. */
  mentions: Mention[];
  /** Sorted by id. */
  quantities: Quantity[];
  /** Numeric claims, sorted by quantity, date, then id. */
  claims: Claim[];
}
