import type {
  ActorInput,
  ArticleMetaInput,
  EventInput,
  PlaceInput,
  StoryInput,
} from '../ingest/schema.ts';
import type { RemovedLine } from '../ingest/clean.ts';
import type { SuggestedEvent } from '../ingest/suggest/suggest.ts';

/**
 * A story authored in the browser's workspace: the project's `data/` format held in memory
 * (what `npm run ingest` reads), plus what only the workspace needs (where each article came
 * from, the drafts under review). It is stored on the device as one record and exported as a
 * zip of the `data/` files; compiling it (`compileDataset`) gives the dataset every view shows.
 */
export interface WorkspaceStory {
  /** A slug (src/domain/ids.ts), unique on the device: links name it (`#/s/<id>/…`). */
  id: string;
  /** ISO date-time of the last change, for the list of stories. */
  updated: string;
  /** The raw article texts, as `data/articles/<file>` holds them (UTF-8 text, never HTML). */
  articles: WorkspaceArticle[];
  /** `data/articles.json`: each article's id and the editor's overrides, with their bases. */
  articlesMeta: ArticleMetaInput[];
  actors: ActorInput[];
  places: PlaceInput[];
  events: EventInput[];
  /** `data/story.json`: the title shown in the masthead, the guided steps, day one. */
  story: StoryInput;
  /** Dated sentences proposed by the pipeline, awaiting the editor's decision. */
  drafts: WorkspaceDraft[];
}

export interface WorkspaceArticle {
  /** The file name in `data/articles/` (`<id>.txt`). */
  file: string;
  /** The text as exported; for a saved web page, the text the page was reduced to. */
  text: string;
  /** Where it came from: the dropped or picked file's name, or `pasted text`. */
  origin: string;
  format: 'txt' | 'md' | 'html' | 'pasted';
  /** Lines the cleaner removed (bylines, share buttons), shown to the editor. */
  removed: RemovedLine[];
}

/** A draft event and the editor's decision on it. */
export interface WorkspaceDraft {
  /** The pipeline's candidate: verbatim quote, its place in the article, date with basis. */
  candidate: SuggestedEvent;
  status: 'pending' | 'accepted' | 'merged' | 'rejected';
  /** The event it became or was merged into, once decided. */
  event: string | null;
}
