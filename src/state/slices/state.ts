import type { ThemeChoice } from '../../domain/preferences';
import type { Dataset } from '../../domain/types';
import type { ViewState } from '../../domain/view/viewState';
import type { DerivedValues } from '../derived';
import type { FilterStep } from './filterSteps';

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
}
