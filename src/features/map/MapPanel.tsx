import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import topology from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { MAX_ZOOM, MIN_ZOOM, type MapCamera } from '../../domain/map/camera';
import type { EdgePointer } from '../../domain/map/layout';
import { atlasName, fitPoints } from '../../domain/map/placeMarks';
import { fitCamera, includePoints, zoomCamera, type LonLat } from '../../domain/map/viewport';
import { useElementWidth } from '../../shared/useElementWidth';
import { useDatasetIndex } from '../../state/selectors';
import { useActions, useAppStore } from '../../state/store';
import { EdgePointers } from './EdgePointers';
import { countriesOf, countryPaths, FIT_PADDING, frameHeight } from './geometry';
import { mapKeyAction } from './keyboard';
import { MapCanvas } from './MapCanvas';
import { PlaceList } from './PlaceList';
import { mapScene, type SceneGroup } from './scene';
import { useMapZoom } from './useMapZoom';
import { usePlaceMarks } from './usePlaceMarks';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './map.css';

const COUNTRIES = countryPaths(countriesOf(topology as unknown as Topology));

/** Labels are 0.75rem (map.css): their size in px follows the reader's default font size. */
const labelPx = (el: Element | null) =>
  (el ? Number.parseFloat(getComputedStyle(el).fontSize) || 16 : 16) * 0.75;

/**
 * The places of the filtered events on a world map the reader zooms and pans (wheel, drag,
 * pinch, the buttons, the keyboard), beside a list of the same places. Its view is in the URL
 * (`map=`). Loaded lazily (its default export is for React.lazy): the atlas and d3-geo stay
 * out of the first-load JavaScript.
 */
export default function MapPanel() {
  const { marks, unplaced, selected, hovered, active, outside, concerned, windowed } =
    usePlaceMarks();
  const view = useAppStore((s) => s.view.map);
  const { mapMoved, mapPlaceToggled, placeHovered } = useActions();
  // Closing the map leaves no place hovered behind (the timeline would keep it lit).
  useEffect(() => () => placeHovered(null), [placeHovered]);
  const [frameRef, width] = useElementWidth<HTMLDivElement>(800);
  const svgRef = useRef<SVGSVGElement>(null);
  const size = useMemo(() => ({ width, height: frameHeight(width) }), [width]);

  // Refit only when the set of places changes, not when a count does.
  const placeKey = marks.map((m) => m.place.id).join(',');
  const { places } = useDatasetIndex();
  const fitted = useMemo(
    () => fitCamera(fitPoints(marks, places.values()), size, FIT_PADDING),
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- placeKey stands for marks' places
    [placeKey, places, size],
  );
  const camera = view === null || view === 'fit' ? fitted : view;
  useMapZoom(svgRef, { size, camera, onMove: mapMoved });

  const linked = (id: string) => selected.has(id) || hovered.has(id) || active.has(id);
  const scene = mapScene(marks, camera, size, labelPx(frameRef.current), linked);
  const tinted = new Map(
    marks.filter((m) => m.place.kind === 'country').map((m) => [atlasName(m.place), m.place.id]),
  );

  const toggle = (id: string) => mapPlaceToggled(id, camera);
  const move = (next: MapCamera | 'fit') => mapMoved(next);
  const pointsOf = (ids: readonly string[]): LonLat[] =>
    marks
      .filter((m) => ids.includes(m.place.id))
      .map(({ place }) => [place.lon ?? 0, place.lat ?? 0]);
  // A cluster: zoom in at least one step, as far as it takes to part its places.
  const expand = (group: SceneGroup) => {
    const points = pointsOf(group.members.map((m) => m.id));
    const fit = fitCamera(points, size, FIT_PADDING * 2, [0.01, 0.01], MAX_ZOOM);
    move({ ...fit, zoom: Math.min(MAX_ZOOM, Math.max(fit.zoom, camera.zoom + 1)) });
  };
  const show = (pointer: EdgePointer) =>
    move(includePoints(camera, pointsOf(pointer.members.map((m) => m.id)), size, FIT_PADDING));
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const next = mapKeyAction(e.key, camera, size);
    if (next === null) return;
    e.preventDefault();
    move(next);
  };
  const shared = { marks, selected, hovered, active, outside, windowed, onHover: placeHovered };

  return (
    <section className="panel map-panel" aria-labelledby="map-title">
      <div className="map-head">
        <h2 id="map-title" className="map-title">
          Places
        </h2>
        <p className="map-legend">
          <span className="map-key is-exact" aria-hidden="true" /> city
          <span className="map-key is-approx" aria-hidden="true" /> country or region (approximate)
          <span className="map-key is-cluster" aria-hidden="true" /> several places
          {marks.some((m) => m.events.length === 0) && (
            <>
              <span className="map-key is-about" aria-hidden="true" /> only talked about
            </>
          )}
          {windowed && (
            <>
              <span className="map-key is-outside" aria-hidden="true" /> not in the timeline’s view
            </>
          )}
        </p>
        <div className="map-tools">
          <button
            type="button"
            className="button"
            aria-label="Zoom the map in"
            disabled={camera.zoom >= MAX_ZOOM}
            onClick={() => move(zoomCamera(camera, 1))}
          >
            +
          </button>
          <button
            type="button"
            className="button"
            aria-label="Zoom the map out"
            disabled={camera.zoom <= MIN_ZOOM}
            onClick={() => move(zoomCamera(camera, -1))}
          >
            −
          </button>
          <button
            type="button"
            className="button"
            disabled={view === 'fit'}
            onClick={() => move('fit')}
          >
            Show all places
          </button>
        </div>
      </div>
      <div className="map-body">
        {/* A pannable map is an application: arrow keys move it rather than the page. */}
        {/* oxlint-disable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex -- the linter does not count role="application" as interactive */}
        <div
          ref={frameRef}
          className="map-frame"
          role="application"
          aria-roledescription="map"
          aria-label="Map: arrow keys move it, plus and minus zoom, 0 shows all places"
          tabIndex={0}
          onKeyDown={onKeyDown}
        >
          {/* oxlint-enable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex */}
          <MapCanvas
            ref={svgRef}
            countries={COUNTRIES}
            tinted={tinted}
            scene={scene}
            {...size}
            {...shared}
            concerned={concerned}
            onToggle={toggle}
            onExpand={expand}
          />
          <EdgePointers pointers={scene.pointers} onShow={show} />
        </div>
        <PlaceList {...shared} onToggle={toggle} />
      </div>
      {unplaced.length > 0 && (
        <p className="map-unplaced">Not on the map: {unplaced.map((p) => p.name).join(', ')}.</p>
      )}
    </section>
  );
}
