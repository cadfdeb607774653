import { useLayoutEffect, useRef } from 'react';
import { focusWindow, glideWindow } from '../../domain/timeline/focus';
import type { UnitWindow } from '../../domain/timeline/viewport';

/** How long the timeline glides to a story step. */
const GLIDE_MS = 450;

const reducedMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface StoryFocusInput {
  /** The story step shown (0-based), or null outside the story. */
  story: number | null;
  /** The unit position of the step's event, undefined when it is not on the timeline. */
  u: number | undefined;
  /** The window drawn now, the store's window (null: fitted) and the fitted window. */
  w: UnitWindow;
  storeWindow: readonly [number, number] | null;
  fit: UnitWindow;
  setWindow: (w: UnitWindow) => void;
}

/**
 * Moves the timeline to each story step's event. A step leaves the store's window empty; the
 * first frame that shows the new step then glides from the window on screen before it to
 * one framing the event (instantly when the app opens on a step, or under
 * prefers-reduced-motion). A step restored with a window of its own (a link, back) keeps it,
 * and "Fit" within a step fits.
 */
export function useStoryFocus({ story, u, w, storeWindow, fit, setWindow }: StoryFocusInput) {
  const framed = useRef<number | null>(null);
  const shown = useRef<UnitWindow | null>(null);
  const latest = useRef({ fit, setWindow, storeWindow });
  useLayoutEffect(() => {
    latest.current = { fit, setWindow, storeWindow };
  });

  useLayoutEffect(() => {
    if (story === null) {
      framed.current = null;
      return;
    }
    if (story === framed.current || u === undefined) return;
    framed.current = story;
    if (latest.current.storeWindow !== null) return;
    const target = focusWindow(u, latest.current.fit);
    const from = shown.current;
    if (from === null || reducedMotion()) {
      latest.current.setWindow(target);
      return;
    }
    // Before this frame paints: keep the old window on screen, then glide.
    latest.current.setWindow(from);
    const start = performance.now();
    let frame = requestAnimationFrame(function step(now) {
      const t = (now - start) / GLIDE_MS;
      latest.current.setWindow(glideWindow(from, target, t));
      if (t < 1) frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [story, u]);

  // Declared after the glide so that it still sees the window of the frame before the step.
  useLayoutEffect(() => {
    shown.current = w;
  });
}
