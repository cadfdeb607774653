import { useEffect, useState, type ComponentProps } from 'react';
import { afterFirstFrame } from '../../shared/afterFirstFrame';

type Painter = typeof import('./GestureCanvas');

let loading: Promise<Painter> | null = null;
let loaded: Painter | null = null;
const load = () =>
  (loading ??= import('./GestureCanvas').then((m) => {
    loaded = m;
    return m;
  }));

/**
 * Whether the gesture canvas (GestureCanvas and paintMarks, a chunk of its own) has loaded: it
 * is read once the first frame has been presented, as the gesture code itself is. Until it is
 * there, a gesture is drawn by the SVG marks like any other change of window.
 */
export function useGesturePainter(): boolean {
  const [ready, setReady] = useState(loaded !== null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    const cancel = afterFirstFrame(() => {
      void load().then(() => {
        if (live) setReady(true);
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }, [ready]);
  return ready;
}

/** The gesture canvas once loaded (see useGesturePainter); nothing before. */
export function LoadedGestureCanvas(props: ComponentProps<Painter['GestureCanvas']>) {
  const painter = loaded;
  return painter ? <painter.GestureCanvas {...props} /> : null;
}
