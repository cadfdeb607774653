import { useSyncExternalStore } from 'react';
import type { AppUpdates } from './appUpdate';

/** "A new version is available: Reload", once a new deploy's service worker is waiting. */
export function UpdatePrompt({ updates }: { updates: AppUpdates }) {
  const ready = useSyncExternalStore(updates.subscribe, updates.ready);
  return (
    <output className="notice-region" aria-live="polite">
      {ready && (
        <span className="notice update-prompt">
          <span>A new version of Sourceline is available.</span>
          <button type="button" className="button" onClick={updates.apply}>
            Reload
          </button>
        </span>
      )}
    </output>
  );
}
