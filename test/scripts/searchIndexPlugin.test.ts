import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { searchIndexPlugin, writeSearchIndex } from '../../scripts/searchIndexPlugin.ts';
import {
  countSearchDocuments,
  documentFinder,
  searchDocuments,
  searchSpellings,
} from '../../src/domain/search/searchDocs';
import { buildSearchIndex, hitsOf, loadSearchIndex } from '../../src/domain/search/searchIndex';
import { makeEvent, makeStory } from '../helpers/factories';

const dir = mkdtempSync(path.join(tmpdir(), 'sourceline-search-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const story = makeStory();
const datasetFile = path.join(dir, 'dataset.json');
writeFileSync(datasetFile, JSON.stringify(story));
const cache = path.join(dir, 'cache');

describe('writeSearchIndex (the index the build ships)', () => {
  it('writes an index of every document of the dataset, which answers as one built in place', () => {
    const file = writeSearchIndex(datasetFile, cache);
    const loaded = loadSearchIndex(
      JSON.parse(readFileSync(file, 'utf8')) as unknown,
      searchSpellings(story),
    );
    expect(loaded.size).toBe(countSearchDocuments(story));
    const fresh = buildSearchIndex(story);
    for (const query of ['Mariupl', 'Lavrov Antalya', 'Kuleba', 'zzzzqqq'])
      expect(hitsOf(loaded.search(query), documentFinder(story))).toEqual(fresh.search(query));
    expect(searchDocuments(story).length).toBeGreaterThan(0);
  });

  it('is named by its content: the same dataset gives the same file, another dataset another', () => {
    const first = writeSearchIndex(datasetFile, cache);
    expect(writeSearchIndex(datasetFile, cache)).toBe(first);
    const other = path.join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ ...story, events: [makeEvent({ id: 'only' })] }));
    const second = writeSearchIndex(other, cache);
    expect(second).not.toBe(first);
    expect(path.basename(second)).toBe('search-index.json');
  });

  it('is written afresh at each build: nothing left at its path is reused', () => {
    const file = writeSearchIndex(datasetFile, cache);
    const written = readFileSync(file, 'utf8');
    writeFileSync(file, '{"format":"old"}');
    expect(writeSearchIndex(datasetFile, cache)).toBe(file);
    expect(readFileSync(file, 'utf8')).toBe(written);
  });
});

describe('searchIndexPlugin', () => {
  type Hooks = {
    configResolved: (config: { command: string }) => void;
    resolveId: (id: string) => string | null;
    load: (id: string) => string | null;
  };
  const moduleOf = (datasetPath: string | null, command: string) => {
    const plugin = searchIndexPlugin(datasetPath, cache) as unknown as Hooks;
    plugin.configResolved({ command });
    const id = plugin.resolveId('virtual:search-index');
    expect(id).not.toBeNull();
    expect(plugin.resolveId('./other')).toBeNull();
    return plugin.load(id ?? '');
  };

  it('in a build, the module is the URL of the index file, emitted as an asset', () => {
    // Vitest sets VITEST, which the plugin reads as "not a build": lift it for this call.
    const vitest = process.env.VITEST;
    delete process.env.VITEST;
    try {
      const code = moduleOf(datasetFile, 'build');
      const file = writeSearchIndex(datasetFile, cache);
      expect(code).toBe(`export { default } from ${JSON.stringify(`${file}?url`)};`);
    } finally {
      process.env.VITEST = vitest;
    }
  });

  it('on the dev server, in tests and for a sharded dataset, it is null', () => {
    expect(moduleOf(datasetFile, 'serve')).toBe('export default null;');
    expect(moduleOf(null, 'build')).toBe('export default null;');
  });
});
