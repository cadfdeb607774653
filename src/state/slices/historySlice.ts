import type { ViewState } from '../../domain/view/viewState';
import { reconcileSteps } from './filterSteps';
import type { SliceCreator } from './slice';

/** The view as the URL gives it back (first load, back and forward), and the `notice` of what it dropped. */
export interface HistorySlice {
  /** A URL (back/forward, first load) was parsed into a view; does not write history. */
  viewRestored: (view: ViewState, notice: string | null) => void;
  noticeDismissed: () => void;
}

export const createHistorySlice: SliceCreator<HistorySlice> = (set) => ({
  viewRestored: (view, notice) =>
    set((s) => ({
      view,
      notice,
      historyMode: 'replace',
      filterSteps: reconcileSteps(s.filterSteps, view.filters),
      sourceFocus:
        s.sourceFocus && view.reading.includes(s.sourceFocus.article) ? s.sourceFocus : null,
    })),
  noticeDismissed: () => set({ notice: null }),
});
