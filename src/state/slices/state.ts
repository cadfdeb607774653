import type { ThemeChoice } from '../../domain/preferences';
import type { Problem, Warning } from '../../domain/ingest/problems';
import type { Dataset } from '../../domain/types';
import type { StorageFailure } from '../../domain/workspace/storageFailure';
import type { WorkspaceStory } from '../../domain/workspace/story';
import type { ViewState } from '../../domain/view/viewState';
import type { DerivedValues } from '../derived';
import type { FilterStep } from './filterSteps';
import type { ShardView } from './shardSlice';

/**
 * How a state change should reach browser history (read by the URL sync module): `push` a new
 * entry, `replace` the current one, or `step` (one of a run of keyboard steps through the
 * events): the first step of a run pushes, the following ones replace, so Back leaves the run.
 */
export type HistoryMode = 'push' | 'replace' | 'step';

/** A quote inside an article, in the article's paragraph offsets. */
export interface QuoteLocation {
  paragraph: number;
  start: number;
  end: number;
}

/** What compiling the open workspace story found (src/state/slices/workspaceSlice.ts). */
export interface WorkspaceCheck {
  /** Why the last edit was refused (the story was left as it was); empty once an edit is kept. */
  refused: Problem[];
  /** The compiled story's warnings (a date that disagrees with its quote, a verdict word). */
  warnings: Warning[];
  /** Articles kept in the story but left out of the dataset until their date is known. */
  setAside: Problem[];
}

/**
 * The store's data; its actions are in the slices beside this file. Where each piece lives:
 * - `view`: the shareable view; the URL is its canonical form (src/state/urlSync.ts).
 *   It includes the open source panels (`view.reading`).
 * - `sourceFocus`, `notice`, `filterSteps`, `hoveredPlace`, `hoveredEvent`: this session only,
 *   never in the URL.
 * - `theme`: remembered between visits (src/state/preferenceSync.ts), never in the URL.
 * - `dataset`: replaced only whole (`datasetReplaced`); `derived` holds what is computed from
 *   it (indexes, the search worker), made on first use and released with the store
 *   (`releaseAppStore`) or when the dataset is replaced.
 * - `workspace`: the story open in the workspace, or null for a bundled dataset; kept on the
 *   device (src/state/storySync.ts); the dataset is its compiled form; `workspaceCheck` says
 *   what compiling it found. A link names it (`#/s/<id>/…`).
 */
export interface StoreData {
  dataset: Dataset;
  derived: DerivedValues;
  view: ViewState;
  /** How the last view change should be recorded in history. */
  historyMode: HistoryMode;
  /** A short message for the user (e.g. a bad deep link was repaired); null when none. */
  notice: string | null;
  /** The quote the reader asked to see, scrolled into view and highlighted in its panel. */
  sourceFocus: ({ article: string } & QuoteLocation) | null;
  /** Filters in the order they were added (oldest first). */
  filterSteps: FilterStep[];
  /** The colour theme the reader chose (remembered by src/state/preferenceSync.ts). */
  theme: ThemeChoice;
  /** The place or event under the pointer (map <-> timeline linking). */
  hoveredPlace: string | null;
  hoveredEvent: string | null;
  /** The workspace story this store shows, or null when it shows a bundled dataset. */
  workspace: WorkspaceStory | null;
  workspaceCheck: WorkspaceCheck;
  /** Why the device could not keep the open story (src/state/storySync.ts); null when it can. */
  storageFailure: StorageFailure | null;
  /**
   * A sharded dataset's overview and where each shard is (src/state/shardSync.ts reads them and
   * replaces `dataset` with the loaded ones); null for a dataset loaded whole.
   */
  shards: ShardView | null;
  /**
   * Whether the dataset's articles' text (and the mentions in it) is here: `whole`, or shipped
   * as a second file and being read after the first frame (src/state/articleTextSync.ts), or
   * that read failed. Whether one article's text is here is `hasArticleText`.
   */
  articleText: 'whole' | 'loading' | 'failed';
}
