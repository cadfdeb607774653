import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { repoRoot, runScript, tempDirEachTest } from '../helpers/scriptHarness';

// `npm run ingest -- --suggest <folder>` end to end, on a copy of the hand-made fixture and a
// copy of data/ (so that a bug could not touch the real data/).

const fixture = path.join(repoRoot, 'test/fixtures/suggest/new-articles');
const tempDir = tempDirEachTest('sourceline-suggest-cli-');
let dir: string;
let folder: string;
let data: string;

beforeEach(() => {
  dir = tempDir();
  folder = path.join(dir, 'new-articles');
  data = path.join(dir, 'data');
  cpSync(fixture, folder, { recursive: true });
  cpSync(path.join(repoRoot, 'data'), data, { recursive: true });
});

const ingest = (...args: string[]) => runScript('scripts/ingest.ts', ['--data', data, ...args]);

/** Every file under `d` with its contents (to prove a run left data/ untouched). */
const snapshot = (d: string) =>
  readdirSync(d, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((f) => {
      const file = path.join(d, f);
      return [f, statSync(file).isFile() ? readFileSync(file, 'utf8') : '(folder)'];
    });

describe('npm run ingest -- --suggest', { timeout: 30_000 }, () => {
  it('writes the drafts into <folder>/suggested by default, and the same bytes twice', () => {
    const before = snapshot(data);
    const run = ingest('--suggest', folder);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      '1 article(s), 7 candidate event(s), 1 dated sentence(s) not proposed',
    );
    expect(run.stdout).toContain(
      '2022-03-29 talks        istanbul-talks-2022-03-29  ← “on Tuesday”',
    );
    const out = path.join(folder, 'suggested');
    expect(readdirSync(out).sort()).toEqual([
      'articles.json',
      'events.json',
      'review.md',
      'suggestions.json',
    ]);
    const events = JSON.parse(readFileSync(path.join(out, 'events.json'), 'utf8')) as {
      id: string;
    }[];
    expect(events.map((e) => e.id)).toContain('kremlin-denial-2022-04-04');
    const review = readFileSync(path.join(out, 'review.md'), 'utf8');
    expect(review).toContain(
      '- published: 2022-04-04 (earliest date consistent with: “in its 40th day”',
    );
    expect(review).toContain('`Spread the love` (social-sharing widget text)');
    const first = readFileSync(path.join(out, 'events.json'), 'utf8');
    expect(ingest('--suggest', folder).status).toBe(0);
    expect(readFileSync(path.join(out, 'events.json'), 'utf8')).toBe(first);
    expect(snapshot(data)).toEqual(before);
  });

  it('writes to --out, creating it', () => {
    const out = path.join(dir, 'drafts', 'april');
    const run = ingest('--suggest', folder, '--out', out);
    expect(run.status).toBe(0);
    expect(existsSync(path.join(out, 'events.json'))).toBe(true);
    expect(existsSync(path.join(folder, 'suggested'))).toBe(false);
  });

  it('works for a new story: a data folder with a gazetteer and no articles or events yet', () => {
    const story = path.join(dir, 'story');
    mkdirSync(story);
    for (const f of ['actors.json', 'places.json']) cpSync(path.join(data, f), path.join(story, f));
    // No story.json yet: "now in its 40th day" counts from a day one the story does not name.
    const undated = ingest('--data', story, '--suggest', folder);
    expect(undated.status).toBe(0);
    expect(undated.stdout).toContain('0 candidate event(s)');
    expect(undated.stdout).toContain(
      "published unknown (no clue in the text bounds the publication date (no day or week count, no “weeks ago”, no shared event with a dated article); “in its 40th day” would need the story's day one, which data/story.json does not name (referenceDates))",
    );
    // The story names its day one: the article is dated by its own clue, its sentences proposed.
    cpSync(path.join(data, 'story.json'), path.join(story, 'story.json'));
    const run = ingest('--data', story, '--suggest', folder);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('7 candidate event(s)');
    expect(run.stdout).toContain(
      'day 40 of the invasion that began 2022-02-24 (day 1) → 2022-04-04',
    );
  });

  it('takes --published for an undatable file', () => {
    writeFileSync(
      path.join(folder, 'undated.txt'),
      'Talks stall again\n\nNegotiators met in Istanbul on Tuesday.\n',
    );
    const run = ingest('--suggest', folder, '--published', 'undated.txt=2022-03-30');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'undated.txt → talks-stall-again: published 2022-03-30 (publication date given by the editor',
    );
    expect(run.stdout).toContain('2022-03-29 talks        istanbul-talks-2022-03-29');
  });

  it.each<[string, () => string[], RegExp]>([
    [
      'a missing folder',
      () => ['--suggest', path.join(dir, 'nope')],
      /nope: file "\(folder\)" field \(path\): folder not found/,
    ],
    [
      'a folder without .txt files',
      () => {
        const empty = path.join(dir, 'empty');
        mkdirSync(empty);
        return ['--suggest', empty];
      },
      /empty: file "\(folder\)" field \(files\): no \.txt article files in the folder/,
    ],
    [
      'a file that is not UTF-8',
      () => {
        writeFileSync(path.join(folder, 'latin1.txt'), Buffer.from([0x4b, 0xe9, 0x0a]));
        return ['--suggest', folder];
      },
      /latin1\.txt: file "latin1\.txt" field \(contents\): not valid UTF-8/,
    ],
    [
      'an empty file',
      () => {
        writeFileSync(path.join(folder, 'empty.txt'), '\n\n');
        return ['--suggest', folder];
      },
      /empty\.txt: file "empty\.txt" field \(contents\): the article file is empty/,
    ],
    [
      'a folder named like an article',
      () => {
        mkdirSync(path.join(folder, 'folder.txt'));
        return ['--suggest', folder];
      },
      /folder\.txt: file "folder\.txt" field \(contents\): is a folder, not a file/,
    ],
    [
      'a missing gazetteer',
      () => {
        rmSync(path.join(data, 'places.json'));
        return ['--suggest', folder];
      },
      /places\.json: place "\(file\)" field \(root\): file is missing/,
    ],
    [
      'a malformed --published',
      () => ['--suggest', folder, '--published', '2022-03-30'],
      /--published 2022-03-30: write it as <file>=<YYYY-MM-DD>/,
    ],
    [
      'an output folder inside data/',
      () => ['--suggest', folder, '--out', path.join(data, 'suggested')],
      /field --out: .* is inside the data folder; suggestions never overwrite data\//,
    ],
  ])('exits 1 and writes nothing on %s', (_name, setup, message) => {
    const args = setup();
    const before = snapshot(data);
    const run = ingest(...args);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^ingest --suggest: /);
    expect(run.stderr).toMatch(message);
    expect(existsSync(path.join(folder, 'suggested'))).toBe(false);
    expect(snapshot(data)).toEqual(before);
  });
});
