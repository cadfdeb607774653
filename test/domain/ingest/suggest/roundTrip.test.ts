import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** A copy of data/ in `name` with the new files and the draft entries appended. */
function dataWith(
  name: string,
  files: { file: string; text: string }[],
  drafts: { articlesJson: unknown[]; eventsJson: unknown[] },
): string {
  const data = path.join(dir, name);
  cpSync(DATA_DIR, data, { recursive: true });
  for (const f of files) writeFileSync(path.join(data, 'articles', f.file), f.text);
  const append = (file: string, records: unknown[]) => {
    const at = path.join(data, file);
    const existing = JSON.parse(readFileSync(at, 'utf8')) as unknown[];
    writeFileSync(at, JSON.stringify([...existing, ...records], null, 2));
  };
  append('articles.json', drafts.articlesJson);
  append('events.json', drafts.eventsJson);
  return data;
}

describe('suggest → copy into data/ → npm run ingest', () => {
  it('compiles, dates each new event from its phrase, and finds its mentions', () => {
    const result = suggest(suggestInputs());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const s = result.suggestion;

    const text = readFileSync(path.join(NEW_ARTICLES_DIR, FIXTURE_FILE), 'utf8');
    const data = dataWith('data', [{ file: FIXTURE_FILE, text }], s);

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

  it('needs the editor’s date for an undatable article, then compiles with it', () => {
    const file = 'undated.txt';
    const text =
      'Talks stall again\n\nNegotiators met in Istanbul on Tuesday. The Kremlin said on Friday that nothing had changed.\n';
    const bytes = new TextEncoder().encode(text);
    const inputs = suggestInputs([{ file, bytes }]);
    const unknown = suggest(inputs);
    if (!unknown.ok) throw new Error('expected ok');
    const refused = runIngest(
      dataWith('data-unknown', [{ file, text }], unknown.suggestion),
      path.join(dir, 'unknown.json'),
    );
    expect(!refused.ok && refused.problems.map((p) => p.field)).toEqual(['overrides.published']);

    const given = suggest({ ...inputs, published: { [file]: '2022-03-30' } });
    if (!given.ok) throw new Error('expected ok');
    const run = runIngest(
      dataWith('data-given', [{ file, text }], given.suggestion),
      path.join(dir, 'given.json'),
    );
    if (!run.ok) throw new Error(JSON.stringify(run.problems, null, 2));
    expect(run.dataset.articles.find((a) => a.file === file)?.published).toBe('2022-03-30');
    const ids = new Set(given.suggestion.eventsJson.map((e) => e.id));
    expect(run.warnings.filter((w) => ids.has(w.id))).toEqual([]);
    expect(run.dataset.events.filter((e) => ids.has(e.id)).map((e) => e.date)).toEqual([
      '2022-03-25',
      '2022-03-29',
    ]);
  });
});
