import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset, streamDataset } from '../../../scripts/bench/synthetic/generate';
import { createDatasetWriter, readDatasetLines } from '../../../scripts/lib/datasetLines';

const dir = mkdtempSync(path.join(tmpdir(), 'dataset-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(events: number, name: string) {
  const out = path.join(dir, name);
  const writer = createDatasetWriter(out);
  const head = streamDataset(
    { events, seed: 5 },
    {
      event: writer.event,
      article: (a, mentions) => {
        writer.article(a);
        for (const m of mentions) writer.mention(m);
      },
    },
  );
  writer.finish(head);
  return out;
}

describe('a dataset written one record per line', () => {
  it('is the generated dataset, as JSON, one record to a line', () => {
    const out = write(1_500, 'a.json');
    const text = readFileSync(out, 'utf8');
    expect(JSON.parse(text)).toEqual(generateDataset({ events: 1_500, seed: 5 }));
    const expected = generateDataset({ events: 1_500, seed: 5 });
    const records = expected.events.length + expected.articles.length + expected.mentions.length;
    expect(text.split('\n').filter((l) => l.startsWith('{"id":"ev-')).length).toBe(1_500);
    expect(text.split('\n').length).toBeGreaterThan(records);
  });

  it('reads back record by record, collection by collection', () => {
    const out = write(300, 'b.json');
    const whole = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown[]>;
    const read: Record<string, unknown[]> = {};
    let story: unknown;
    for (const line of readDatasetLines(out)) {
      if (line.kind === 'story') story = JSON.parse(line.json);
      else (read[line.collection] ??= []).push(JSON.parse(line.json));
    }
    expect(story).toEqual(whole.story);
    for (const name of ['articles', 'actors', 'places', 'events', 'mentions'])
      expect(read[name], name).toEqual(whole[name]);
    expect(read.quantities).toBeUndefined();
  });

  it('writes empty collections as empty arrays', () => {
    const out = write(0, 'c.json');
    const whole = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown[]>;
    expect(whole.events).toEqual([]);
    expect(whole.articles!.length).toBe(3);
  });

  it('refuses a file in another layout, naming it and the line', () => {
    const other = path.join(dir, 'pretty.json');
    writeFileSync(other, JSON.stringify({ story: {}, events: [] }, null, 2));
    expect(() => [...readDatasetLines(other)]).toThrow(/pretty\.json: line 1:/);
  });
});
