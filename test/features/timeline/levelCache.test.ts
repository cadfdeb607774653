import { describe, expect, it } from 'vitest';
import { placeColumns } from '../../../src/domain/timeline/placement';
import type { UnitWindow } from '../../../src/domain/timeline/viewport';
import {
  covers,
  GESTURE_WHISKERS,
  levelCache,
  levelPx,
  MIN_SPACING,
  spanOver,
  whiskerAt,
} from '../../../src/features/timeline/levelCache';
import { placeEventLabels } from '../../../src/features/timeline/eventLabels';
import { denseChart } from './fixtures';

const WIDTH = 1200;

/** 600 events over 90 days (see `denseChart`). */
const denseSource = () => denseChart(600, 90, 7, WIDTH);

const zoomedIn = ([a, b]: UnitWindow, factor: number, at = 0.3): UnitWindow => {
  const p = a + (b - a) * at;
  return [p - (p - a) / factor, p + (b - p) / factor];
};

describe('spanOver', () => {
  it.each([
    [[10, 40], 4],
    [[-3.3, 7.9], 32],
    [[1234.5, 1300], 1.5],
  ] as Array<[UnitWindow, number]>)(
    'spans the window %j with room for labels at %f px per unit, from the same origin at every width',
    (w, basePx) => {
      const spans = [320, 768, 1102, 1440, 2560].map((width) => spanOver(w, width, basePx));
      for (const span of spans) {
        expect(span.lo).toBeLessThanOrEqual(w[0] - 260 / basePx);
        expect(span.hi).toBeGreaterThanOrEqual(w[1] + 260 / basePx);
        expect(span.origin).toBeLessThanOrEqual(w[0]);
        // The marks of a window keep their x when the chart's width changes.
        expect(span.origin).toBe(spans[0]!.origin);
      }
    },
  );
});

describe('levelCache', () => {
  it('places a gesture span as the chart places it at rest, labels included', () => {
    const { source, fit } = denseSource();
    const cache = levelCache(source);
    const base = levelPx(WIDTH / (fit[1] - fit[0]), true);
    const glide = cache.glideFor(base, fit);
    expect(covers(glide.span, fit, base)).toBe(true);
    const { lo, hi, origin } = glide.span;
    expect(glide.items).toEqual(
      placeColumns(source.layout, cache.columnsAt(base), {
        pxPerUnit: base,
        range: [lo, hi],
        origin,
        keyIds: source.keyIds,
        markSpacing: MIN_SPACING,
      }),
    );
    expect(glide.labels).toEqual(placeEventLabels(glide.inputs));
    expect(glide.labels.size).toBeGreaterThan(0);
    // The same window at the same level: the kept span, not a new one.
    expect(cache.glideFor(base, fit)).toBe(glide);
  });

  it('builds ahead what a pan, a zoom in over two levels and a zoom out from the window will ask for', () => {
    const { source, fit } = denseSource();
    const cache = levelCache(source);
    const w = zoomedIn(fit, 3);
    const span = w[1] - w[0];
    const base = levelPx(WIDTH / span, true);
    const steps = cache.pending(w);
    expect(steps).toHaveLength(5);
    for (const step of steps) step();
    expect(cache.pending(w)).toEqual([]);

    const panned: UnitWindow = [w[0] + span * 0.8, w[1] + span * 0.8];
    const deeper = zoomedIn(w, 2.2, 0.9);
    const wider: UnitWindow = [w[0] - span * 0.6, w[1] + span * 0.3];
    const deepest = zoomedIn(w, 4.5, 0.1);
    const ahead = [
      cache.glideFor(base, panned),
      cache.glideFor(base * 2, deeper),
      cache.glideFor(base / 2, wider),
      cache.glideFor(base * 4, deepest),
    ];
    expect(ahead.map((g) => g.span.basePx)).toEqual([base, base * 2, base / 2, base * 4]);
    // Nothing new was made for them: asking again still finds nothing missing for `w`.
    expect(cache.pending(w)).toEqual([]);
    expect(cache.glideFor(base, panned)).toBe(ahead[0]);
  });

  it('stands in a neighbouring level that shows the whole window, then uses the level once built', () => {
    const { source, fit } = denseSource();
    const cache = levelCache(source);
    const w = zoomedIn(fit, 3);
    const base = levelPx(WIDTH / (w[1] - w[0]), true);
    const coarse = cache.glideFor(base, w);
    // Zoomed in past the next level: the coarser span is drawn stretched meanwhile.
    const deeper = zoomedIn(w, 2.5);
    const level = levelPx(WIDTH / (deeper[1] - deeper[0]), true);
    expect(level).toBe(base * 2);
    expect(cache.glideFor(level, deeper)).toBe(coarse);
    // Idle time builds the level; the next frame uses it.
    for (const step of cache.pending(deeper)) step();
    const own = cache.glideFor(level, deeper);
    expect(own.span.basePx).toBe(level);
    expect(covers(own.span, deeper, level)).toBe(true);
  });

  it('makes the level in the frame when no neighbour shows the whole window', () => {
    const { source, fit } = denseSource();
    const cache = levelCache(source);
    const w = zoomedIn(fit, 4);
    const base = levelPx(WIDTH / (w[1] - w[0]), true);
    cache.glideFor(base, w);
    const far: UnitWindow = [w[1] + 20, w[1] + 20 + (w[1] - w[0])];
    const glide = cache.glideFor(base, far);
    expect(glide.span).toEqual(spanOver(far, WIDTH, base));
  });

  it('lists every whisker a gesture level draws (the canvas stamps them ahead)', () => {
    for (let exact = 0.01; exact < 5000; exact *= 1.07) {
      expect(GESTURE_WHISKERS).toContain(whiskerAt(levelPx(exact, true)));
    }
  });

  it("places a gesture span's labels in one pass: none is rescued as at rest", () => {
    const { source, fit } = denseSource();
    const keyIds = new Set(['e1', 'e2', 'e3']);
    const cache = levelCache({ ...source, keyIds });
    const glide = cache.glideFor(levelPx(WIDTH / (fit[1] - fit[0]), true), fit);
    const keyed = glide.inputs.requests.filter((r) => keyIds.has(r.key));
    expect(keyed.length).toBeGreaterThan(0);
    expect(glide.inputs.requests.some((r) => r.makeRoom)).toBe(false);
  });
});
