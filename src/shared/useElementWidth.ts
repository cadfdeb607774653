import { startTransition, useLayoutEffect, useRef, useState } from 'react';

/**
 * Width of an element, kept current with a ResizeObserver (read once per resize, never per
 * frame), and whether it was measured: `fallback` is used until then and where layout does not
 * exist (jsdom).
 */
export function useElementWidth<E extends HTMLElement>(fallback = 960) {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (w: number) => {
      if (w > 0) setWidth(Math.round(w));
    };
    measure(el.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    // A later resize (e.g. the detail column opening beside the chart) re-lays out every mark:
    // a transition, so what caused it (the selected event's details) is painted first.
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) startTransition(() => measure(entry.contentRect.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width ?? fallback, width !== null] as const;
}
