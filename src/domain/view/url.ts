import type { Dataset } from '../types.ts';
import { readChart, writeChart } from './urlChart.ts';
import { readFilters, writeFilters } from './urlFilters.ts';
import { readPage, writePage } from './urlPage.ts';
import { readPanels, writePanels } from './urlPanels.ts';
import { PARAM_ORDER, decode, readParams, type ParamKey } from './urlParams.ts';
import { DEFAULT_VIEW, type ViewState } from './viewState.ts';

export { PARAM_ORDER } from './urlParams.ts';
export { canonicalWindow } from './urlChart.ts';

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
 *
 * A workspace story's links carry its id before all of this, `#/s/<story-id>/event/<id>?…`
 * (urlStory.ts); this module reads and writes the rest.
 *
 * This module puts the parts together; each part is read and written by its own module: the
 * path (urlPage.ts), the filters (urlFilters.ts), the chart's settings (urlChart.ts) and the
 * open panels (urlPanels.ts), over the shared readers and the parameter order (urlParams.ts).
 */

/** The result of reading a URL: always a working view, plus what had to be dropped. */
export interface ParsedUrl {
  view: ViewState;
  /** One short, human-readable line per thing that was ignored; empty when the link was clean. */
  problems: string[];
}

/** Beyond this a link is not something a person shared; stop reading instead of churning. */
const MAX_HASH_LENGTH = 20_000;

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
  const page = readPage(path, dataset, problems);
  const params = readParams(query, problems);
  const get = (key: ParamKey) => params.get(key);
  const filters = readFilters(get, dataset, problems);
  const chart = readChart(get, problems);
  const panels = readPanels(get, dataset, problems);
  return { view: { ...page, filters, ...chart, ...panels }, problems };
}

/**
 * Writes a view as a hash (`#/…`). Only non-default values, in `PARAM_ORDER`, lists sorted:
 * equal views give byte-equal links.
 */
export function serialiseView(view: ViewState): string {
  const values: Record<ParamKey, string | null> = {
    ...writeFilters(view.filters),
    ...writeChart(view),
    ...writePanels(view),
  };
  const query = PARAM_ORDER.filter((key) => values[key] !== null)
    .map((key) => `${key}=${values[key]}`)
    .join('&');
  return `#${writePage(view)}${query ? `?${query}` : ''}`;
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

/** The event a link opens (`#/event/<id>`), read before any dataset is at hand; else null. */
export function linkedEventId(hash: string): string | null {
  const [kind, raw, ...rest] = splitHash(hash).path.split('/');
  return kind === 'event' && raw !== undefined && rest.length === 0 ? decode(raw) : null;
}
