import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { UnitWindow } from '../../../src/domain/timeline/viewport';
import type { GestureView } from '../../../src/features/timeline/gestureFrames';
import type { MarkFrame } from '../../../src/features/timeline/paintMarks';
import { useGestureFrame } from '../../../src/features/timeline/useGestureFrame';

/** A frame that names its window, so a test sees which window each paint was for. */
const frames = (w: UnitWindow): GestureView => ({
  marks: { offset: w[0], stretch: w[1] } as unknown as MarkFrame,
  ticks: [{ t: w[0], x: 0, label: `${w[0]}`, labelX: 0 }] as GestureView['ticks'],
  gaps: [],
});

function setup(painter: boolean) {
  const onWindow = vi.fn<(w: UnitWindow) => void>();
  const painted: UnitWindow[] = [];
  const hook = renderHook(() => useGestureFrame({ frames: painter ? frames : null, onWindow }));
  hook.result.current.paint.current = (f) => painted.push([f.offset, f.stretch]);
  return { hook, onWindow, painted };
}

describe('useGestureFrame', () => {
  it('paints each gesture frame and writes the window to the store once, when it ends', () => {
    const { hook, onWindow, painted } = setup(true);
    act(() => hook.result.current.onGesture(true));
    expect(hook.result.current.gesture).toBe(true);
    act(() => {
      hook.result.current.onZoomWindow([1, 5]);
      hook.result.current.onZoomWindow([2, 4]);
    });
    expect(painted).toEqual([
      [1, 5],
      [2, 4],
    ]);
    expect(hook.result.current.axis.get()?.ticks[0]?.t).toBe(2);
    expect(onWindow).not.toHaveBeenCalled();

    act(() => hook.result.current.onGesture(false));
    expect(onWindow.mock.calls).toEqual([[[2, 4]]]);
    expect(hook.result.current.gesture).toBe(false);
    expect(hook.result.current.axis.get()).toBeNull();
    // At rest (keys, buttons), a window goes straight to the store.
    act(() => hook.result.current.onZoomWindow([3, 4]));
    expect(onWindow).toHaveBeenLastCalledWith([3, 4]);
    expect(painted).toHaveLength(2);
  });

  it('without the canvas painter, a gesture moves the window through the store each frame', () => {
    const { hook, onWindow, painted } = setup(false);
    act(() => hook.result.current.onGesture(true));
    expect(hook.result.current.gesture).toBe(false);
    act(() => hook.result.current.onZoomWindow([1, 5]));
    expect(onWindow).toHaveBeenCalledWith([1, 5]);
    act(() => hook.result.current.onGesture(false));
    expect(onWindow).toHaveBeenCalledTimes(1);
    expect(painted).toHaveLength(0);
  });

  it('a gesture that ends before its first frame leaves the window alone', () => {
    const { hook, onWindow } = setup(true);
    act(() => hook.result.current.onGesture(true));
    act(() => hook.result.current.onGesture(false));
    expect(onWindow).not.toHaveBeenCalled();
  });
});
