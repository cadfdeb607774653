import type { Filters } from '../../domain/view/viewState';

/** The facets whose values are lists of ids. */
export type ListKey = 'actors' | 'places' | 'sources' | 'kinds';

/** One filter the user added, newest last: what "relax the last filter" undoes. */
export type FilterStep = { key: ListKey; value: string } | { key: 'dates' };

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** The steps that rebuild `filters` when their order is unknown (a restored URL): facet order. */
export function stepsOf(filters: Filters): FilterStep[] {
  const steps: FilterStep[] = [];
  for (const key of ['actors', 'places', 'sources', 'kinds'] as const) {
    for (const value of filters[key]) steps.push({ key, value });
  }
  if (filters.from !== null || filters.to !== null) steps.push({ key: 'dates' });
  return steps;
}

const sameStep = (a: FilterStep, b: FilterStep) =>
  a.key === b.key && (a.key === 'dates' || (b.key !== 'dates' && a.value === b.value));

/** After back/forward: keep the known order of the filters still active, then add the rest. */
export function reconcileSteps(previous: readonly FilterStep[], filters: Filters): FilterStep[] {
  const wanted = stepsOf(filters);
  const kept = previous.filter((p) => wanted.some((w) => sameStep(p, w)));
  return [...kept, ...wanted.filter((w) => !kept.some((k) => sameStep(k, w)))];
}

/** The filters and steps after toggling one facet value. */
export function toggledFacet(
  filters: Filters,
  filterSteps: readonly FilterStep[],
  key: ListKey,
  value: string,
): { filters: Filters; steps: FilterStep[] } {
  const current: readonly string[] = filters[key];
  const steps = current.includes(value)
    ? filterSteps.filter((f) => !(f.key === key && f.value === value))
    : [...filterSteps, { key, value }];
  return { filters: { ...filters, [key]: toggle(current, value) }, steps };
}
