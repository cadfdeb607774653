import { startTransition, useLayoutEffect, useRef, useState } from 'react';

/**
 * The width of the element matching `selector` in the prerendered first screen, while that
 * screen is on view and shows the view being opened (src/app/firstScreen.ts): the app's own
 * element will have the same width, so its first render can be drawn at it. Null otherwise.
 */
function prerenderedWidth(selector: string): number | null {
  if (typeof document === 'undefined') return null;
  if (document.documentElement.dataset.firstScreen !== 'view') return null;
  const width = document.querySelector(`#root ${selector}`)?.getBoundingClientRect().width ?? 0;
  return width > 0 ? Math.round(width) : null;
}

/**
 * Width of an element, kept current with a ResizeObserver (read once per resize, never per
 * frame), and whether it was measured. Until then: the width of the prerendered first screen's
 * element matching `prerendered` (a selector) when it is on view, which counts as measured (the
 * first render needs no second one at the measured width); else `fallback`, which is also the
 * width where layout does not exist (jsdom).
 */
export function useElementWidth<E extends HTMLElement>(fallback = 960, prerendered?: string) {
  const ref = useRef<E>(null);
  const [first] = useState(() => ({
    width: prerendered === undefined ? null : prerenderedWidth(prerendered),
  }));
  const [width, setWidth] = useState<number | null>(first.width);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (w: number) => {
      if (w > 0) setWidth(Math.round(w));
    };
    // A width taken from the first screen is not measured again here, which would force the
    // layout of the whole new page inside the commit: the observer's first report, after the
    // frame's own layout, corrects it if it was wrong.
    if (first.width === null) measure(el.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    // A later resize (e.g. the detail column opening beside the chart) re-lays out every mark:
    // a transition, so what caused it (the selected event's details) is painted first.
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) startTransition(() => measure(entry.contentRect.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [first]);
  return [ref, width ?? fallback, width !== null] as const;
}
