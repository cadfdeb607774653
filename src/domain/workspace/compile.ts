import { compileDataset, type ArticleFile, type IngestInputs } from '../ingest/compile.ts';
import type { Problem, Warning } from '../ingest/problems.ts';
import type { Dataset } from '../types.ts';
import type { WorkspaceStory } from './story.ts';

/**
 * A compiled workspace story. `setAside` names the articles kept in the story but left out of
 * the dataset because their publication date is not known yet (no clue in the text, no event
 * citing them, no date given by the editor): an editor may add articles before any event
 * exists, and nothing is lost; each is compiled in as soon as its date is known.
 */
export type WorkspaceCompileResult =
  | { ok: true; dataset: Dataset; warnings: Warning[]; setAside: Problem[] }
  | { ok: false; problems: Problem[] };

const encoder = new TextEncoder();

/** The story's `data/` inputs as `npm run ingest` reads them (article texts as UTF-8 bytes). */
export function workspaceInputs(story: WorkspaceStory): IngestInputs {
  const articleFiles: ArticleFile[] = story.articles.map((a) => ({
    file: a.file,
    bytes: encoder.encode(a.text),
  }));
  return {
    articleFiles,
    articlesMeta: story.articlesMeta,
    actors: story.actors,
    places: story.places,
    events: story.events,
    story: story.story,
  };
}

/** True for the problem an undated article gives (src/domain/ingest/publication.ts). */
function isUndated(p: Problem): boolean {
  return p.field === 'overrides.published' && p.message.startsWith('cannot infer');
}

/**
 * Compiles a workspace story with the ingest's own `compileDataset`, so the dataset equals what
 * `npm run ingest` makes of the exported files. When the only problems are articles whose
 * publication date cannot be inferred and that no event cites, those articles are set aside and
 * the rest is compiled; every other problem refuses the story.
 */
export function compileWorkspaceStory(story: WorkspaceStory): WorkspaceCompileResult {
  const first = compileDataset(workspaceInputs(story));
  if (first.ok) return { ...first, setAside: [] };
  const cited = new Set(story.events.flatMap((e) => e.evidence.map((ev) => ev.article)));
  const undated = first.problems.filter((p) => isUndated(p) && !cited.has(p.id));
  if (undated.length === 0 || undated.length !== first.problems.length) return first;
  const aside = new Set(undated.map((p) => p.id));
  const files = new Set(story.articlesMeta.filter((m) => aside.has(m.id)).map((m) => m.file));
  const rest: WorkspaceStory = {
    ...story,
    articles: story.articles.filter((a) => !files.has(a.file)),
    articlesMeta: story.articlesMeta.filter((m) => !aside.has(m.id)),
  };
  const second = compileDataset(workspaceInputs(rest));
  return second.ok ? { ...second, setAside: undated } : second;
}

/** The dataset of a story with nothing in it yet (shown while a story does not compile). */
export function emptyDataset(): Dataset {
  return {
    story: { title: null, steps: [] },
    articles: [],
    actors: [],
    places: [],
    events: [],
    mentions: [],
    quantities: [],
    claims: [],
  };
}
