import { validateDataset } from '../dataset/validateDataset.ts';
import type { ArticleMetaInput, EventInput } from '../ingest/schema.ts';
import { EDITOR_NOTE, type Article, type Dataset, type DatasetEvent } from '../types.ts';
import { compileWorkspaceStory } from './compile.ts';
import { decodeText, fileProblem, LIMITS, mib, parseJson } from './exchangeFiles.ts';
import type { ImportResult } from './exchangeZip.ts';
import type { WorkspaceStory } from './story.ts';

/** How an imported dataset is named in its problems. */
export const DATASET_LABEL = 'the dataset file';

/** The n-th (1-based) match of `quote` in the article's paragraphs that `ev` points at. */
function occurrenceOf(paragraphs: readonly string[], ev: DatasetEvent['evidence'][number]): number {
  let n = 1;
  paragraphs.forEach((p, i) => {
    if (i > ev.paragraph) return;
    for (let at = p.indexOf(ev.quote); at >= 0; at = p.indexOf(ev.quote, at + 1)) {
      if (i === ev.paragraph && at >= ev.start) break;
      n += 1;
    }
  });
  return n;
}

function eventInput(e: DatasetEvent, articles: ReadonlyMap<string, Article>): EventInput {
  const note = e.dateBasis.indexOf(EDITOR_NOTE);
  return {
    id: e.id,
    date: e.date,
    datePrecision: e.datePrecision,
    ...(note >= 0 ? { dateNote: e.dateBasis.slice(note + EDITOR_NOTE.length) } : {}),
    title: e.title,
    summary: e.summary,
    kind: e.kind,
    actors: e.actors,
    places: e.places,
    ...(e.aboutActors.length > 0 ? { aboutActors: e.aboutActors } : {}),
    ...(e.aboutPlaces.length > 0 ? { aboutPlaces: e.aboutPlaces } : {}),
    evidence: e.evidence.map((ev) => {
      const n = occurrenceOf(articles.get(ev.article)?.paragraphs ?? [], ev);
      return { article: ev.article, quote: ev.quote, ...(n > 1 ? { occurrence: n } : {}) };
    }),
    ...(e.responds && e.responds.length > 0 ? { responds: e.responds } : {}),
  } as EventInput;
}

/**
 * A compiled dataset back as a workspace story: each article's cleaned paragraphs are its text
 * (one paragraph a line) with what the dataset says of it as the editor's overrides (title,
 * outlet, author, publication date and its basis), so it compiles to the same events and quotes.
 */
export function storyFromDataset(dataset: Dataset, id: string, updated: string): WorkspaceStory {
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const meta = (a: Article): ArticleMetaInput => ({
    file: a.file,
    id: a.id,
    overrides: {
      title: a.title,
      outlet: a.outlet,
      author: a.author,
      published: a.published,
      publishedBasis: a.publishedBasis,
    },
  });
  return {
    id,
    updated,
    articles: dataset.articles.map((a) => ({
      file: a.file,
      text: `${a.paragraphs.join('\n')}\n`,
      origin: a.file,
      format: 'txt',
      removed: [],
    })),
    articlesMeta: dataset.articles.map(meta),
    actors: dataset.actors.map(({ id: actor, name, aliases, kind, role, affiliation }) => ({
      id: actor,
      name,
      aliases,
      kind,
      role,
      affiliation,
    })),
    places: dataset.places.map(({ id: place, name, aliases, kind, country, lat, lon }) => ({
      id: place,
      name,
      aliases,
      kind,
      country,
      lat,
      lon,
    })),
    events: dataset.events.map((e) => eventInput(e, articles)),
    story: {
      ...(dataset.story.title !== null ? { title: dataset.story.title } : {}),
      ...(dataset.story.steps.length > 0 ? { steps: dataset.story.steps } : {}),
    },
    drafts: [],
  };
}

/**
 * Reads a compiled dataset file (as `npm run ingest` writes it) into a new story with id `id`:
 * checked by the dataset validator the build uses, then turned back into a story that must
 * compile. Every problem names file, record and field; nothing is returned unless all is well.
 */
export function importDatasetJson(bytes: Uint8Array, id: string, updated: string): ImportResult {
  if (bytes.length > LIMITS.fileBytes) {
    const message = `too large (${mib(bytes.length)}; at most ${mib(LIMITS.fileBytes)})`;
    return { ok: false, problems: [fileProblem(DATASET_LABEL, message)] };
  }
  const text = decodeText(DATASET_LABEL, bytes, LIMITS.fileBytes);
  if (!text.ok) return { ok: false, problems: [text.problem] };
  const parsed = parseJson(DATASET_LABEL, text.text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const valid = validateDataset(parsed.value, DATASET_LABEL);
  if (!valid.ok) return { ok: false, problems: valid.problems };
  const story = storyFromDataset(valid.dataset, id, updated);
  const compiled = compileWorkspaceStory(story);
  return compiled.ok ? { ok: true, story } : { ok: false, problems: compiled.problems };
}
