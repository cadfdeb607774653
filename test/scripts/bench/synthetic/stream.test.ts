import { describe, expect, it } from 'vitest';
import { streamDataset } from '../../../../scripts/bench/synthetic/generate';

/** The largest heap seen while streaming `events` events into a sink that keeps nothing. */
function streamingHeapPeak(events: number): { peak: number; count: number } {
  let peak = 0;
  let count = 0;
  streamDataset(
    { events, seed: 3 },
    {
      event: () => {
        if (++count % 2_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      },
      article: () => {},
    },
  );
  return { peak, count };
}

describe('streamDataset', () => {
  it('streams in memory that does not follow the number of events', () => {
    const small = streamingHeapPeak(10_000);
    const large = streamingHeapPeak(100_000);
    expect(large.count).toBe(100_000);
    // Held whole, 90,000 more events (about 130 MB as JSON) would need several hundred MB more
    // heap; streamed, only the articles of the coming fortnight are held.
    expect((large.peak - small.peak) / 2 ** 20).toBeLessThan(80);
  }, 120_000);
});
