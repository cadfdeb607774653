import { selectIndex, selectSelectedEvent } from './selectors';
import type { AppState } from './store';

/** The name of the current view: the open event's title, else the actor's, else the story's. */
export function selectViewName(state: AppState): string | null {
  const event = selectSelectedEvent(state);
  if (event) return event.title;
  const actor = state.view.actor !== null ? selectIndex(state).actors.get(state.view.actor) : null;
  return actor?.name ?? state.dataset.story.title;
}
