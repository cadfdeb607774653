import { EMPTY_FILTERS } from '../../domain/view/viewState';
import type { SliceCreator } from './slice';

/** The page the view opens: an event, a person's or organisation's page, or a story step. */
export interface PageSlice {
  /**
   * Selects an event (or none); closes an open actor page, the two being exclusive. Selecting
   * another event than the story step's leaves the story (the reader went their own way).
   */
  eventSelected: (id: string | null) => void;
  /** The reader chose "Follow the story": step 1, over all events (filters cleared). Pushes. */
  storyStarted: () => void;
  /** The reader moved to a story step (0-based; out of range is ignored). Pushes history. */
  storyStepped: (index: number) => void;
  /** The reader left the story; the step's event stays selected and the timeline stays put. */
  storyLeft: () => void;
  /** A keyboard step to the next or previous event: selects it; a run of steps is one entry. */
  eventStepped: (id: string) => void;
  /** The reader opened a person's or organisation's page; deselects the event. Pushes history. */
  actorOpened: (id: string) => void;
  /** The reader closed the actor page. Pushes history. */
  actorClosed: () => void;
}

export const createPageSlice: SliceCreator<PageSlice> = (set, get) => ({
  eventSelected: (id) =>
    set((s) =>
      s.view.event === id
        ? {}
        : {
            view: {
              ...s.view,
              event: id,
              actor: id === null ? s.view.actor : null,
              story: null,
            },
            historyMode: 'push',
            sourceFocus: null,
          },
    ),
  storyStarted: () => {
    const first = get().dataset.story.steps[0];
    if (!first) return;
    set((s) => ({
      // The story is told over every event; the window is left to the timeline to frame.
      view: {
        ...s.view,
        story: 0,
        event: first.event,
        actor: null,
        filters: EMPTY_FILTERS,
        window: null,
      },
      filterSteps: [],
      historyMode: 'push',
      sourceFocus: null,
    }));
  },
  storyStepped: (index) => {
    const step = Number.isInteger(index) ? get().dataset.story.steps[index] : undefined;
    if (!step || get().view.story === index) return;
    set((s) => ({
      view: { ...s.view, story: index, event: step.event, actor: null, window: null },
      historyMode: 'push',
      sourceFocus: null,
    }));
  },
  storyLeft: () =>
    set((s) =>
      s.view.story === null ? {} : { view: { ...s.view, story: null }, historyMode: 'push' },
    ),
  eventStepped: (id) =>
    set((s) =>
      s.view.event === id
        ? {}
        : {
            view: { ...s.view, event: id, actor: null, story: null },
            historyMode: 'step',
            sourceFocus: null,
          },
    ),
  actorOpened: (id) =>
    set((s) =>
      s.view.actor === id && s.view.event === null
        ? {}
        : { view: { ...s.view, event: null, actor: id, story: null }, historyMode: 'push' },
    ),
  actorClosed: () =>
    set((s) =>
      s.view.actor === null ? {} : { view: { ...s.view, actor: null }, historyMode: 'push' },
    ),
});
