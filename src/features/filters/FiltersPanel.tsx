import {
  startTransition,
  Suspense,
  useCallback,
  useEffect,
  useState,
  type ComponentType,
} from 'react';
import { isEventKind } from '../../domain/view/kinds';
import { hasActiveFilters } from '../../domain/view/viewState';
import { ROLE_WORDS } from '../../domain/view/roles';
import { useActions, useAppStore } from '../../state/store';
import { afterPaint } from '../../shared/afterPaint';
import { DateRangeFacet } from './DateRangeFacet';
import { FacetGroup } from './FacetGroup';
import { useFacetIndexAhead, useFacetOptions } from './facetOptions';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './filters.css';

/** A "Read" button beside each source option: opens that article's panel. */
function ReadSourceButton({ article, title }: { article: string; title: string }) {
  const { sourceOpened } = useActions();
  return (
    <button
      type="button"
      className="button is-quiet facet-read"
      aria-label={`Read ${title}`}
      onClick={() => sourceOpened({ article, paragraph: null, start: null, end: null })}
    >
      Read
    </button>
  );
}

/** A source option's extra (a module constant, so unchanged options skip rendering). */
const readButton = (article: string, title: string) => (
  <ReadSourceButton article={article} title={title} />
);

/**
 * The filters sidebar: active filters as chips, then Actors, Places, Sources, Kinds and the
 * date range. AND across facets, OR within one; every option shows what it would leave. Actors
 * and places match either role (took part or where, and about) unless narrowed to one.
 * `Chips` draws the chips (ActiveFilterChips.tsx); the app passes it loaded on demand, as the
 * first screen has no filter.
 */
export function FiltersPanel({ Chips }: { Chips: ComponentType }) {
  const actions = useActions();
  const filters = useAppStore((s) => s.view.filters);
  // The counts follow the filters in a render of their own once the frame answering the click
  // has been painted (a transition, so a next click interrupts it): that frame lays out the
  // timeline and the ticked box, not every option. useDeferredValue gives no such order: with
  // the main thread free before the frame, it renders the counts at once, into that frame.
  // afterPaint runs its work in the order asked, so the last filters are the ones counted.
  const [counted, setCounted] = useState(filters);
  useEffect(() => afterPaint(() => startTransition(() => setCounted(filters))), [filters]);
  const actors = useFacetOptions('actors', counted);
  const places = useFacetOptions('places', counted);
  const sources = useFacetOptions('sources', counted);
  const kinds = useFacetOptions('kinds', counted);
  useFacetIndexAhead();
  // The kinds facet lists event kinds only; the guard gives its ids the action's type.
  const { kindToggled } = actions;
  const kindOptionToggled = useCallback(
    (id: string) => {
      if (isEventKind(id)) kindToggled(id);
    },
    [kindToggled],
  );

  return (
    <div className="filters">
      {hasActiveFilters(filters) && (
        <Suspense fallback={null}>
          <Chips />
        </Suspense>
      )}
      <FacetGroup
        legend="Actors"
        groups={actors}
        onToggle={actions.actorToggled}
        roles={{
          words: ROLE_WORDS.actor,
          chosen: filters.actorRole,
          onChoose: (role) => actions.facetRoleChosen('actors', role),
        }}
      />
      <FacetGroup
        legend="Places"
        groups={places}
        onToggle={actions.placeToggled}
        roles={{
          words: ROLE_WORDS.place,
          chosen: filters.placeRole,
          onChoose: (role) => actions.facetRoleChosen('places', role),
        }}
      />
      <FacetGroup
        legend="Sources"
        groups={sources}
        onToggle={actions.sourceToggled}
        renderExtra={readButton}
      />
      <FacetGroup legend="Kinds" groups={kinds} onToggle={kindOptionToggled} />
      <DateRangeFacet />
    </div>
  );
}
