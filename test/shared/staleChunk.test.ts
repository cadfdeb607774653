import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../src/shared/afterPaint';
import { reloadIfChunkIsGone } from '../../src/shared/staleChunk';

describe('reloadIfChunkIsGone', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.sessionStorage.clear();
  });

  it('reloads after the address’s pending write, so the view just chosen is kept', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 404 })),
    );
    const order: string[] = [];
    // A click's view, written to the address once its frame is painted (as urlSync does).
    afterPaint(() => order.push('address written'));
    const error = new Error(
      `Failed to fetch dynamically imported module: ${window.location.origin}/assets/MapPanel-old.js`,
    );
    const reloading = await reloadIfChunkIsGone(error, () => order.push('reload'));
    expect(reloading).toBe(true);
    await vi.waitFor(() => expect(order).toEqual(['address written', 'reload']));
  });

  it('does not reload for a chunk the host still has', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 200 })),
    );
    const reload = vi.fn();
    const error = new Error(`Failed to fetch dynamically imported module: /assets/Gone-x.js`);
    expect(await reloadIfChunkIsGone(error, reload)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(reload).not.toHaveBeenCalled();
  });
});
