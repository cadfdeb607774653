import { useEffect, useState } from 'react';
import { afterFirstFrame } from '../../shared/afterFirstFrame';

/** The gesture canvas and the frames it paints (gesturePainter.ts). */
export type Painter = typeof import('./gesturePainter');

let loading: Promise<Painter> | null = null;
let loaded: Painter | null = null;
const load = () =>
  (loading ??= import('./gesturePainter').then((m) => {
    loaded = m;
    return m;
  }));

/**
 * The gesture canvas and its frames (gesturePainter.ts: GestureCanvas, paintMarks and
 * gestureFrames, a chunk of its own) once loaded, null before: it is read once the first frame
 * has been presented, as the gesture code itself is. Until it is there, a gesture is drawn by the
 * SVG marks like any other change of window.
 */
export function useGesturePainter(): Painter | null {
  const [painter, setPainter] = useState(loaded);
  useEffect(() => {
    if (painter) return;
    let live = true;
    const cancel = afterFirstFrame(() => {
      void load().then((m) => {
        if (live) setPainter(m);
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }, [painter]);
  return painter;
}
