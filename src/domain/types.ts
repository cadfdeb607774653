/**
 * The compiled dataset the app bundles (written by `npm run ingest` to
 * `src/generated/dataset.json`). Field names of the contract are kept;
 * extra fields are additions. All offsets are UTF-16 code-unit offsets into
 * `article.paragraphs[paragraph]` (so `paragraphs[p].slice(start, end) === quote`).
 */

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** How exact an event's date is: a known day, or an approximate one (shown differently). */
export type DatePrecision = 'day' | 'approximate';

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

export interface Article {
  /** Readable slug, e.g. `fism-no-progress`. */
  id: string;
  /** The raw file's original name in data/articles/. */
  file: string;
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

export interface DatasetEvent {
  /** Readable slug, stable: used in deep links. */
  id: string;
  date: IsoDate;
  datePrecision: DatePrecision;
  /** Why this date: which evidence phrase resolved to it, against which publication date. */
  dateBasis: string;
  title: string;
  summary: string;
  kind: EventKind;
  actors: string[];
  places: string[];
  evidence: Evidence[];
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

export interface Dataset {
  articles: Article[];
  actors: Actor[];
  places: Place[];
  /** Sorted by date, then id. */
  events: DatasetEvent[];
  /** Sorted by article, paragraph, start. */
  mentions: Mention[];
}
