import { act } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '../../../src/features/timeline/Timeline';
import { DEFAULT_VIEW, type ViewState } from '../../../src/domain/view/viewState';
import type { Dataset } from '../../../src/domain/types';
import { renderWithStore } from '../../helpers/renderWithStore';
import { clusteredDataset } from './fixtures';

const DAY = 86_400_000;

function toldDataset(): Dataset {
  return {
    ...clusteredDataset(),
    story: {
      title: null,
      steps: [
        { event: 'maternity', caption: 'First the strike.' },
        { event: 'istanbul', caption: 'Then Istanbul.' },
      ],
    },
  };
}

function prefersReducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('prefers-reduced-motion'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

function setup(view: ViewState = DEFAULT_VIEW) {
  return renderWithStore(<Timeline />, { dataset: toldDataset(), view });
}

/** The store's window in days around a date: [days before its start, days after its end]. */
function around(window: readonly [number, number] | null, date: string): [number, number] {
  if (!window) throw new Error('the timeline left the window fitted');
  const day = Date.parse(`${date}T00:00Z`);
  return [(day - window[0]) / DAY, (window[1] - day - DAY) / DAY];
}

describe('the timeline in the story', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('frames each step’s event, at once under reduced motion', () => {
    prefersReducedMotion(true);
    const { store } = setup();
    act(() => store.getState().storyStarted());
    const [before, after] = around(store.getState().view.window, '2022-03-09');
    expect(before).toBeGreaterThan(1);
    expect(after).toBeGreaterThan(1);
    // Zoomed in: far narrower than the fitted 24 Feb – 30 Mar (the gap before 9 Mar is
    // collapsed, so a few days on screen can stand for two weeks of calendar).
    expect(before + after).toBeLessThan(18);
    act(() => store.getState().storyStepped(1));
    const [b2, a2] = around(store.getState().view.window, '2022-03-29');
    expect(b2).toBeGreaterThan(1);
    expect(a2).toBeGreaterThan(0);
  });

  it('glides there over a few frames otherwise, starting from the window on screen', () => {
    prefersReducedMotion(false);
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    const { store } = setup();
    act(() => store.getState().storyStarted());
    act(() => vi.advanceTimersByTime(1000));
    const atStrike = store.getState().view.window;
    act(() => store.getState().storyStepped(1));
    expect(store.getState().view.window).toEqual(atStrike);
    act(() => vi.advanceTimersByTime(200));
    const midway = store.getState().view.window!;
    expect(midway[0]).toBeGreaterThan(atStrike![0]);
    expect(midway[0]).toBeLessThan(Date.parse('2022-03-27T00:00Z'));
    act(() => vi.advanceTimersByTime(1000));
    const [before, after] = around(store.getState().view.window, '2022-03-29');
    expect(before).toBeGreaterThan(1);
    expect(after).toBeGreaterThan(0);
  });

  it('keeps a step’s own window (a link, back) and lets Fit fit within a step', () => {
    prefersReducedMotion(true);
    const window = [Date.parse('2022-03-01T00:00Z'), Date.parse('2022-03-31T00:00Z')] as const;
    const { store } = setup({ ...DEFAULT_VIEW, story: 1, event: 'istanbul', window });
    expect(store.getState().view.window).toEqual(window);
    act(() => store.getState().windowChanged(null));
    expect(store.getState().view.window).toBeNull();
  });

  it('opens a step link without a window framed on its event', () => {
    prefersReducedMotion(false);
    const { store } = setup({ ...DEFAULT_VIEW, story: 0, event: 'maternity' });
    const [before, after] = around(store.getState().view.window, '2022-03-09');
    expect(before).toBeGreaterThan(1);
    expect(after).toBeGreaterThan(1);
  });
});
