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
  const storage = access?.storage;

  const reload = useCallback(() => {
    if (!storage?.ok) return;
    void storage.value
      .list()
      .then((result) =>
        setListed(
          result.ok
            ? { stories: result.value, problem: null }
            : { stories: [], problem: storageMessage(result.failure) },
        ),
      );
  }, [storage]);

  useEffect(() => {
    if (active) reload();
  }, [active, reload]);

  const problem = storage && !storage.ok ? storageMessage(storage.failure) : listed.problem;
  const stories =
    open && !listed.stories.some((s) => s.id === open.id)
      ? [summaryOf(open), ...listed.stories]
      : listed.stories.map((s) => (open && s.id === open.id ? summaryOf(open) : s));
  return { stories, problem, reload };
}
