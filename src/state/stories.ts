import { createContext, useContext } from 'react';
import type { WorkspaceStory } from '../domain/workspace/story';
import type { Stored, StoryStorage } from './storyStorage';

/**
 * What the app's boot (src/app/boot.tsx) gives the stories UI: the device's story storage (or
 * why there is none) and a way to open a story made or imported in this tab, even when it
 * could not be kept on the device.
 */
export interface StoriesAccess {
  /**
   * The device's story storage, opened on first use (the bundled story's first screen does not
   * wait for it): the same promise every time.
   */
  device: () => Promise<Stored<StoryStorage>>;
  /** Opens `story` in a new store (its link, `#/s/<id>/`, becomes the page's). */
  open: (story: WorkspaceStory) => void;
  /** The story was deleted from the device: this tab forgets it too. */
  forget: (id: string) => void;
}

export const StoriesContext = createContext<StoriesAccess | null>(null);

/** The stories access, or null where the app was rendered without it (component tests). */
export function useStories(): StoriesAccess | null {
  return useContext(StoriesContext);
}
