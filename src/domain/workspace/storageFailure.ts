/**
 * Why the device could not keep a story: `unavailable` (no IndexedDB, or the browser refuses it:
 * private browsing, storage turned off, a sandboxed frame), `full` (the quota is used up),
 * `blocked` (another tab holds the stories' database open in an older version), `conflict`
 * (another tab saved the story since this tab opened or last saved it), `failed` (anything else
 * the browser reported).
 */
export type StorageFailureKind = 'unavailable' | 'full' | 'blocked' | 'conflict' | 'failed';

export interface StorageFailure {
  kind: StorageFailureKind;
  /** The browser's own words, for the curious (shown after the explanation). */
  detail: string;
}

/** The message the app shows for a failure; the story itself stays open in the tab. */
export function storageMessage(failure: StorageFailure): string {
  const keep = 'Your story stays open in this tab: export it to keep a copy.';
  switch (failure.kind) {
    case 'unavailable':
      return `This browser does not let Sourceline keep stories on this device (private browsing or storage turned off). ${keep}`;
    case 'full':
      return `This device's storage is full, so the latest changes are not saved. ${keep} Deleting stories you no longer need makes room.`;
    case 'blocked':
      return `Another Sourceline tab is holding the stories' storage; close it and reload this page. ${keep}`;
    case 'conflict':
      return `This story was changed in another tab, so this tab's changes are not saved over that version. Reload to continue from the other tab's version. ${keep}`;
    case 'failed':
      return `The story could not be saved on this device (${failure.detail}). ${keep}`;
  }
}

/** The name of the error a save throws when the stored story is not the version it replaces. */
export const CONFLICT = 'StoryConflictError';

/** Names the failure an error thrown by IndexedDB stands for. */
export function failureOf(error: unknown): StorageFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const detail =
    error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (name === CONFLICT) return { kind: 'conflict', detail };
  if (name === 'QuotaExceededError') return { kind: 'full', detail };
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotSupportedError')
    return { kind: 'unavailable', detail };
  return { kind: 'failed', detail: detail || name || 'unknown error' };
}
