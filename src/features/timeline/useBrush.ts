import { useLayoutEffect, useRef, type RefObject } from 'react';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';

export interface BrushOptions {
  width: number;
  height: number;
  /** The brushed span in px, or null for none (from the store's date range). */
  selection: readonly [number, number] | null;
  /** The user finished brushing (null = cleared). */
  onBrush: (selection: [number, number] | null) => void;
}

/**
 * The one place d3-brush lives: a horizontal brush on `ref`. User gestures are reported when they
 * end; store changes move the brush without reporting back.
 */
export function useBrush(ref: RefObject<SVGGElement | null>, options: BrushOptions) {
  const latest = useRef(options);
  const behaviorRef = useRef<BrushBehavior<unknown> | null>(null);

  useLayoutEffect(() => {
    latest.current = options;
  });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const behavior = brushX<unknown>().on('end', (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return; // moved by us
      const s = event.selection as [number, number] | null;
      latest.current.onBrush(s && s[1] - s[0] >= 1 ? [s[0], s[1]] : null);
    });
    behaviorRef.current = behavior;
    return () => {
      select(el).on('.brush', null);
      behaviorRef.current = null;
    };
  }, [ref]);

  const { width, height, selection } = options;
  const s0 = selection?.[0];
  const s1 = selection?.[1];
  useLayoutEffect(() => {
    const el = ref.current;
    const behavior = behaviorRef.current;
    if (!el || !behavior || width <= 0) return;
    behavior.extent([
      [0, 0],
      [width, height],
    ]);
    const g = select(el).call(behavior);
    behavior.move(g, s0 === undefined || s1 === undefined ? null : [s0, s1]);
  }, [ref, width, height, s0, s1]);
}
