import type { SliceCreator } from './slice';

/** What "Read in source" asks for: an article, and optionally the quote to scroll to. */
export interface SourceTarget {
  article: string;
  paragraph: number | null;
  start: number | null;
  end: number | null;
}

/** The open source panels (`view.reading`) and the quote the reader asked to see (`sourceFocus`). */
export interface SourceSlice {
  /** Opens an article's panel (kept open beside the others) and focuses the quote, if given. */
  sourceOpened: (source: SourceTarget) => void;
  /** Opens several panels side by side, e.g. every source of the selected event. */
  sourcesCompared: (articles: readonly string[]) => void;
  sourceClosed: (article: string) => void;
  /** Closes every open source panel at once (one history entry). */
  sourcesClosed: () => void;
}

// Opening and closing panels push history, so Back closes the panel opened last.
export const createSourceSlice: SliceCreator<SourceSlice> = (set) => ({
  sourceOpened: ({ article, paragraph, start, end }) =>
    set((s) => ({
      ...(s.view.reading.includes(article)
        ? {}
        : { view: { ...s.view, reading: [...s.view.reading, article] }, historyMode: 'push' }),
      sourceFocus:
        paragraph !== null && start !== null && end !== null
          ? { article, paragraph, start, end }
          : null,
    })),
  sourcesCompared: (articles) =>
    set((s) => {
      const reading = [...new Set([...s.view.reading, ...articles])];
      return reading.length === s.view.reading.length
        ? {}
        : { view: { ...s.view, reading }, historyMode: 'push' };
    }),
  sourceClosed: (article) =>
    set((s) =>
      s.view.reading.includes(article)
        ? {
            view: { ...s.view, reading: s.view.reading.filter((a) => a !== article) },
            historyMode: 'push',
            sourceFocus: s.sourceFocus?.article === article ? null : s.sourceFocus,
          }
        : {},
    ),
  sourcesClosed: () =>
    set((s) =>
      s.view.reading.length === 0
        ? {}
        : { view: { ...s.view, reading: [] }, historyMode: 'push', sourceFocus: null },
    ),
});
