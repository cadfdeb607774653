import { useLoadedAfterFirstFrame } from './useLoadedAfterFirstFrame';

export type D3Gestures = typeof import('./d3Gestures');

let loading: Promise<D3Gestures> | null = null;

/** Loads the gesture chunk once. */
export function loadD3Gestures(): Promise<D3Gestures> {
  loading ??= import('./d3Gestures');
  return loading;
}

/** The gesture modules once loaded (null before): a hook's effects attach behaviours then. */
export function useD3Gestures(): D3Gestures | null {
  return useLoadedAfterFirstFrame(loadD3Gestures);
}
