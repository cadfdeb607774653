import type { EventKind } from '../../domain/types';
import { formatDay } from '../../domain/view/dates';
import { ROLE_WORDS } from '../../domain/view/roles';
import { useDatasetIndex } from '../../state/selectors';
import { useActions, useAppStore } from '../../state/store';
import { FACET_NOUN, facetValueName } from './filterLabels';
// oxlint-disable-next-line import/no-unassigned-import -- chips
import '../../shared/chips.css';
// oxlint-disable-next-line import/no-unassigned-import -- the active filters' styles
import './filterChips.css';

/** The active filters as removable chips, plus one "Clear all filters" button. */
export function ActiveFilterChips() {
  const filters = useAppStore((s) => s.view.filters);
  const index = useDatasetIndex();
  const actions = useActions();
  const remove = {
    actors: actions.actorToggled,
    places: actions.placeToggled,
    sources: actions.sourceToggled,
    kinds: (id: string) => actions.kindToggled(id as EventKind),
  };
  // An actor or place narrowed to one role says which: "Place: Mariupol (what it is about)".
  const narrowed = {
    actors: filters.actorRole && ROLE_WORDS.actor.choice[filters.actorRole],
    places: filters.placeRole && ROLE_WORDS.place.choice[filters.placeRole],
    sources: null,
    kinds: null,
  };
  const chips = (['actors', 'places', 'sources', 'kinds'] as const).flatMap((key) =>
    filters[key].map((id) => ({
      key: `${key}:${id}`,
      label: `${FACET_NOUN[key]}: ${facetValueName(index, key, id)}${narrowed[key] ? ` (${narrowed[key].toLowerCase()})` : ''}`,
      onRemove: () => remove[key](id),
    })),
  );
  if (filters.from !== null || filters.to !== null) {
    const range = `${filters.from ? formatDay(filters.from) : '…'} – ${filters.to ? formatDay(filters.to) : '…'}`;
    chips.push({
      key: 'dates',
      label: `Dates: ${range}`,
      onRemove: () => actions.dateRangeChanged(null, null),
    });
  }
  if (chips.length === 0) return null;

  return (
    <div className="active-filters">
      <h3 className="visually-hidden">Active filters</h3>
      <ul className="chip-list">
        {chips.map((c) => (
          <li key={c.key}>
            <button
              type="button"
              className="chip is-removable"
              onClick={c.onRemove}
              aria-label={`Remove filter ${c.label}`}
            >
              {c.label}
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button is-quiet" onClick={actions.filtersCleared}>
        Clear all filters
      </button>
    </div>
  );
}
