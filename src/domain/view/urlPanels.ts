import { formatMapView, readMapView } from '../map/camera.ts';
import { normaliseQuery } from '../search/query.ts';
import type { Dataset } from '../types.ts';
import {
  decode,
  encodeIds,
  idsOf,
  quoted,
  readIdsInOrder,
  type ParamValues,
  type ParamsWritten,
} from './urlParams.ts';
import type { ViewState } from './viewState.ts';

/** What is open beside the events: the `map`, the search (`q`) and the source panels (`read`). */
type PanelParam = 'map' | 'q' | 'read';
type PanelView = Pick<ViewState, 'map' | 'query' | 'reading'>;

/** Reads the map's state: absent = closed; a view not understood opens the fitted map. */
function readMap(raw: string[] | undefined, problems: string[]): ViewState['map'] {
  if (!raw) return null;
  const value = decode(raw[0] ?? '') ?? raw[0] ?? '';
  const map = readMapView(value);
  if (map !== null) return map;
  problems.push(`The map view ${quoted(value)} was not understood; showing all places.`);
  return 'fit';
}

/** Reads the search text (the first when repeated) in its canonical form. */
function readQuery(raw: string[] | undefined, problems: string[]): string {
  if (!raw) return '';
  const value = decode(raw[0] ?? '');
  if (value !== null) return normaliseQuery(value);
  problems.push(`The search ${quoted(raw[0] ?? '')} was not understood and was left out.`);
  return '';
}

/** Reads the open panels; `read` keeps the order the panels were opened in. */
export function readPanels(get: ParamValues, dataset: Dataset, problems: string[]): PanelView {
  return {
    query: readQuery(get('q'), problems),
    map: readMap(get('map'), problems),
    reading: readIdsInOrder(get('read'), idsOf(dataset.articles), 'open source', problems),
  };
}

/** Writes the open panels: nothing for a closed map, an empty search or no open source. */
export function writePanels(view: PanelView): ParamsWritten<PanelParam> {
  return {
    map: formatMapView(view.map),
    q: view.query === '' ? null : encodeURIComponent(normaliseQuery(view.query)) || null,
    read: view.reading.length > 0 ? encodeIds(view.reading) : null,
  };
}
