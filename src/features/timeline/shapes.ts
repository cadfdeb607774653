import type { EventKind } from '../../domain/types';

/**
 * Each kind has its own shape (and colour), so colour is never the only signal. Paths are closed
 * outlines centred on 0,0 within ±6.5 px, so they read both filled (exact day) and hollow
 * (approximate date).
 */
export const KIND_SHAPES: Record<EventKind, string> = {
  talks: 'M-6,0A6,6 0 1 0 6,0A6,6 0 1 0 -6,0Z',
  strike: 'M-6,-3.5L-3.5,-6L0,-2.5L3.5,-6L6,-3.5L2.5,0L6,3.5L3.5,6L0,2.5L-3.5,6L-6,3.5L-2.5,0Z',
  offensive: 'M0,-6.5L6.5,5.5L-6.5,5.5Z',
  statement: 'M-5.2,-5.2H5.2V5.2H-5.2Z',
  denial: 'M0,6.5L6.5,-5.5L-6.5,-5.5Z',
  call: 'M-6,-5.5L0,0L-6,5.5ZM6,-5.5L0,0L6,5.5Z',
  meeting: 'M-3.2,-5.6H3.2L6.4,0L3.2,5.6H-3.2L-6.4,0Z',
  sanctions: 'M0,-6.8L6.8,0L0,6.8L-6.8,0Z',
  aid: 'M-2,-6H2V-2H6V2H2V6H-2V2H-6V-2H-2Z',
  humanitarian:
    'M0,5.8C-7.5,0.5 -6.5,-6 -2.6,-5.8C-1.2,-5.7 -0.3,-4.6 0,-3.6C0.3,-4.6 1.2,-5.7 2.6,-5.8C6.5,-6 7.5,0.5 0,5.8Z',
  report: 'M-4.5,-6.2H2L4.5,-3.7V6.2H-4.5Z',
};

/** Used when the theme does not define `--kind-*` (e.g. in isolation or tests). */
const FALLBACK: Record<EventKind, string> = {
  talks: '#2f6fb0',
  strike: '#c0392b',
  offensive: '#8e2c1f',
  statement: '#5b5f97',
  denial: '#a15c00',
  call: '#16808a',
  meeting: '#2e8540',
  sanctions: '#7a4e9c',
  aid: '#b0356b',
  humanitarian: '#d1495b',
  report: '#5d6d7e',
};

/** The kind's colour when the theme defines none (a canvas cannot resolve `var()`). */
export function kindFallback(kind: EventKind): string {
  return FALLBACK[kind];
}

/** The kind's colour: the theme variable, with a fallback. */
export function kindColor(kind: EventKind): string {
  return `var(--kind-${kind}, ${FALLBACK[kind]})`;
}
