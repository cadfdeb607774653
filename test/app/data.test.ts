import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../src/data';

const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });

describe('loadDataset', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('retries once without the HTTP cache when the first fetch fails', async () => {
    const fetch = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(ok({ events: [] }));
    vi.stubGlobal('fetch', fetch);
    await expect(loadDataset('/data.json')).resolves.toEqual({ events: [] });
    expect(fetch).toHaveBeenNthCalledWith(2, '/data.json', { cache: 'no-store' });
  });

  it('retries when the body fails to arrive, not only the request', async () => {
    const broken = new Response('{"events": [', { status: 200 });
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(broken)
      .mockResolvedValueOnce(ok({ events: [1] }));
    vi.stubGlobal('fetch', fetch);
    await expect(loadDataset('/data.json')).resolves.toEqual({ events: [1] });
  });

  it('reports a second failure, and an HTTP error', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(loadDataset('/data.json')).rejects.toThrow('Failed to fetch');
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('', { status: 404 })));
    await expect(loadDataset('/data.json')).rejects.toThrow('HTTP 404');
  });
});
