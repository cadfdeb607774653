import { useMemo } from 'react';
import { eventsInWindow, placeMarks } from '../../domain/map/placeMarks';
import { useDatasetIndex, useFilteredEvents } from '../../state/selectors';
import { useAppStore } from '../../state/store';

/**
 * The map's marks for the filtered events, which places are linked to what is selected or
 * hovered (where it happened; `concerned`: what it is about), and which have no event in the
 * timeline's visible window (`outside`).
 */
export function usePlaceMarks() {
  const events = useFilteredEvents();
  const index = useDatasetIndex();
  const selectedEvent = useAppStore((s) => s.view.event);
  const hoveredEvent = useAppStore((s) => s.hoveredEvent);
  const hoveredPlace = useAppStore((s) => s.hoveredPlace);
  const activePlaces = useAppStore((s) => s.view.filters.places);
  const window = useAppStore((s) => s.view.window);
  const inView = useMemo(() => eventsInWindow(events, window), [events, window]);
  const { marks, unplaced } = useMemo(
    () => placeMarks(events, index.places, inView),
    [events, index, inView],
  );
  const outside = new Set(marks.filter((m) => m.inView === 0).map((m) => m.place.id));
  const selectedOne = selectedEvent ? index.events.get(selectedEvent) : undefined;
  const hoveredOne = hoveredEvent ? index.events.get(hoveredEvent) : undefined;
  const selected = new Set(selectedOne?.places ?? []);
  const hovered = new Set(hoveredOne?.places ?? []);
  if (hoveredPlace) hovered.add(hoveredPlace);
  // What the selected or hovered event is about, where it did not happen: ringed apart.
  const concerned = new Set([
    ...(selectedOne?.aboutPlaces ?? []),
    ...(hoveredOne?.aboutPlaces ?? []),
  ]);
  return {
    marks,
    unplaced,
    selected,
    hovered,
    active: new Set(activePlaces),
    outside,
    concerned,
    windowed: inView !== null,
  };
}
