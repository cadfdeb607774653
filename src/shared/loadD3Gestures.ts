import { useEffect, useState } from 'react';
import { afterFirstFrame } from './afterFirstFrame';

export type D3Gestures = typeof import('./d3Gestures');

let loading: Promise<D3Gestures> | null = null;

/** Loads the gesture chunk once. */
export function loadD3Gestures(): Promise<D3Gestures> {
  loading ??= import('./d3Gestures');
  return loading;
}

/** The gesture modules once loaded (null before): a hook's effects attach behaviours then. */
export function useD3Gestures(): D3Gestures | null {
  const [d3, setD3] = useState<D3Gestures | null>(null);
  useEffect(() => {
    let live = true;
    // Once the first frame has been presented: the chunk is not part of the first paint.
    const cancel = afterFirstFrame(() => {
      void loadD3Gestures().then((m) => {
        if (live) setD3(m);
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }, []);
  return d3;
}
