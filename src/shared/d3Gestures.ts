/**
 * The d3 gesture modules (d3-zoom, d3-brush and what they pull in: selection, transition, drag),
 * in a chunk of their own: the timeline and the map paint without them, and they load right after, so they
 * stay out of the first-load JS. Import through `loadD3Gestures`, never directly.
 */
export { brushX } from 'd3-brush';
export { select } from 'd3-selection';
export { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
