import type { Dataset } from '../../domain/types';
import { parseUrl, serialiseView } from '../../domain/view/url';
import { reconcileSteps } from './filterSteps';
import type { SliceCreator } from './slice';
import type { StoreData } from './state';

export interface DatasetSlice {
  /**
   * The store's dataset was replaced by a newer one (a story edited in the workspace, the
   * shards of a large dataset arriving). What was derived from the old one is released and
   * made again on first use; the view keeps what still exists in the new dataset (as if its
   * link were reopened) and drops the rest silently. Replaces history, never pushes.
   */
  datasetReplaced: (dataset: Dataset) => void;
  /**
   * The articles' text was read: `dataset` is the store's dataset with it (its events the same
   * array, so what was derived from them is kept); null: it could not be read.
   */
  articleTextRead: (dataset: Dataset | null) => void;
  /** The articles' text is to be read again after a failed read (src/state/articleTextSync.ts). */
  articleTextRetried: () => void;
}

export const createDatasetSlice: SliceCreator<DatasetSlice> = (set, get) => {
  const datasetReplaced = (dataset: Dataset, also: Partial<StoreData> = {}) => {
    const { dataset: current, derived, view } = get();
    if (dataset === current) return;
    const repaired = parseUrl(serialiseView(view), dataset).view;
    set((s) => ({
      dataset,
      derived: derived.carry(dataset),
      view: serialiseView(repaired) === serialiseView(s.view) ? s.view : repaired,
      historyMode: 'replace',
      filterSteps: reconcileSteps(s.filterSteps, repaired.filters),
      sourceFocus:
        s.sourceFocus && repaired.reading.includes(s.sourceFocus.article) ? s.sourceFocus : null,
      hoveredEvent:
        s.hoveredEvent !== null && dataset.events.some((e) => e.id === s.hoveredEvent)
          ? s.hoveredEvent
          : null,
      ...also,
    }));
    derived.release();
  };
  return {
    datasetReplaced: (dataset) => datasetReplaced(dataset),
    articleTextRead: (dataset) => {
      if (dataset) datasetReplaced(dataset, { articleText: 'whole' });
      else set({ articleText: 'failed' });
    },
    articleTextRetried: () => {
      if (get().articleText === 'failed') set({ articleText: 'loading' });
    },
  };
};
