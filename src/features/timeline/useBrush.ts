import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { BrushBehavior, D3BrushEvent } from 'd3-brush';
import { useD3Gestures } from '../../shared/loadD3Gestures';

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
  // d3-brush arrives in its own chunk just after the first paint (see d3Gestures.ts).
  const d3 = useD3Gestures();

  useLayoutEffect(() => {
    latest.current = options;
  });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !d3) return;
    const { brushX, select } = d3;
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
  }, [ref, d3]);

  const { width, height, selection } = options;
  const s0 = selection?.[0];
  const s1 = selection?.[1];
  useLayoutEffect(() => {
    const el = ref.current;
    const behavior = behaviorRef.current;
    if (!el || !behavior || !d3 || width <= 0) return;
    const { select } = d3;
    behavior.extent([
      [0, 0],
      [width, height],
    ]);
    const g = select(el).call(behavior);
    behavior.move(g, s0 === undefined || s1 === undefined ? null : [s0, s1]);
  }, [ref, d3, width, height, s0, s1]);
}
