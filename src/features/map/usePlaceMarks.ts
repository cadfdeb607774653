import { useMemo } from 'react';
import { placeMarks } from '../../domain/map/placeMarks';
import { useDatasetIndex, useFilteredEvents } from '../../state/selectors';
import { useAppStore } from '../../state/store';

/** The map's marks for the filtered events, plus which places are linked to what is selected or hovered. */
export function usePlaceMarks() {
  const events = useFilteredEvents();
  const index = useDatasetIndex();
  const selectedEvent = useAppStore((s) => s.view.event);
  const hoveredEvent = useAppStore((s) => s.hoveredEvent);
  const hoveredPlace = useAppStore((s) => s.hoveredPlace);
  const activePlaces = useAppStore((s) => s.view.filters.places);
  const { marks, unplaced } = useMemo(() => placeMarks(events, index.places), [events, index]);
  const selected = new Set(selectedEvent ? (index.events.get(selectedEvent)?.places ?? []) : []);
  const hovered = new Set(hoveredEvent ? (index.events.get(hoveredEvent)?.places ?? []) : []);
  if (hoveredPlace) hovered.add(hoveredPlace);
  return { marks, unplaced, selected, hovered, active: new Set(activePlaces) };
}
