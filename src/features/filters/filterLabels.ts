import type { FacetKey } from '../../domain/view/facets';
import { kindLabel } from '../../domain/view/kinds';
import type { DatasetIndex } from '../../state/selectors';

/** A facet's singular noun for chips and explanations. */
export const FACET_NOUN: Record<FacetKey, string> = {
  actors: 'Actor',
  places: 'Place',
  sources: 'Source',
  kinds: 'Kind',
};

/** The display name of a facet value (its id when the dataset does not know it). */
export function facetValueName(index: DatasetIndex, key: FacetKey, id: string): string {
  switch (key) {
    case 'actors':
      return index.actors.get(id)?.name ?? id;
    case 'places':
      return index.places.get(id)?.name ?? id;
    case 'sources':
      return index.articles.get(id)?.outlet ?? index.articles.get(id)?.title ?? id;
    case 'kinds':
      return kindLabel(id);
  }
}
