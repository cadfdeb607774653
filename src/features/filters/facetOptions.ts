import { useEffect, useMemo } from 'react';
import { EVENT_KINDS, type Dataset, type EventKind, type Role } from '../../domain/types';
import type { FacetQueries } from '../../domain/view/facetIndex';
import {
  eventsPerSource,
  namesInOrder,
  type FacetKey,
  type NamesInOrder,
} from '../../domain/view/facets';
import { formatDay } from '../../domain/view/dates';
import { kindLabel } from '../../domain/view/kinds';
import { EMPTY_FILTERS, type Filters } from '../../domain/view/viewState';
import { derivation } from '../../state/derived';
import { selectFacetQueries } from '../../state/selectors';
import { useAppStore, type AppState } from '../../state/store';
import { whenIdle } from '../../shared/whenIdle';

/** One checkbox of a facet. */
export interface FacetOption {
  id: string;
  name: string;
  /** A second line: a role, a country, an outlet. */
  detail: string;
  /** Extra words search-as-you-type matches (aliases). */
  keywords: string;
  /** Set on event kinds: the kind's symbol is drawn before the name. */
  kind?: EventKind;
  /** Events left if this option were chosen, given the other facets. */
  count: number;
  /** For actors and places: the same count in each role (took part / where, and about). */
  roleCounts?: Record<Role, number>;
  checked: boolean;
}

/** Options under one sub-heading (People, Cities …). */
export interface OptionGroup {
  label: string;
  options: FacetOption[];
}

const nameOrder = derivation(namesInOrder);

/** The dataset's actors and places by name with their details, once per store's dataset. */
export function selectNamesInOrder(state: AppState): NamesInOrder {
  return state.derived.get(nameOrder);
}

/**
 * Builds the grouped options of one facet; options no event carries are left out. Actors and
 * places come in `names`' order (by name, sorted once per dataset), a place's detail its country
 * as `names` names it.
 */
export function buildFacetOptions(
  dataset: Dataset,
  names: NamesInOrder,
  queries: FacetQueries,
  filters: Filters,
  key: FacetKey,
): OptionGroup[] {
  const counts = queries.counts(filters, key);
  const total = queries.counts(EMPTY_FILTERS, key);
  const selected = new Set<string>(filters[key]);
  // An id holds one role in an event, so its "took part" count is its count in either role
  // less its "about" count: one counting pass instead of two (none more when not narrowed).
  const roles = key === 'actors' || key === 'places';
  const either = roles ? queries.counts(filters, key, null) : null;
  const about = roles ? queries.counts(filters, key, 'about') : null;
  const option = (id: string, name: string, detail: string, keywords = ''): FacetOption => ({
    id,
    name,
    detail,
    keywords,
    count: counts.get(id) ?? 0,
    ...(either &&
      about && {
        roleCounts: {
          part: (either.get(id) ?? 0) - (about.get(id) ?? 0),
          about: about.get(id) ?? 0,
        },
      }),
    checked: selected.has(id),
  });
  const used = (id: string) => total.has(id) || selected.has(id);
  const group = (label: string, options: FacetOption[]) => ({ label, options });

  switch (key) {
    case 'actors': {
      const actors = names.actors.filter((a) => used(a.id));
      const make = (kind: 'person' | 'other') =>
        actors
          .filter((a) => (a.kind === 'person') === (kind === 'person'))
          .map((a) => option(a.id, a.name, a.role, a.aliases.join(' ')));
      return [group('People', make('person')), group('Organisations', make('other'))];
    }
    case 'places': {
      const places = names.places.filter((p) => used(p.id));
      const make = (kind: string) =>
        places
          .filter((p) => p.kind === kind)
          .map((p) => option(p.id, p.name, names.countries.get(p.id) ?? '', p.aliases.join(' ')));
      return [
        group('Cities', make('city')),
        group('Countries', make('country')),
        group('Regions', make('region')),
      ];
    }
    case 'sources': {
      const reported = eventsPerSource(queries);
      const options = dataset.articles.map((a) => {
        const n = reported.get(a.id) ?? 0;
        const detail = `${a.outlet ?? 'Unknown outlet'} · ${formatDay(a.published)} · reports ${n} ${n === 1 ? 'event' : 'events'}`;
        return option(a.id, a.title, detail, a.outlet ?? '');
      });
      return [{ label: 'Articles', options }];
    }
    case 'kinds':
      return [
        {
          label: 'Kinds',
          options: EVENT_KINDS.filter(used).map((k) => ({
            ...option(k, kindLabel(k), ''),
            kind: k,
          })),
        },
      ];
  }
}

/**
 * The grouped options of one facet for the current store state. The boxes ticked follow the
 * filters at once; the counts follow `counted`: the filters panel passes the filters one frame
 * late (FiltersPanel), so the frame answering a click draws the timeline and the ticked box
 * without counting or laying out every option.
 */
export function useFacetOptions(key: FacetKey, counted: Filters): OptionGroup[] {
  const dataset = useAppStore((s) => s.dataset);
  const names = useAppStore(selectNamesInOrder);
  const queries = useAppStore(selectFacetQueries);
  const filters = useAppStore((s) => s.view.filters);
  const groups = useMemo(
    () => buildFacetOptions(dataset, names, queries, counted, key),
    [dataset, names, queries, counted, key],
  );
  return useMemo(
    () => (counted === filters ? groups : withChecked(groups, filters[key])),
    [groups, counted, filters, key],
  );
}

/**
 * Builds the facet index in an idle moment once the panel is on screen: the first screen's
 * counts need none (no filter yet), and the first filter then finds it built.
 */
export function useFacetIndexAhead(): void {
  const queries = useAppStore(selectFacetQueries);
  useEffect(() => whenIdle(queries.prepare), [queries]);
}

/** `groups` with the options in `selected` ticked and the others not (counts unchanged). */
export function withChecked(groups: OptionGroup[], selected: readonly string[]): OptionGroup[] {
  const ticked = new Set(selected);
  return groups.map((g) => ({
    ...g,
    options: g.options.map((o) =>
      o.checked === ticked.has(o.id) ? o : { ...o, checked: ticked.has(o.id) },
    ),
  }));
}
