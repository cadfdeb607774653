import type { z } from 'zod';
import { findJunk } from './clean.ts';
import { isIsoDate, precisionProblem } from '../calendar.ts';
import { FILES, pathToField, type Problem } from './problems.ts';
import { checkRoles } from '../dataset/roles.ts';
import type { ActorInput, EventInput, PlaceInput } from './schema.ts';

/**
 * Checks of the curated inputs. Each returns every problem it finds (never only the first),
 * each naming file, record id and field.
 */

/** Parses `input` with a zod schema; problems name the record of an array (by id when it has one), or "(file)". */
export function parseWithSchema<T>(
  file: string,
  schema: z.ZodType<T>,
  input: unknown,
): { ok: true; value: T } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const collection = file.replace(/^.*\//, '').replace(/\.json$/, '');
  const problems = result.error.issues.map((issue) => {
    // A misspelt or unknown field is reported at that field.
    const path =
      issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys.join(', ')] : issue.path;
    const [index, ...rest] = path;
    if (typeof index !== 'number') {
      return { file, id: '(file)', field: pathToField(path), message: issue.message };
    }
    const record = Array.isArray(input)
      ? (input[index] as Record<string, unknown> | undefined)
      : undefined;
    const rawId = record && typeof record === 'object' ? record.id : undefined;
    const id = typeof rawId === 'string' && rawId !== '' ? rawId : `${collection}[${index}]`;
    return { file, id, field: pathToField(rest), message: issue.message };
  });
  return { ok: false, problems };
}

/** Problems for ids used by more than one record of a collection. */
export function duplicateIds(file: string, records: readonly { id: string }[]): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  records.forEach((r, i) => {
    if (seen.has(r.id)) {
      problems.push({
        file,
        id: r.id,
        field: 'id',
        message: `duplicate id (record ${i} repeats an earlier one)`,
      });
    }
    seen.add(r.id);
  });
  return problems;
}

/**
 * Decodes an article file strictly as UTF-8; empty (or whitespace-only) files are problems.
 */
export function decodeArticle(
  file: string,
  bytes: Uint8Array,
): { text: string } | { problem: Problem } {
  const at = { file: FILES.article(file), id: file, field: '(contents)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: { ...at, message: 'not valid UTF-8' } };
  }
  if (text.trim() === '') return { problem: { ...at, message: 'the article file is empty' } };
  return { text };
}

/** Problems in actors and places: duplicates, references, coordinates. */
export function checkGazetteer(
  actors: readonly ActorInput[],
  places: readonly PlaceInput[],
): Problem[] {
  const problems = [...duplicateIds(FILES.actors, actors), ...duplicateIds(FILES.places, places)];
  const actorIds = new Set(actors.map((a) => a.id));
  const placeKinds = new Map(places.map((p) => [p.id, p.kind]));
  for (const a of actors) {
    if (a.affiliation !== null && !actorIds.has(a.affiliation)) {
      problems.push({
        file: FILES.actors,
        id: a.id,
        field: 'affiliation',
        message: `unknown actor "${a.affiliation}"`,
      });
    }
  }
  for (const p of places) {
    const at = { file: FILES.places, id: p.id };
    if (p.country !== null && placeKinds.get(p.country) !== 'country') {
      const message = placeKinds.has(p.country)
        ? `"${p.country}" is not a country`
        : `unknown place "${p.country}"`;
      problems.push({ ...at, field: 'country', message });
    }
    if (p.kind === 'city' && (p.lat === null || p.lon === null)) {
      problems.push({
        ...at,
        field: p.lat === null ? 'lat' : 'lon',
        message: 'a city needs coordinates (lat and lon)',
      });
    }
    if ((p.lat === null) !== (p.lon === null)) {
      problems.push({
        ...at,
        field: p.lat === null ? 'lat' : 'lon',
        message: 'lat and lon must both be set or both be null',
      });
    }
    if (p.lat !== null && (p.lat < -90 || p.lat > 90)) {
      problems.push({ ...at, field: 'lat', message: `latitude ${p.lat} is outside -90..90` });
    }
    if (p.lon !== null && (p.lon < -180 || p.lon > 180)) {
      problems.push({ ...at, field: 'lon', message: `longitude ${p.lon} is outside -180..180` });
    }
  }
  return problems;
}

/** Problems in events that need no article text: ids, dates, references, evidence, junk. */
export function checkEvents(
  events: readonly EventInput[],
  actorIds: ReadonlySet<string>,
  placeIds: ReadonlySet<string>,
  articleIds: ReadonlySet<string>,
): Problem[] {
  const problems = duplicateIds(FILES.events, events);
  for (const e of events) {
    const at = { file: FILES.events, id: e.id };
    if (!isIsoDate(e.date))
      problems.push({ ...at, field: 'date', message: `${e.date} is not a real calendar date` });
    else {
      const misfit = precisionProblem(e.date, e.datePrecision);
      if (misfit) problems.push({ ...at, field: 'date', message: misfit });
    }
    if (e.evidence.length === 0)
      problems.push({
        ...at,
        field: 'evidence',
        message: 'an event needs at least one evidence quote',
      });
    problems.push(
      ...checkRoles(e, 'actor', actorIds).map((p) => ({ ...at, ...p })),
      ...checkRoles(e, 'place', placeIds).map((p) => ({ ...at, ...p })),
    );
    e.evidence.forEach((ev, i) => {
      if (!articleIds.has(ev.article)) {
        problems.push({
          ...at,
          field: `evidence[${i}].article`,
          message: `unknown article "${ev.article}"`,
        });
      }
    });
    for (const field of ['title', 'summary'] as const) {
      const junk = findJunk(e[field]);
      if (junk.length > 0)
        problems.push({ ...at, field, message: `contains scraping junk (${junk.join(', ')})` });
    }
  }
  return problems;
}

/** Where a quote lies in an article's paragraphs. */
export interface QuoteLocation {
  paragraph: number;
  start: number;
  end: number;
}

// Typographic variants a curator may have typed differently from the article.
function loosen(s: string): string {
  return s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ');
}

/**
 * Finds the `occurrence`-th (1-based) verbatim match of `quote` inside one paragraph, or
 * explains why there is none (including a hint when only quotes/dashes/spaces differ).
 */
export function locateQuote(
  articleId: string,
  paragraphs: readonly string[],
  quote: string,
  occurrence = 1,
): { ok: true; location: QuoteLocation; matches: number } | { ok: false; message: string } {
  const matches: QuoteLocation[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
      matches.push({ paragraph, start: i, end: i + quote.length });
    }
  });
  const found = matches[occurrence - 1];
  if (found) return { ok: true, location: found, matches: matches.length };
  if (matches.length > 0) {
    return {
      ok: false,
      message: `occurrence ${occurrence} requested but the quote occurs ${matches.length} time(s) in article "${articleId}"`,
    };
  }
  const loose = loosen(quote);
  const hint = paragraphs.some((p) => loosen(p).includes(loose))
    ? ' (it matches if quotation marks, apostrophes, dashes or spaces are ignored: copy it from the article)'
    : paragraphs.join('\n').includes(quote)
      ? ' (it spans two paragraphs; a quote must lie within one)'
      : '';
  return { ok: false, message: `quote not found verbatim in article "${articleId}"${hint}` };
}
