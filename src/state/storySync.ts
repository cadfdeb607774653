import type { StorageFailure } from '../domain/workspace/storageFailure';
import type { WorkspaceStory } from '../domain/workspace/story';
import type { AppStore } from './store';
import type { Stored, StoryStorage } from './storyStorage';

/**
 * Edits are discrete (the workspace's forms commit on submit, and each edit already compiles the
 * whole story), so a story is saved in the task after its change: the changes of one task make
 * one save, and an edit followed at once by a reload or a closed tab does not depend on the
 * pagehide flush, whose write the browser may abort as the page goes.
 */
const SAVE_DELAY_MS = 0;

/**
 * Saves the store's workspace story on the device after each change (in the next task, flushed
 * when the page is hidden, another story is opened or the sync stops). A failed save (storage
 * unavailable, full, blocked, or the story saved by another tab since this one opened it) is put
 * in the store (`storageFailed`) for the app to explain, with an export offered; the story stays
 * in memory and the next change tries again. Returns a function that stops (flushing).
 */
export function startStorySync(
  store: AppStore,
  storage: Stored<StoryStorage>,
  { delay = SAVE_DELAY_MS, win = window }: { delay?: number; win?: Window } = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saves = 0;
  // The version of each story this tab opened or last saved: a save replaces only that version,
  // so two tabs editing one story never silently overwrite each other.
  const versions = new Map<string, string>();
  const failed = (failure: StorageFailure | null) => store.getState().storageFailed(failure);

  const save = (story: WorkspaceStory | null) => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!story) return;
    if (!storage.ok) return failed(storage.failure);
    // Only the latest save's outcome is the story's state on the device.
    const ticket = ++saves;
    void storage.value.save(story, versions.get(story.id)).then((saved) => {
      if (saved.ok) versions.set(story.id, story.updated);
      if (ticket === saves) failed(saved.ok ? null : saved.failure);
    });
  };
  const flush = () => {
    if (timer !== null) save(store.getState().workspace);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    const story = state.workspace;
    if (story === previous.workspace || story === null) return;
    if (previous.workspace?.id !== story.id) {
      // The story left behind keeps its last changes; the one opened is the version to replace.
      if (timer !== null && previous.workspace) save(previous.workspace);
      versions.set(story.id, story.updated);
    }
    if (timer === null) timer = setTimeout(() => save(store.getState().workspace), delay);
  });
  // Leaving the page must not lose the last changes.
  win.addEventListener('pagehide', flush);
  // The story just opened is saved at once: one made or imported where it could not be kept,
  // or on a device that is full, says so before the first edit.
  const first = store.getState().workspace;
  if (first) versions.set(first.id, first.updated);
  save(first);

  return () => {
    unsubscribe();
    win.removeEventListener('pagehide', flush);
    flush();
  };
}
