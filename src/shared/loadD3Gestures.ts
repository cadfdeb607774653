import { lateModule } from './lateModule';

export type D3Gestures = typeof import('./d3Gestures');

const gestures = lateModule(() => import('./d3Gestures'));

/** Loads the gesture chunk once. */
export const loadD3Gestures = gestures.load;

/** The gesture modules once loaded (null before): a hook's effects attach behaviours then. */
export const useD3Gestures = gestures.use;
