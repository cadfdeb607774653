// Imports carry `.ts`: this module is loaded by vite.config.ts (scripts/validateDatasetPlugin.ts).
import { isIsoDate, precisionProblem } from '../calendar.ts';
import type { Dataset } from '../types.ts';
import { datasetBidiWarnings } from './bidiWarnings.ts';
import { datasetSchema } from './schema.ts';
import { checkRoles } from './roles.ts';
import { checkClaimsAndResponses } from './validateClaims.ts';
import { checkStorySteps } from './validateStory.ts';

/** One thing wrong with a compiled dataset, located so an editor can fix it. */
export interface DatasetProblem {
  /** The dataset file the problem is in (as given to the validator). */
  file: string;
  /** The record's id (`collection[index]` when it has none; a mention names its entity and article). */
  id: string;
  /** JSON path of the offending value, e.g. `events[12].evidence[0].quote`. */
  field: string;
  message: string;
}

/**
 * The outcome: the typed dataset when it is valid, with what is worth fixing but does not stop
 * it (`warnings`, located like problems); otherwise every problem found.
 */
export type DatasetValidation =
  | { ok: true; dataset: Dataset; problems: []; warnings: DatasetProblem[] }
  | { ok: false; problems: DatasetProblem[] };

function pathToString(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(root)';
}

/** The id of the record a zod issue points into, read from the raw input without trusting it. */
function recordIdAt(input: unknown, path: ReadonlyArray<PropertyKey>): string {
  const [collection, index] = path;
  if (typeof collection !== 'string' || typeof index !== 'number') return '(dataset)';
  const list = (input as Record<string, unknown> | null)?.[collection];
  const record = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : null;
  const id = record && typeof record === 'object' ? record.id : undefined;
  return typeof id === 'string' && id !== '' ? id : `${collection}[${index}]`;
}

/**
 * Validates a compiled dataset: first its shape (zod), then the rules the app relies on:
 * unique ids per collection; references from events, evidence, mentions, affiliations and
 * countries resolve (and, in validateClaims.ts, those of responses and claims; in
 * validateStory.ts, the story's steps); every event has evidence and every quote is exactly
 * `paragraphs[paragraph].slice(start, end)`; dates are real ISO days and events are in date
 * order; cities have coordinates; every coordinate is in range; offsets are in range.
 *
 * Pure and linear in the dataset's size (Maps and Sets, no nested scans), so it runs at build
 * time on 50,000-event datasets. Semantic rules run only when the shape is right.
 */
export function validateDataset(input: unknown, file: string): DatasetValidation {
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        file,
        id: recordIdAt(input, issue.path),
        field: pathToString(issue.path),
        message: issue.message,
      })),
    };
  }
  // The schema is loose (extra fields allowed), so the checked input is the dataset itself.
  const dataset = input as Dataset;
  const problems = checkSemantics(dataset, file);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset, problems: [], warnings: datasetBidiWarnings(dataset, file) };
}

function checkSemantics(data: Dataset, file: string): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report = (id: string, field: string, message: string) =>
    problems.push({ file, id, field, message });

  /** Index of first occurrence by id; reports later duplicates. */
  const indexIds = <T extends { id: string }>(collection: string, records: readonly T[]) => {
    const byId = new Map<string, T>();
    const firstAt = new Map<string, number>();
    records.forEach((record, i) => {
      const first = firstAt.get(record.id);
      if (first !== undefined) {
        report(
          record.id,
          `${collection}[${i}].id`,
          `duplicate id (first at ${collection}[${first}])`,
        );
      } else {
        firstAt.set(record.id, i);
        byId.set(record.id, record);
      }
    });
    return byId;
  };

  const articles = indexIds('articles', data.articles);
  const actors = indexIds('actors', data.actors);
  const places = indexIds('places', data.places);
  const events = indexIds('events', data.events);
  const quantities = indexIds('quantities', data.quantities);
  indexIds('claims', data.claims);

  data.articles.forEach((a, i) => {
    if (!isIsoDate(a.published)) {
      report(a.id, `articles[${i}].published`, `not an ISO date (YYYY-MM-DD): "${a.published}"`);
    }
    a.headings.forEach((h, j) => {
      if (h >= a.paragraphs.length) {
        report(
          a.id,
          `articles[${i}].headings[${j}]`,
          `paragraph ${h} does not exist (${a.paragraphs.length} paragraphs)`,
        );
      }
    });
  });

  data.actors.forEach((a, i) => {
    if (a.affiliation !== null && !actors.has(a.affiliation)) {
      report(a.id, `actors[${i}].affiliation`, `unknown actor "${a.affiliation}"`);
    }
  });

  data.places.forEach((p, i) => {
    if (p.country !== null && !places.has(p.country)) {
      report(p.id, `places[${i}].country`, `unknown place "${p.country}"`);
    }
    if (p.kind === 'city' && (p.lat === null || p.lon === null)) {
      report(p.id, `places[${i}].${p.lat === null ? 'lat' : 'lon'}`, 'a city needs lat and lon');
    }
    if (p.lat !== null && !(p.lat >= -90 && p.lat <= 90)) {
      report(p.id, `places[${i}].lat`, `latitude ${p.lat} out of range [-90, 90]`);
    }
    if (p.lon !== null && !(p.lon >= -180 && p.lon <= 180)) {
      report(p.id, `places[${i}].lon`, `longitude ${p.lon} out of range [-180, 180]`);
    }
  });

  /** Checks paragraph/start/end against an article; returns the paragraph text when in range. */
  const checkSpan = (
    id: string,
    field: string,
    span: { article: string; paragraph: number; start: number; end: number },
  ): string | null => {
    const article = articles.get(span.article);
    if (!article) {
      report(id, `${field}.article`, `unknown article "${span.article}"`);
      return null;
    }
    const text = article.paragraphs[span.paragraph];
    if (text === undefined) {
      report(
        id,
        `${field}.paragraph`,
        `paragraph ${span.paragraph} does not exist in "${span.article}" (${article.paragraphs.length} paragraphs)`,
      );
      return null;
    }
    if (span.start >= span.end || span.end > text.length) {
      report(
        id,
        `${field}.end`,
        `span ${span.start}..${span.end} is empty or outside the paragraph (length ${text.length})`,
      );
      return null;
    }
    return text;
  };

  const actorIds = new Set(actors.keys());
  const placeIds = new Set(places.keys());
  let previousDate = '';
  data.events.forEach((e, i) => {
    const at = `events[${i}]`;
    if (!isIsoDate(e.date)) {
      report(e.id, `${at}.date`, `not an ISO date (YYYY-MM-DD): "${e.date}"`);
    } else {
      if (e.date < previousDate) {
        report(
          e.id,
          `${at}.date`,
          `events are not sorted by date (${e.date} after ${previousDate})`,
        );
      }
      previousDate = e.date;
      const misfit = precisionProblem(e.date, e.datePrecision);
      if (misfit) report(e.id, `${at}.date`, misfit);
    }
    for (const p of [...checkRoles(e, 'actor', actorIds), ...checkRoles(e, 'place', placeIds)])
      report(e.id, `${at}.${p.field}`, p.message);
    if (e.evidence.length === 0)
      report(e.id, `${at}.evidence`, 'an event needs at least one evidence quote');
    e.evidence.forEach((ev, j) => {
      const field = `${at}.evidence[${j}]`;
      const text = checkSpan(e.id, field, ev);
      if (text === null) return;
      const actual = text.slice(ev.start, ev.end);
      if (actual !== ev.quote) {
        report(
          e.id,
          `${field}.quote`,
          `quote is not verbatim: paragraph ${ev.paragraph} [${ev.start}, ${ev.end}) reads "${truncate(actual)}", quote is "${truncate(ev.quote)}"`,
        );
      }
    });
  });

  data.mentions.forEach((m, i) => {
    const id = `${m.entity} "${m.id}" in ${m.article}`;
    const known = m.entity === 'actor' ? actors.has(m.id) : places.has(m.id);
    if (!known) report(id, `mentions[${i}].id`, `unknown ${m.entity} "${m.id}"`);
    checkSpan(id, `mentions[${i}]`, m);
  });

  checkClaimsAndResponses({
    data,
    eventIds: new Set(events.keys()),
    quantityIds: new Set(quantities.keys()),
    actorIds: new Set(actors.keys()),
    isIsoDate,
    report,
    checkSpan,
  });
  checkStorySteps(data.story.steps, events, report);
  return problems;
}

function truncate(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** One line per problem, `file: id field: message`, for build logs and the CLI. */
export function formatProblems(problems: readonly DatasetProblem[], limit = 50): string {
  const lines = problems.slice(0, limit).map((p) => `${p.file}: ${p.id} ${p.field}: ${p.message}`);
  if (problems.length > limit) lines.push(`… and ${problems.length - limit} more problems`);
  return lines.join('\n');
}
