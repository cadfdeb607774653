import { act, render, waitFor } from '@testing-library/react';
import { useMemo, useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { perFrame } from '../../src/shared/perFrame';
import { useD3Behavior, type D3Behavior } from '../../src/shared/useD3Behavior';

interface Options {
  size: number;
  onMove: () => void;
}

/** A behaviour that records what the hook asks of it. */
function recorder() {
  const calls: string[] = [];
  const behavior: D3Behavior<HTMLDivElement, Options, { id: number }> = {
    attach(d3, el, { latest, syncing }) {
      calls.push(`attach ${el.id} ${typeof d3.zoom} ${latest.current.size} ${syncing.current}`);
      return { behavior: { id: calls.length }, detach: () => calls.push('detach') };
    },
    sync(_d3, _el, _b, options) {
      calls.push(`sync ${options.size}`);
    },
  };
  return { calls, behavior };
}

function Probe({
  gesture,
  options,
}: {
  gesture: D3Behavior<HTMLDivElement, Options, { id: number }>;
  options: Options;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // A loader of one identity for the behaviour, as a module's would be.
  const load = useMemo(() => () => Promise.resolve(gesture), [gesture]);
  useD3Behavior(ref, options, load, [options.size]);
  return <div ref={ref} id="probe" />;
}

describe('useD3Behavior', () => {
  it('attaches once the gesture chunk arrives, syncs on key changes only, detaches on unmount', async () => {
    const { calls, behavior } = recorder();
    const view = render(<Probe gesture={behavior} options={{ size: 1, onMove: () => {} }} />);
    expect(calls).toEqual([]);
    await waitFor(() => expect(calls).toEqual(['attach probe function 1 false', 'sync 1']));

    // A new callback alone does not sync; a new key does.
    view.rerender(<Probe gesture={behavior} options={{ size: 1, onMove: () => {} }} />);
    view.rerender(<Probe gesture={behavior} options={{ size: 2, onMove: () => {} }} />);
    expect(calls.slice(2)).toEqual(['sync 2']);

    view.unmount();
    expect(calls.slice(3)).toEqual(['detach']);
  });
});

describe('perFrame', () => {
  it('reports the latest value once per animation frame, and nothing once cancelled', () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    vi.spyOn(window, 'cancelAnimationFrame').mockImplementation((id) => {
      frames[id - 1] = () => {};
    });
    const seen: number[] = [];
    const moves = perFrame((v: number) => seen.push(v));
    moves.push(1);
    moves.push(2);
    moves.push(3);
    expect(frames).toHaveLength(1);
    act(() => frames[0]?.(0));
    expect(seen).toEqual([3]);
    moves.push(4);
    moves.cancel();
    frames[1]?.(0);
    expect(seen).toEqual([3]);
    vi.restoreAllMocks();
  });
});
