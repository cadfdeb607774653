import type { ThemeChoice } from '../../domain/preferences';
import type { SliceCreator } from './slice';

/** What is about the reader rather than the view: the theme, and what the pointer is over. */
export interface ReaderSlice {
  themeChanged: (theme: ThemeChoice) => void;
  placeHovered: (id: string | null) => void;
  eventHovered: (id: string | null) => void;
}

export const createReaderSlice: SliceCreator<ReaderSlice> = (set, get) => ({
  themeChanged: (theme) => set({ theme }),
  // Pointer moves fire often: only a real change notifies subscribers.
  placeHovered: (id) => {
    if (get().hoveredPlace !== id) set({ hoveredPlace: id });
  },
  eventHovered: (id) => {
    if (get().hoveredEvent !== id) set({ hoveredEvent: id });
  },
});
