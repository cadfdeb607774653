import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../../../scripts/lib/runIngest.ts';
import { suggest } from '../../../../src/domain/ingest/suggest/suggest.ts';
import { DATA_DIR } from '../fixture.ts';
import { FIXTURE_FILE, NEW_ARTICLES_DIR, suggestInputs } from './fixture.ts';

// The editor's round trip: the draft entries, copied unchanged into a copy of data/ with the
// new article, pass the real ingest and date every event as suggested, with no warning.

const dir = mkdtempSync(path.join(os.tmpdir(), 'sourceline-suggest-roundtrip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('suggest → copy into data/ → npm run ingest', () => {
  it('compiles, dates each new event from its phrase, and finds its mentions', () => {
    const result = suggest(suggestInputs());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const s = result.suggestion;

    const data = path.join(dir, 'data');
    cpSync(DATA_DIR, data, { recursive: true });
    copyFileSync(
      path.join(NEW_ARTICLES_DIR, FIXTURE_FILE),
      path.join(data, 'articles', FIXTURE_FILE),
    );
    const append = (name: string, records: unknown[]) => {
      const file = path.join(data, name);
      const existing = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
      writeFileSync(file, JSON.stringify([...existing, ...records], null, 2));
    };
    append('articles.json', s.articlesJson);
    append('events.json', s.eventsJson);

    const run = runIngest(data, path.join(dir, 'dataset.json'));
    if (!run.ok) throw new Error(JSON.stringify(run.problems, null, 2));
    const article = run.dataset.articles.find((a) => a.file === FIXTURE_FILE);
    expect(article).toMatchObject({
      id: 'red-cross-convoy-turned-back-from',
      published: '2022-04-04',
      outlet: 'Harbour Wire',
      author: 'Anna Keller',
    });
    const newIds = new Set(s.eventsJson.map((e) => e.id));
    expect(run.warnings.filter((w) => newIds.has(w.id))).toEqual([]);
    for (const c of s.candidates) {
      const event = run.dataset.events.find((e) => e.id === c.id);
      expect(event?.date).toBe(c.date);
      expect(event?.dateBasis).toContain(`“${c.datePhrase}”`);
      expect(event?.evidence[0]).toMatchObject({ paragraph: c.paragraph, start: c.start });
    }
    const mentioned = new Set(
      run.dataset.mentions.filter((m) => m.article === article?.id).map((m) => m.id),
    );
    for (const id of ['red-cross', 'mariupol', 'istanbul', 'david-arakhamia', 'kremlin']) {
      expect(mentioned.has(id)).toBe(true);
    }
  });
});
