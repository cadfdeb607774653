import { summariseFilters } from '../../domain/view/facets';
import { plural } from '../../domain/view/format';
import { formatDay } from '../../domain/view/dates';
import { useDatasetIndex, useFilteredEvents } from '../../state/selectors';
import { useActions, useAppStore, type FilterStep } from '../../state/store';
import { FACET_NOUN, facetValueName } from './filterLabels';
// oxlint-disable-next-line import/no-unassigned-import -- the empty result's styles
import './emptyResult.css';

/**
 * Shown instead of the timeline or list when the filters leave no event: says which filters
 * combine to nothing and offers to relax the newest one (or clear them all).
 */
export function EmptyResult() {
  const filtered = useFilteredEvents();
  const events = useAppStore((s) => s.dataset.events);
  const filters = useAppStore((s) => s.view.filters);
  const last = useAppStore((s) => s.filterSteps.at(-1));
  const index = useDatasetIndex();
  const { lastFilterRelaxed, filtersCleared } = useActions();
  if (filtered.length > 0 || events.length === 0) return null;

  const groups = summariseFilters(
    events,
    filters,
    (k, id) => facetValueName(index, k, id),
    formatDay,
  );
  const nameOf = (step: FilterStep) =>
    step.key === 'dates' ? 'the date range' : `“${facetValueName(index, step.key, step.value)}”`;
  const emptyAlone = groups.filter((g) => g.alone === 0);
  const explanation =
    emptyAlone.length > 0
      ? 'No event matches this on its own:'
      : groups.length > 1
        ? 'Each of these matches events, but no event matches all of them together:'
        : 'No event matches:';

  return (
    <section className="empty-result" aria-labelledby="empty-result-title">
      <h2 id="empty-result-title">No events match these filters</h2>
      <p>{explanation}</p>
      <ul>
        {(emptyAlone.length > 0 ? emptyAlone : groups).map((g) => (
          <li key={g.key}>
            <strong>{g.key === 'dates' ? 'Dates' : FACET_NOUN[g.key]}:</strong> {g.label}{' '}
            <span className="muted">({plural(g.alone, 'event')} alone)</span>
          </li>
        ))}
      </ul>
      <div className="empty-actions">
        {last && (
          <button type="button" className="button is-primary" onClick={lastFilterRelaxed}>
            Remove the last filter ({nameOf(last)})
          </button>
        )}
        <button type="button" className="button" onClick={filtersCleared}>
          Clear all filters
        </button>
      </div>
    </section>
  );
}
