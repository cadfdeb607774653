import { selectSelectedEvent } from '../state/selectors';
import { useAppStore } from '../state/store';

/**
 * Tells screen-reader users that the event detail changed, since selecting from the list or the
 * timeline keeps focus where it was (so arrow keys keep working). Always mounted, so the live
 * region exists before its text changes.
 */
export function SelectionAnnouncer() {
  const title = useAppStore((s) => selectSelectedEvent(s)?.title ?? null);
  return (
    <output className="visually-hidden" aria-live="polite">
      {title ? `Details shown: ${title}. Press Escape to close.` : ''}
    </output>
  );
}
