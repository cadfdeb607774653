import { Suspense, useCallback, type ComponentType } from 'react';
import type { EventKind } from '../../domain/types';
import { hasActiveFilters } from '../../domain/view/viewState';
import { ROLE_WORDS } from '../../domain/view/roles';
import { useActions, useAppStore } from '../../state/store';
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
  const actors = useFacetOptions('actors');
  const places = useFacetOptions('places');
  const sources = useFacetOptions('sources');
  const kinds = useFacetOptions('kinds');
  useFacetIndexAhead();
  const { kindToggled } = actions;
  const onKind = useCallback((id: string) => kindToggled(id as EventKind), [kindToggled]);

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
      <FacetGroup legend="Kinds" groups={kinds} onToggle={onKind} />
      <DateRangeFacet />
    </div>
  );
}
