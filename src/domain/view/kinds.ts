import type { EventKind } from '../types';

/** How one event kind looks in every view: its name, its symbol and its colour. */
export interface KindLook {
  /** The kind's name as readers see it. */
  label: string;
  /**
   * The symbol, an SVG path centred on 0,0 within ±7 units. A closed outline, so it reads both
   * filled (an exact day) and hollow (an approximate date); each kind has its own, so colour is
   * never the only cue.
   */
  shape: string;
  /** Colour on the light theme: at least 3:1 on the surface (a graphic, always with a word). */
  light: string;
  /** Colour on the dark theme, with the same contrast. */
  dark: string;
}

/**
 * The one owner of how kinds look. The timeline (its SVG marks, its canvas painter, lane names,
 * legend and overview), the filters, the list, the details and the printed document all read
 * it; nothing else defines a kind's name, shape or colour.
 */
export const KIND_LOOKS: Readonly<Record<EventKind, KindLook>> = {
  talks: {
    label: 'Talks',
    shape: 'M-6,0A6,6 0 1 0 6,0A6,6 0 1 0 -6,0Z',
    light: '#1d4ed8',
    dark: '#7aa7ff',
  },
  strike: {
    label: 'Strike',
    shape: 'M-6,-3.5L-3.5,-6L0,-2.5L3.5,-6L6,-3.5L2.5,0L6,3.5L3.5,6L0,2.5L-3.5,6L-6,3.5L-2.5,0Z',
    light: '#b91c1c',
    dark: '#f87171',
  },
  offensive: {
    label: 'Offensive',
    shape: 'M0,-6.5L6.5,5.5L-6.5,5.5Z',
    light: '#9a3412',
    dark: '#fb923c',
  },
  statement: {
    label: 'Statement',
    shape: 'M-5.2,-5.2H5.2V5.2H-5.2Z',
    light: '#5f6672',
    dark: '#9ca3af',
  },
  denial: {
    label: 'Denial',
    shape: 'M0,6.5L6.5,-5.5L-6.5,-5.5Z',
    light: '#7e22ce',
    dark: '#c084fc',
  },
  call: {
    label: 'Call',
    shape: 'M-6,-5.5L0,0L-6,5.5ZM6,-5.5L0,0L6,5.5Z',
    light: '#0e7490',
    dark: '#22d3ee',
  },
  meeting: {
    label: 'Meeting',
    shape: 'M-3.2,-5.6H3.2L6.4,0L3.2,5.6H-3.2L-6.4,0Z',
    light: '#3f6212',
    dark: '#bef264',
  },
  sanctions: {
    label: 'Sanctions',
    shape: 'M0,-6.8L6.8,0L0,6.8L-6.8,0Z',
    light: '#a16207',
    dark: '#facc15',
  },
  aid: {
    label: 'Aid',
    shape: 'M-2,-6H2V-2H6V2H2V6H-2V2H-6V-2H-2Z',
    light: '#15803d',
    dark: '#4ade80',
  },
  humanitarian: {
    label: 'Humanitarian',
    shape:
      'M0,5.8C-7.5,0.5 -6.5,-6 -2.6,-5.8C-1.2,-5.7 -0.3,-4.6 0,-3.6C0.3,-4.6 1.2,-5.7 2.6,-5.8C6.5,-6 7.5,0.5 0,5.8Z',
    light: '#be185d',
    dark: '#f472b6',
  },
  report: {
    label: 'Report',
    shape: 'M-4.5,-6.2H2L4.5,-3.7V6.2H-4.5Z',
    light: '#1f2937',
    dark: '#f1f5f9',
  },
};

/** The kind's name: `talks` → `Talks`. Unknown text (an old link) is returned as it is. */
export function kindLabel(kind: string): string {
  return isEventKind(kind) ? KIND_LOOKS[kind].label : kind;
}

/** The kind's symbol as an SVG path (see KindLook.shape). */
export function kindShape(kind: EventKind): string {
  return KIND_LOOKS[kind].shape;
}

/**
 * The kind's colour as a CSS colour that follows the page's colour scheme
 * (`light-dark(light, dark)`); a canvas gets it resolved by the browser first.
 */
export function kindColor(kind: EventKind): string {
  const { light, dark } = KIND_LOOKS[kind];
  return `light-dark(${light}, ${dark})`;
}

/** True for the name of a known kind. */
export function isEventKind(kind: string): kind is EventKind {
  return Object.hasOwn(KIND_LOOKS, kind);
}
