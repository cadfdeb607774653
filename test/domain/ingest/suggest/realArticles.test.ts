import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../../src/domain/ingest/suggest/suggest.ts';
import type { Dataset } from '../../../../src/domain/types.ts';
import { DATA_DIR } from '../fixture.ts';
import { suggestInputs } from './fixture.ts';

// How close the suggestions come to what curators made by hand: the five real articles are
// fed to suggest as if they were new, and compared with data/events.json and the compiled
// dataset. The figures are in src/domain/ingest/README.md; the floors here keep them honest.

const read = (name: string) => JSON.parse(readFileSync(path.join(DATA_DIR, name), 'utf8'));
const dataset = JSON.parse(
  readFileSync(path.resolve(DATA_DIR, '../src/generated/dataset.json'), 'utf8'),
) as Dataset;
const curated = read('events.json') as {
  date: string;
  kind: string;
  evidence: { article: string; quote: string }[];
}[];

describe('suggest on the real articles, as if new', () => {
  const files = readdirSync(path.join(DATA_DIR, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({
      file,
      bytes: new Uint8Array(readFileSync(path.join(DATA_DIR, 'articles', file))),
    }));
  const inputs = { ...suggestInputs(files), articlesMeta: [], events: [] };
  const result = suggest(inputs);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const s = result.suggestion;
  const realId = new Map(
    s.articles.map((a) => [a.id, dataset.articles.find((d) => d.file === a.file)?.id]),
  );

  it('infers the same publication date as ingest wherever the text alone dates it', () => {
    const dates = s.articles.map((a) => [
      a.published,
      dataset.articles.find((d) => d.file === a.file)?.published,
    ]);
    // 000 is dated by ingest only through events it shares with other articles: unknown here.
    expect(dates.filter(([mine]) => mine === null)).toHaveLength(1);
    for (const [mine, real] of dates) if (mine !== null) expect(mine).toBe(real);
  });

  it('puts curated evidence in candidate sentences, mostly with the curated date', () => {
    const pairs = curated.flatMap((e) =>
      e.evidence.flatMap((q) => {
        const c = s.candidates.find(
          (x) =>
            realId.get(x.article) === q.article &&
            (x.quote.includes(q.quote) || q.quote.includes(x.quote)),
        );
        return c ? [{ e, c }] : [];
      }),
    );
    const sameDate = pairs.filter(({ e, c }) => e.date === c.date).length;
    const sameKind = pairs.filter(({ e, c }) => e.kind === c.kind).length;
    expect(pairs.length).toBeGreaterThanOrEqual(30);
    expect(sameDate / pairs.length).toBeGreaterThanOrEqual(0.75);
    expect(sameKind / pairs.length).toBeGreaterThanOrEqual(0.35);
  });
});
