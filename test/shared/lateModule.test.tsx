import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lateModule } from '../../src/shared/lateModule';
import { RETRY_MS } from '../../src/shared/useLoadedAfterFirstFrame';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** An importer that fails `failures` times (as a dropped network would), then gives the module. */
function flakyImporter(failures: number) {
  let calls = 0;
  const importer = vi.fn(() => {
    calls += 1;
    return calls <= failures
      ? Promise.reject(new TypeError('Failed to fetch'))
      : Promise.resolve({ label: 'loaded' });
  });
  return importer;
}

/** Runs the frames, idle callbacks and timers due within `ms`, and the promises they settle. */
async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('lateModule', () => {
  it('shows the module once its import succeeds, importing again after each failure', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const importer = flakyImporter(2);
    const part = lateModule(importer);
    function Part() {
      const m = part.use();
      return <p>{m ? m.label : 'first screen'}</p>;
    }
    render(<Part />);
    expect(screen.getByText('first screen')).toBeInTheDocument();

    await advance(100); // the first frame, then the first import, which fails
    expect(importer).toHaveBeenCalledTimes(1);
    expect(screen.getByText('first screen')).toBeInTheDocument();
    expect(logged).toHaveBeenCalledTimes(1);

    await advance(RETRY_MS); // the second attempt fails too
    expect(importer).toHaveBeenCalledTimes(2);
    expect(screen.getByText('first screen')).toBeInTheDocument();

    await advance(RETRY_MS); // the wait doubled: not yet
    expect(importer).toHaveBeenCalledTimes(2);
    await advance(RETRY_MS);
    expect(importer).toHaveBeenCalledTimes(3);
    expect(screen.getByText('loaded')).toBeInTheDocument();

    // Loaded once: a part mounted later has it at once and imports nothing more.
    render(<Part />);
    expect(screen.getAllByText('loaded')).toHaveLength(2);
    expect(importer).toHaveBeenCalledTimes(3);
  });

  it('stops trying once the part is gone', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const importer = flakyImporter(5);
    const part = lateModule(importer);
    function Part() {
      return <p>{part.use() ? 'loaded' : 'first screen'}</p>;
    }
    const view = render(<Part />);
    await advance(100);
    expect(importer).toHaveBeenCalledTimes(1);
    view.unmount();
    await advance(RETRY_MS * 8);
    expect(importer).toHaveBeenCalledTimes(1);
  });
});
