import { lazy, useEffect, useState } from 'react';
import { afterFirstFrame } from '../../shared/afterFirstFrame';

let loading: Promise<typeof import('./GestureCanvas')> | null = null;
const load = () => (loading ??= import('./GestureCanvas'));

/** The gesture canvas (GestureCanvas and paintMarks), a chunk of its own. */
export const LazyGestureCanvas = lazy(() => load().then((m) => ({ default: m.GestureCanvas })));

/**
 * Whether the gesture canvas has loaded: it is read once the first frame has been presented, as
 * the gesture code itself is. Until it is there, a gesture is drawn by the SVG marks like any
 * other change of window.
 */
export function useGesturePainter(): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    const cancel = afterFirstFrame(() => {
      void load().then(() => {
        if (live) setLoaded(true);
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }, []);
  return loaded;
}
