import { useEffect } from 'react';
import topology from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { useActions } from '../../state/store';
import { MapCanvas } from './MapCanvas';
import { PlaceList } from './PlaceList';
import { usePlaceMarks } from './usePlaceMarks';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './map.css';

/**
 * The places of the filtered events on a world map, beside a list of the same places.
 * Loaded lazily (its default export is for React.lazy): the atlas and d3-geo stay out of the
 * first-load JavaScript.
 */
export default function MapPanel() {
  const { marks, unplaced, selected, hovered, active } = usePlaceMarks();
  const { placeToggled, placeHovered } = useActions();
  // Closing the map leaves no place hovered behind (the timeline would keep it lit).
  useEffect(() => () => placeHovered(null), [placeHovered]);
  const shared = {
    marks,
    selected,
    hovered,
    active,
    onToggle: placeToggled,
    onHover: placeHovered,
  };

  return (
    <section className="panel map-panel" aria-labelledby="map-title">
      <div className="map-head">
        <h2 id="map-title" className="map-title">
          Places
        </h2>
        <p className="map-legend">
          <span className="map-key is-exact" aria-hidden="true" /> city
          <span className="map-key is-approx" aria-hidden="true" /> country or region (approximate)
        </p>
      </div>
      <div className="map-body">
        <div className="map-frame">
          <MapCanvas topology={topology as unknown as Topology} {...shared} />
        </div>
        <PlaceList {...shared} />
      </div>
      {unplaced.length > 0 && (
        <p className="map-unplaced">Not on the map: {unplaced.map((p) => p.name).join(', ')}.</p>
      )}
    </section>
  );
}
