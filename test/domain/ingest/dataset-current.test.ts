import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDataset } from '../../../scripts/lib/runIngest.ts';
import { findJunk } from '../../../src/domain/ingest/clean.ts';
import { compileDataset } from '../../../src/domain/ingest/compile.ts';
import { formatProblem } from '../../../src/domain/ingest/problems.ts';
import { DATA_DIR, loadInputs } from './fixture.ts';

/**
 * The committed src/generated/dataset.json must be what `npm run ingest` makes of data/ now.
 * When this fails after a data edit, run `npm run ingest` and commit the result.
 */
const committedPath = path.resolve(__dirname, '../../../src/generated/dataset.json');
const result = compileDataset(loadInputs(DATA_DIR));

describe('the committed dataset', () => {
  it('compiles from data/ without problems', () => {
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('is current (run `npm run ingest` when this fails)', () => {
    if (!result.ok) throw new Error('data/ does not compile');
    const committed = readFileSync(committedPath, 'utf8');
    expect(JSON.parse(committed)).toEqual(result.dataset);
    expect(committed).toBe(serializeDataset(result.dataset));
  });

  it('has no date mismatches', () => {
    if (!result.ok) throw new Error('data/ does not compile');
    expect(result.warnings.filter((w) => w.kind === 'date-mismatch').map(formatProblem)).toEqual(
      [],
    );
  });

  it('has evidence for every event and every quote at its offsets', () => {
    if (!result.ok) throw new Error('data/ does not compile');
    const { articles, events } = result.dataset;
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const e of events) {
      expect(e.evidence.length, e.id).toBeGreaterThan(0);
      for (const ev of e.evidence) {
        expect(byId.get(ev.article)?.paragraphs[ev.paragraph]?.slice(ev.start, ev.end), e.id).toBe(
          ev.quote,
        );
      }
    }
  });

  it('ships no scraping junk in any text', () => {
    if (!result.ok) throw new Error('data/ does not compile');
    const { articles, events } = result.dataset;
    const texts = [
      ...articles.flatMap((a) => [a.title, ...a.paragraphs]),
      ...events.flatMap((e) => [e.title, e.summary, ...e.evidence.map((ev) => ev.quote)]),
    ];
    expect(texts.filter((t) => findJunk(t).length > 0)).toEqual([]);
  });

  it('dates the five articles as their texts support', () => {
    if (!result.ok) throw new Error('data/ does not compile');
    expect(
      Object.fromEntries(result.dataset.articles.map((a) => [a.file.slice(0, 3), a.published])),
    ).toEqual({
      '000': '2022-03-11',
      '001': '2022-03-11',
      '002': '2022-03-10',
      '003': '2022-03-30',
      '004': '2022-03-10',
    });
  });
});
