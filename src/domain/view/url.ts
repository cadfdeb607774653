import { formatMapView, readMapView } from '../map/camera';
import { normaliseQuery } from '../search/query';
import { formatInstant, isCalendarDate, parseInstant } from './instant';
import { EVENT_KINDS, ROLES, type Dataset, type EventKind, type Role } from '../types';
import {
  DEFAULT_VIEW,
  type Filters,
  type LaneMode,
  type LayoutMode,
  type ScaleMode,
  type ViewState,
} from './viewState';

/**
 * The URL scheme. Everything lives in the hash so any static host serves it without rewrites:
 *
 *     #/                                  the default view
 *     #/event/<event-id>                  one event selected (its stable, readable link)
 *     #/actor/<actor-id>                  one person's or organisation's page (exclusive with event)
 *     #/story/<n>                         the guided story at step n (1-based), its event selected
 *     #/event/<id>?actor=a,b&place=p&actorRole=part&placeRole=about&source=s&kind=k
 *                 &from=YYYY-MM-DD&to=YYYY-MM-DD
 *                 &scale=linear&lanes=actor&layout=list&window=<start>~<end>&map=open&q=<search text>
 *                 &read=<article-id>,<article-id>
 *
 * Only non-default values are written, in the fixed order of `PARAM_ORDER`, lists sorted, so
 * equal views give equal links. `window` bounds are UTC, to the minute: `2022-03-09T06:00Z`.
 * `map` is `open` (fitted to the places) or the reader's view as `lat,lon,zoom`
 * (src/domain/map/camera.ts); absent = closed.
 * `read` (the open source panels) keeps the order they were opened in: it is the panels' order.
 */
export const PARAM_ORDER = [
  'actor',
  'place',
  'actorRole',
  'placeRole',
  'source',
  'kind',
  'from',
  'to',
  'scale',
  'lanes',
  'layout',
  'window',
  'map',
  'q',
  'read',
] as const;
type ParamKey = (typeof PARAM_ORDER)[number];

/** The result of reading a URL: always a working view, plus what had to be dropped. */
export interface ParsedUrl {
  view: ViewState;
  /** One short, human-readable line per thing that was ignored; empty when the link was clean. */
  problems: string[];
}

const SCALES: readonly ScaleMode[] = ['compressed', 'linear'];
const LANES: readonly LaneMode[] = ['kind', 'actor'];
const LAYOUTS: readonly LayoutMode[] = ['timeline', 'list'];
const MINUTE = 60_000;
/** The span a four-digit year can write; a window outside it is left out of the link. */
const FIRST_INSTANT = Date.parse('0000-01-01T00:00:00Z');
const LAST_INSTANT = Date.parse('9999-12-31T23:58:00Z');
/** Beyond this a link is not something a person shared; stop reading instead of churning. */
const MAX_HASH_LENGTH = 20_000;
const MAX_LIST_ITEMS = 500;

/** Decodes a percent-escaped component; malformed escapes give null instead of throwing. */
function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Shortens untrusted text before it is quoted back to the user in a notice. */
function quoted(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return `“${short}”`;
}

/** Splits the query part into key/value pairs; a Map, so keys like `__proto__` are just keys. */
function readParams(query: string, problems: string[]): Map<string, string[]> {
  const params = new Map<string, string[]>();
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? '' : part.slice(eq + 1);
    if (key === null || !(PARAM_ORDER as readonly string[]).includes(key)) {
      problems.push(`Ignored the unknown setting ${quoted(key ?? part)}.`);
      continue;
    }
    params.set(key, [...(params.get(key) ?? []), value]);
  }
  return params;
}

/**
 * Reads a comma list of ids (repeated keys merge), keeping only ids the dataset knows, once
 * each, in the order given.
 */
function readIdsInOrder(
  raw: string[] | undefined,
  known: ReadonlySet<string>,
  noun: string,
  problems: string[],
): string[] {
  if (!raw) return [];
  const ids = new Set<string>();
  const unknown: string[] = [];
  for (const piece of raw.join(',').split(',').slice(0, MAX_LIST_ITEMS)) {
    if (piece === '') continue;
    const id = decode(piece);
    if (id !== null && known.has(id)) ids.add(id);
    else unknown.push(quoted(id ?? piece));
  }
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 3).join(', ');
    const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : '';
    problems.push(`Unknown ${noun}${unknown.length > 1 ? 's' : ''} ${shown}${more} removed.`);
  }
  return [...ids];
}

/** `readIdsInOrder`, sorted: a filter is a set, written in one order so equal views match. */
function readIds(
  raw: string[] | undefined,
  known: ReadonlySet<string>,
  noun: string,
  problems: string[],
): string[] {
  return readIdsInOrder(raw, known, noun, problems).sort();
}

/** Reads a single value (the first when repeated) from a fixed set of choices. */
function readChoice<T extends string>(
  raw: string[] | undefined,
  choices: readonly T[],
  fallback: T,
  noun: string,
  problems: string[],
): T {
  if (!raw) return fallback;
  const value = decode(raw[0] ?? '') ?? '';
  if ((choices as readonly string[]).includes(value)) return value as T;
  problems.push(`Unknown ${noun} ${quoted(value)}; showing ${fallback}.`);
  return fallback;
}

/** Reads the role a facet is narrowed to: `part` or `about`; absent means either. */
function readRole(raw: string[] | undefined, noun: string, problems: string[]): Role | null {
  if (!raw) return null;
  const value = decode(raw[0] ?? '') ?? '';
  if ((ROLES as readonly string[]).includes(value)) return value as Role;
  problems.push(`Unknown ${noun} role ${quoted(value)}; matching either role.`);
  return null;
}

function readDate(raw: string[] | undefined, noun: string, problems: string[]): string | null {
  if (!raw) return null;
  const value = decode(raw[0] ?? '') ?? '';
  if (isCalendarDate(value)) return value;
  problems.push(`The ${noun} date ${quoted(value)} is not a date (YYYY-MM-DD) and was ignored.`);
  return null;
}

function readWindow(raw: string[] | undefined, problems: string[]): ViewState['window'] {
  if (!raw) return null;
  const value = decode(raw[0] ?? '') ?? '';
  const [a, b, extra] = value.split('~');
  const start = parseInstant(a ?? '');
  const end = parseInstant(b ?? '');
  if (extra === undefined && start !== null && end !== null && start < end) return [start, end];
  problems.push(`The zoom window ${quoted(value)} was not understood; showing all events.`);
  return null;
}

/** Reads the map's state: absent = closed; a view not understood opens the fitted map. */
function readMap(raw: string[] | undefined, problems: string[]): ViewState['map'] {
  if (!raw) return null;
  const value = decode(raw[0] ?? '') ?? raw[0] ?? '';
  const map = readMapView(value);
  if (map !== null) return map;
  problems.push(`The map view ${quoted(value)} was not understood; showing all places.`);
  return 'fit';
}

/** Reads the search text (the first when repeated) in its canonical form. */
function readQuery(raw: string[] | undefined, problems: string[]): string {
  if (!raw) return '';
  const value = decode(raw[0] ?? '');
  if (value !== null) return normaliseQuery(value);
  problems.push(`The search ${quoted(raw[0] ?? '')} was not understood and was left out.`);
  return '';
}

/** Splits `#/event/x?a=b` into its path and query; tolerates a missing `#` or `/`. */
function splitHash(hash: string): { path: string; query: string } {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = body.indexOf('?');
  const path = q < 0 ? body : body.slice(0, q);
  return {
    path: path.replace(/^\/+/, '').replace(/\/+$/, ''),
    query: q < 0 ? '' : body.slice(q + 1),
  };
}

/** The pages a path can open, with the noun a notice uses for an unknown id. */
const PAGES = {
  event: { list: (d: Dataset) => d.events, noun: 'event' },
  actor: { list: (d: Dataset) => d.actors, noun: 'person or organisation' },
} as const;

type Page = Pick<ViewState, 'event' | 'actor' | 'story'>;

/** Reads `story/<n>`: a 1-based step number the dataset's story has; otherwise no page. */
function readStoryStep(raw: string, dataset: Dataset, problems: string[]): Page {
  const steps = dataset.story.steps;
  const n = /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : NaN;
  const step = steps[n - 1];
  if (step) return { event: step.event, actor: null, story: n - 1 };
  const shown = quoted(decode(raw) ?? raw);
  problems.push(
    steps.length === 0
      ? 'This dataset has no guided story; showing all events.'
      : `The story has no step ${shown} (it has ${steps.length}); showing all events.`,
  );
  return { event: null, actor: null, story: null };
}

/**
 * Reads the path: `''` (no page), `event/<id>`, `actor/<id>` or `story/<n>`. An unknown page,
 * id or step opens no page and is named in `problems`.
 */
function readPage(path: string, dataset: Dataset, problems: string[]): Page {
  const page: Page = { event: null, actor: null, story: null };
  if (path === '') return page;
  const [kind, raw, ...rest] = path.split('/');
  if (kind === 'story' && raw !== undefined && rest.length === 0) {
    return readStoryStep(raw, dataset, problems);
  }
  if ((kind !== 'event' && kind !== 'actor') || raw === undefined || rest.length > 0) {
    problems.push(`The page ${quoted(path)} does not exist; showing all events.`);
    return page;
  }
  const id = decode(raw);
  const { list, noun } = PAGES[kind];
  if (id !== null && list(dataset).some((x) => x.id === id)) page[kind] = id;
  else problems.push(`No ${noun} ${quoted(id ?? raw)} in this dataset; showing all events.`);
  return page;
}

/**
 * Reads a location hash into a working view. Never throws: every malformed, unknown or
 * out-of-range part falls back to its default and is named in `problems`.
 */
export function parseUrl(hash: string, dataset: Dataset): ParsedUrl {
  const problems: string[] = [];
  if (typeof hash !== 'string' || hash.length > MAX_HASH_LENGTH) {
    return { view: DEFAULT_VIEW, problems: ['The link was too long to read; showing everything.'] };
  }
  const { path, query } = splitHash(hash);

  const { event, actor, story } = readPage(path, dataset, problems);
  const params = readParams(query, problems);
  const get = (key: ParamKey) => params.get(key);
  const ids = (list: ReadonlyArray<{ id: string }>) => new Set(list.map((x) => x.id));
  let from = readDate(get('from'), 'start', problems);
  let to = readDate(get('to'), 'end', problems);
  if (from !== null && to !== null && from > to) {
    problems.push('The date range was back to front and has been swapped.');
    [from, to] = [to, from];
  }
  const filters: Filters = {
    actors: readIds(get('actor'), ids(dataset.actors), 'actor', problems),
    places: readIds(get('place'), ids(dataset.places), 'place', problems),
    actorRole: readRole(get('actorRole'), 'actor', problems),
    placeRole: readRole(get('placeRole'), 'place', problems),
    sources: readIds(get('source'), ids(dataset.articles), 'source', problems),
    kinds: readIds(get('kind'), new Set(EVENT_KINDS), 'event kind', problems) as EventKind[],
    from,
    to,
  };
  const view: ViewState = {
    event,
    actor,
    story,
    filters,
    scale: readChoice(get('scale'), SCALES, DEFAULT_VIEW.scale, 'scale', problems),
    lanes: readChoice(get('lanes'), LANES, DEFAULT_VIEW.lanes, 'lane grouping', problems),
    layout: readChoice(get('layout'), LAYOUTS, DEFAULT_VIEW.layout, 'layout', problems),
    window: readWindow(get('window'), problems),
    query: readQuery(get('q'), problems),
    map: readMap(get('map'), problems),
    reading: readIdsInOrder(get('read'), ids(dataset.articles), 'open source', problems),
  };
  return { view, problems };
}

/** Rounds a window to whole minutes (what the URL can hold), keeping it at least a minute wide. */
export function canonicalWindow(window: readonly [number, number]): readonly [number, number] {
  const start = Math.round(window[0] / MINUTE) * MINUTE;
  const end = Math.max(Math.round(window[1] / MINUTE) * MINUTE, start + MINUTE);
  return [start, end];
}

const encodeList = (list: readonly string[]) =>
  [...new Set(list)].sort().map(encodeURIComponent).join(',');

/**
 * Writes a view as a hash (`#/…`). Only non-default values, in `PARAM_ORDER`, lists sorted:
 * equal views give byte-equal links.
 */
export function serialiseView(view: ViewState): string {
  const { filters } = view;
  const values: Record<ParamKey, string | null> = {
    actor: filters.actors.length > 0 ? encodeList(filters.actors) : null,
    place: filters.places.length > 0 ? encodeList(filters.places) : null,
    actorRole: filters.actorRole,
    placeRole: filters.placeRole,
    source: filters.sources.length > 0 ? encodeList(filters.sources) : null,
    kind: filters.kinds.length > 0 ? encodeList(filters.kinds) : null,
    from: filters.from,
    to: filters.to,
    scale: view.scale === DEFAULT_VIEW.scale ? null : view.scale,
    lanes: view.lanes === DEFAULT_VIEW.lanes ? null : view.lanes,
    layout: view.layout === DEFAULT_VIEW.layout ? null : view.layout,
    window: null,
    map: formatMapView(view.map),
    q: view.query === '' ? null : encodeURIComponent(normaliseQuery(view.query)) || null,
    read:
      view.reading.length > 0 ? [...new Set(view.reading)].map(encodeURIComponent).join(',') : null,
  };
  if (view.window && view.window.every((t) => t >= FIRST_INSTANT && t <= LAST_INSTANT)) {
    const [start, end] = canonicalWindow(view.window);
    values.window = `${formatInstant(start)}~${formatInstant(end)}`;
  }
  const query = PARAM_ORDER.filter((key) => values[key] !== null)
    .map((key) => `${key}=${values[key]}`)
    .join('&');
  // Exclusive pages: a story step (which implies its event), else an event, else an actor.
  const path =
    view.story !== null
      ? `/story/${view.story + 1}`
      : view.event !== null
        ? `/event/${encodeURIComponent(view.event)}`
        : view.actor !== null
          ? `/actor/${encodeURIComponent(view.actor)}`
          : '/';
  return `#${path}${query ? `?${query}` : ''}`;
}

/** The link that opens one event with default settings: `#/event/<id>`. */
export function eventLink(id: string): string {
  return serialiseView({ ...DEFAULT_VIEW, event: id });
}

/** The link that opens one person's or organisation's page with default settings. */
export function actorLink(id: string): string {
  return serialiseView({ ...DEFAULT_VIEW, actor: id });
}

/** The link that opens the guided story at a step (0-based index) with default settings. */
export function storyStepLink(index: number): string {
  return serialiseView({ ...DEFAULT_VIEW, story: index });
}
