import { plural } from '../domain/view/format';
import { useFilteredEvents } from '../state/selectors';
import { useAppStore } from '../state/store';

/** "Showing 12 of 62 events", announced politely as filters change. */
export function ResultSummary() {
  const shown = useFilteredEvents().length;
  const total = useAppStore((s) => s.dataset.events.length);
  return (
    <output className="result-summary" aria-live="polite">
      {shown === total
        ? `All ${plural(total, 'event')}`
        : `Showing ${shown} of ${plural(total, 'event')}`}
    </output>
  );
}
