import type { MapCamera } from '../../domain/map/camera';
import { toggledFacet } from './filterSteps';
import type { SliceCreator } from './slice';

/** The map: open or closed, where it looks, and places picked on it. */
export interface MapSlice {
  /** The reader opened or closed the map (opened fitted to the places). Pushes history. */
  mapToggled: () => void;
  /** The reader zoomed or panned the map (`'fit'`: back to all places); replaces the entry. */
  mapMoved: (camera: MapCamera | 'fit') => void;
  /**
   * A place picked on the map toggles the place filter and keeps the map where it is (`camera`:
   * what it shows now), where any other filter change refits it. One history entry.
   */
  mapPlaceToggled: (id: string, camera: MapCamera) => void;
}

export const createMapSlice: SliceCreator<MapSlice> = (set, get) => ({
  mapToggled: () =>
    set((s) => ({
      view: { ...s.view, map: s.view.map === null ? 'fit' : null },
      historyMode: 'push',
    })),
  mapMoved: (camera) =>
    set((s) =>
      s.view.map === null ? {} : { view: { ...s.view, map: camera }, historyMode: 'replace' },
    ),
  mapPlaceToggled: (id, camera) => {
    const { view, filterSteps } = get();
    const { filters, steps } = toggledFacet(view.filters, filterSteps, 'places', id);
    set((s) => ({
      view: { ...s.view, filters, window: null, map: camera },
      historyMode: 'push',
      filterSteps: steps,
    }));
  },
});
