import type { LaneMode, LayoutMode, ScaleMode } from '../../domain/view/viewState';
import type { SliceCreator } from './slice';

/** How the events are drawn: the zoom window, the time scale, the lanes and the layout. */
export interface ChartSlice {
  /** Zoom and pan: replaces the history entry instead of pushing. */
  windowChanged: (window: readonly [number, number] | null) => void;
  scaleModeChanged: (scale: ScaleMode) => void;
  laneModeChanged: (lanes: LaneMode) => void;
  layoutChanged: (layout: LayoutMode) => void;
}

export const createChartSlice: SliceCreator<ChartSlice> = (set) => ({
  windowChanged: (window) => set((s) => ({ view: { ...s.view, window }, historyMode: 'replace' })),
  scaleModeChanged: (scale) =>
    set((s) => ({ view: { ...s.view, scale, window: null }, historyMode: 'push' })),
  laneModeChanged: (lanes) => set((s) => ({ view: { ...s.view, lanes }, historyMode: 'push' })),
  layoutChanged: (layout) => set((s) => ({ view: { ...s.view, layout }, historyMode: 'push' })),
});
