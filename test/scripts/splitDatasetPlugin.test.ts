import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitDatasetFile, splitDatasetPlugin } from '../../scripts/splitDatasetPlugin.ts';
import {
  hasArticleText,
  joinArticleTexts,
  splitArticleTexts,
  type ArticleTexts,
} from '../../src/domain/dataset/articleText';
import type { Dataset } from '../../src/domain/types';
import { makeStory } from '../helpers/factories';

const dir = mkdtempSync(path.join(tmpdir(), 'sourceline-dataset-split-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cache = path.join(dir, 'cache');
const story = makeStory();
const datasetFile = path.join(dir, 'events-10.json');
writeFileSync(datasetFile, JSON.stringify(story));
const read = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

describe('splitDatasetFile', () => {
  it('writes the head under the dataset’s name and the texts beside it; together they are the dataset', () => {
    const files = splitDatasetFile(datasetFile, cache, 0);
    if (!files) throw new Error('not split');
    expect(path.basename(files.head)).toBe('events-10.json');
    expect(path.basename(files.texts)).toBe('events-10-text.json');
    const head = read<Dataset>(files.head);
    expect(head.articles.some(hasArticleText)).toBe(false);
    expect(joinArticleTexts(head, read<ArticleTexts>(files.texts))).toEqual(story);
  });

  it('is named by the dataset’s content', () => {
    const first = splitDatasetFile(datasetFile, cache, 0);
    expect(splitDatasetFile(datasetFile, cache, 0)).toEqual(first);
    const other = path.join(dir, 'other', 'events-10.json');
    mkdirSync(path.dirname(other), { recursive: true });
    writeFileSync(other, JSON.stringify({ ...story, events: [] }));
    expect(splitDatasetFile(other, cache, 0)?.head).not.toBe(first?.head);
  });

  it('leaves a dataset whose texts are under the limit whole (null, nothing written)', () => {
    const texts = Buffer.byteLength(JSON.stringify(splitArticleTexts(story).texts));
    const small = path.join(dir, 'small-cache');
    expect(splitDatasetFile(datasetFile, small, texts + 1)).toBeNull();
    expect(existsSync(small)).toBe(false);
    expect(splitDatasetFile(datasetFile, small, texts)?.texts).toMatch(/events-10-text\.json$/);
  });

  it('leaves a file that is not a dataset to the build’s validation (null)', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"events": [');
    expect(splitDatasetFile(bad, cache, 0)).toBeNull();
    writeFileSync(bad, '{"events": []}');
    expect(splitDatasetFile(bad, cache, 0)).toBeNull();
    expect(splitDatasetFile(path.join(dir, 'missing.json'), cache, 0)).toBeNull();
  });
});

describe('splitDatasetPlugin', () => {
  type Hooks = {
    configResolved: (config: { command: string }) => void;
    resolveId: (id: string) => string | null;
    load: (id: string) => string | null;
  };
  const moduleOf = (split: ReturnType<typeof splitDatasetFile>, command: string) => {
    const plugin = splitDatasetPlugin(split) as unknown as Hooks;
    plugin.configResolved({ command });
    const id = plugin.resolveId('virtual:dataset-text');
    expect(plugin.resolveId('./other')).toBeNull();
    return plugin.load(id ?? '');
  };

  it('in a build, names the texts file’s URL; elsewhere, or without a split, null', () => {
    const split = splitDatasetFile(datasetFile, cache, 0);
    const vitest = process.env.VITEST;
    delete process.env.VITEST;
    try {
      expect(moduleOf(split, 'build')).toBe(
        `export { default } from ${JSON.stringify(`${split?.texts}?url`)};`,
      );
      expect(moduleOf(null, 'build')).toBe('export default null;');
    } finally {
      process.env.VITEST = vitest;
    }
    expect(moduleOf(split, 'build')).toBe('export default null;');
    expect(moduleOf(split, 'serve')).toBe('export default null;');
  });
});
