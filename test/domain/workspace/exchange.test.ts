import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { runIngest } from '../../../scripts/lib/runIngest';
import { serializeDataset } from '../../../src/domain/dataset/serialize';
import { compileWorkspaceStory } from '../../../src/domain/workspace/compile';
import { importDatasetJson } from '../../../src/domain/workspace/exchangeDataset';
import { exportStoryZip, importStoryZip } from '../../../src/domain/workspace/exchangeZip';
import { workspaceStoryFrom } from '../../helpers/workspaceStory';

const NOW = '2026-02-02T00:00:00.000Z';
const fixture = workspaceStoryFrom();
const story = { ...fixture, story: { ...fixture.story, title: 'Talks in Antalya' } };

/** The story's zip with some entries replaced (undefined: removed). */
function zipWith(changes: Record<string, Uint8Array | undefined>): Uint8Array {
  const files: Record<string, Uint8Array> = { ...unzipSync(exportStoryZip(story)) };
  for (const [name, bytes] of Object.entries(changes)) {
    if (bytes === undefined) delete files[name];
    else files[name] = bytes;
  }
  return zipSync(files);
}

const located = (r: ReturnType<typeof importStoryZip>) =>
  r.ok ? [] : r.problems.map((p) => [p.file, p.id, p.field]);

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('exporting a story as a zip of the data/ format', () => {
  it('is what npm run ingest compiles to the workspace’s own dataset', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sourceline-export-'));
    for (const [name, bytes] of Object.entries(unzipSync(exportStoryZip(story)))) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), bytes);
    }
    const run = runIngest(dir, path.join(dir, 'dataset.json'));
    const compiled = compileWorkspaceStory(story);
    expect(run.ok && compiled.ok).toBe(true);
    expect(run.ok && run.dataset).toEqual(compiled.ok && compiled.dataset);
  });

  it('holds exactly the data/ files, and equal stories give equal bytes', () => {
    const names = Object.keys(unzipSync(exportStoryZip(story))).sort();
    expect(names).toEqual([
      'actors.json',
      'articles.json',
      'articles/001_talks.txt',
      'articles/002_followup.txt',
      'events.json',
      'places.json',
      'story.json',
    ]);
    expect(exportStoryZip(story)).toEqual(exportStoryZip(structuredClone(story)));
  });

  it('imports back to the same story under a new id', () => {
    const result = importStoryZip(exportStoryZip(story), 'imported', NOW);
    expect(result).toEqual({
      ok: true,
      story: { ...story, id: 'imported', updated: NOW, articles: expect.any(Array) },
    });
    expect(result.ok && result.story.articles.map((a) => [a.file, a.text])).toEqual(
      story.articles.map((a) => [a.file, a.text]),
    );
  });

  it('imports a zip of a data/ folder (its files inside one folder)', () => {
    const files = unzipSync(exportStoryZip(story));
    const wrapped = Object.fromEntries(Object.entries(files).map(([n, b]) => [`data/${n}`, b]));
    expect(importStoryZip(zipSync(wrapped), 'x', NOW).ok).toBe(true);
  });
});

describe('importing a bad zip names file, record and field and gives no story', () => {
  it.each([
    [
      'an article that is not UTF-8',
      { 'articles/001_talks.txt': new Uint8Array([0x54, 0xff, 0xfe, 0x41]) },
      [['data/articles/001_talks.txt', '(file)', '(contents)']],
    ],
    [
      'a binary file as an article',
      { 'articles/001_talks.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) },
      [['data/articles/001_talks.txt', '(file)', '(contents)']],
    ],
    [
      'JSON that does not parse',
      { 'actors.json': strToU8('[{"id": ') },
      [['data/actors.json', '(file)', '(root)']],
    ],
    [
      'JSON of the wrong shape',
      { 'places.json': strToU8('[{"id": "antalya", "name": "Antalya", "kind": "town"}]') },
      [
        ['data/places.json', 'antalya', 'aliases'],
        ['data/places.json', 'antalya', 'kind'],
        ['data/places.json', 'antalya', 'country'],
        ['data/places.json', 'antalya', 'lat'],
        ['data/places.json', 'antalya', 'lon'],
      ],
    ],
    [
      'an unexpected path',
      { '../../etc/passwd': strToU8('root'), 'articles/nested/a.txt': strToU8('x') },
      [
        ['../../etc/passwd', '(file)', '(path)'],
        ['articles/nested/a.txt', '(file)', '(path)'],
      ],
    ],
    [
      'no events.json',
      { 'events.json': undefined },
      [['data/events.json', '(file)', '(contents)']],
    ],
  ])('%s', (_, changes, expected) => {
    expect(located(importStoryZip(zipWith(changes), 'x', NOW))).toEqual(expected);
  });

  it('a quote that is not in its article', () => {
    const events = story.events.map((e, i) =>
      i === 0 ? { ...e, evidence: [{ ...e.evidence[0], quote: 'Words never written.' }] } : e,
    );
    const result = importStoryZip(
      zipWith({ 'events.json': strToU8(JSON.stringify(events)) }),
      'x',
      NOW,
    );
    expect(located(result)).toEqual([
      ['data/events.json', story.events[0]?.id, 'evidence[0].quote'],
    ]);
  });

  it('a file that is not a zip', () => {
    expect(located(importStoryZip(strToU8('just some text'), 'x', NOW))).toEqual([
      ['the zip file', '(file)', '(contents)'],
    ]);
  });

  it('an entry too large to be an article', () => {
    const huge = new Uint8Array(11 * 1024 * 1024).fill(0x61);
    expect(located(importStoryZip(zipWith({ 'articles/001_talks.txt': huge }), 'x', NOW))).toEqual([
      ['articles/001_talks.txt', '(file)', '(contents)'],
    ]);
  });
});

describe('exchanging a compiled dataset', () => {
  const compiled = compileWorkspaceStory(story);
  const dataset = compiled.ok ? compiled.dataset : null;

  it('imports the dataset file the export writes, compiling to the same events and quotes', () => {
    if (!dataset) throw new Error('fixture compiles');
    const result = importDatasetJson(strToU8(serializeDataset(dataset)), 'from-dataset', NOW);
    expect(result.ok).toBe(true);
    const again = result.ok ? compileWorkspaceStory(result.story) : null;
    expect(again?.ok && again.dataset.events).toEqual(dataset.events);
    expect(again?.ok && again.dataset.story).toEqual(dataset.story);
  });

  it.each([
    ['not JSON', strToU8('{'), [['the dataset file', '(file)', '(root)']]],
    [
      'not UTF-8',
      new Uint8Array([0x7b, 0xff, 0x7d]),
      [['the dataset file', '(file)', '(contents)']],
    ],
  ])('refuses a file that is %s', (_, bytes, expected) => {
    expect(located(importDatasetJson(bytes, 'x', NOW))).toEqual(expected);
  });

  it('refuses a dataset of the wrong shape, naming record and field', () => {
    if (!dataset) throw new Error('fixture compiles');
    const [first, ...rest] = dataset.events;
    const bad = { ...dataset, events: [{ ...first, date: 'yesterday' }, ...rest] };
    const result = importDatasetJson(strToU8(JSON.stringify(bad)), 'x', NOW);
    expect(located(result)).toContainEqual(['the dataset file', first?.id, 'events[0].date']);
  });
});
