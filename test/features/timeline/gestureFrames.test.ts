import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { zoomWindow, type UnitWindow } from '../../../src/domain/timeline/viewport';
import { gestureFrames } from '../../../src/features/timeline/gestureFrames';
import { levelCache } from '../../../src/features/timeline/levelCache';
import { useChartModel } from '../../../src/features/timeline/useChartModel';
import { denseChart } from './fixtures';

const WIDTH = 1000;

/** 800 events over 120 days, kinds and days from a seeded generator (mulberry32). */
function scene(selectedId: string | null = null) {
  const { source, fit } = denseChart(800, 120, 11, WIDTH);
  const levels = levelCache(source);
  const frames = gestureFrames({ ...source, levels, selectedId, linkedPlace: null });
  return { source, levels, frames, fit };
}

/** The windows of a zoom in by wheel notches about a point, then a pan. */
function gesture(fit: UnitWindow): UnitWindow[] {
  const windows: UnitWindow[] = [];
  let w = fit;
  for (let i = 0; i < 16; i++) windows.push((w = zoomWindow(w, 1.15, Infinity, fit[0] + 40)));
  for (let i = 0; i < 16; i++) {
    const step = (w[1] - w[0]) / 20;
    windows.push((w = [w[0] + step, w[1] + step]));
  }
  return windows;
}

describe('gestureFrames', () => {
  it('draws every event mark where the window puts its day', () => {
    const { frames, fit, source } = scene();
    for (const w of gesture(fit)) {
      const { marks } = frames(w);
      const exact = WIDTH / (w[1] - w[0]);
      let seen = 0;
      for (const item of marks.items) {
        if (item.type !== 'event') continue;
        const x = marks.stretch * item.x - marks.offset;
        if (x < 0 || x > WIDTH) continue;
        // Same-day events share their day: within a day's width of the day's start.
        const day = source.layout.byId.get(item.laid.event.id)!.u;
        expect(x).toBeGreaterThanOrEqual((Math.floor(day) - w[0]) * exact - 1e-6);
        expect(x).toBeLessThanOrEqual((Math.floor(day) + 1 - w[0]) * exact + 1e-6);
        seen++;
      }
      expect(seen).toBeGreaterThan(0);
    }
  });

  it('shows the axis the chart at rest shows for the same window', () => {
    const { frames, fit, source, levels } = scene();
    for (const w of gesture(fit).filter((_, i) => i % 5 === 0)) {
      const { result } = renderHook(() =>
        useChartModel({
          ...source,
          window: w,
          plotWidth: WIDTH,
          selectedId: null,
          levels,
          whisker: 6,
        }),
      );
      const frame = frames(w);
      expect(frame.ticks).toEqual(result.current.ticks);
      expect(frame.gaps).toEqual(result.current.gaps);
    }
  });

  it('reuses the marks and labels of a span while the frames stay in it', () => {
    const { frames, fit } = scene();
    const windows = gesture(fit);
    let reused = 0;
    for (let i = 1; i < windows.length; i++) {
      const a = frames(windows[i - 1]!).marks;
      const b = frames(windows[i]!).marks;
      if (a.items !== b.items) continue;
      // Not placed again: the same labels (or, while the level stands in for the next one,
      // those of them written beside their marks).
      const [few, all] = a.labels.size <= b.labels.size ? [a, b] : [b, a];
      for (const [key, label] of few.labels) expect(all.labels.get(key)).toBe(label);
      reused++;
    }
    expect(reused).toBeGreaterThan(windows.length / 2);
  });

  it('draws a selected event folded into a pill on its own, with its label', () => {
    const { frames, fit } = scene();
    const pill = frames(fit).marks.items.find((i) => i.type === 'cluster');
    if (pill?.type !== 'cluster') throw new Error('the fitted view has no pill');
    const id = pill.events[0]!.event.id;
    const selected = scene(id).frames(fit).marks;
    const mark = selected.items.find((i) => i.type === 'event' && i.laid.event.id === id);
    expect(mark).toBeDefined();
    expect(selected.selectedId).toBe(id);
    expect(selected.labels.has(mark!.key)).toBe(true);
  });
});
