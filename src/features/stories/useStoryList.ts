import { useCallback, useEffect, useState } from 'react';
import { storageMessage } from '../../domain/workspace/storageFailure';
import type { StoriesAccess } from '../../state/stories';
import { summaryOf, type StorySummary } from '../../state/storySummary';
import { useAppStore } from '../../state/store';

export interface StoryList {
  /** The stories on this device, newest first, the open one included even when unsaved. */
  stories: StorySummary[];
  /** Why the list is incomplete (storage unavailable or failing), or null. */
  problem: string | null;
  reload: () => void;
}

interface Listed {
  stories: StorySummary[];
  problem: string | null;
}

/** The stories on this device while `active` (the dialog is open), read again on `reload`. */
export function useStoryList(access: StoriesAccess | null, active: boolean): StoryList {
  const open = useAppStore((s) => s.workspace);
  const [listed, setListed] = useState<Listed>({ stories: [], problem: null });
  const device = access?.device;

  const reload = useCallback(() => {
    void device?.().then(async (storage) => {
      if (!storage.ok) return setListed({ stories: [], problem: storageMessage(storage.failure) });
      const result = await storage.value.list();
      setListed(
        result.ok
          ? { stories: result.value, problem: null }
          : { stories: [], problem: storageMessage(result.failure) },
      );
    });
  }, [device]);

  useEffect(() => {
    if (active) reload();
  }, [active, reload]);

  const stories =
    open && !listed.stories.some((s) => s.id === open.id)
      ? [summaryOf(open), ...listed.stories]
      : listed.stories.map((s) => (open && s.id === open.id ? summaryOf(open) : s));
  return { stories, problem: listed.problem, reload };
}
