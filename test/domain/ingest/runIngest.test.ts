import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngest } from '../../../scripts/lib/runIngest.ts';
import { FIXTURE_DIR } from './fixture.ts';

let dir: string;
let data: string;
let out: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ingest-'));
  data = path.join(dir, 'data');
  cpSync(FIXTURE_DIR, data, { recursive: true });
  out = path.join(dir, 'dataset.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('runIngest', () => {
  it('writes 2-space JSON with a trailing newline, and the same bytes twice', () => {
    const run = runIngest(data, out);
    expect(run.ok).toBe(true);
    const first = readFileSync(out, 'utf8');
    expect(first.endsWith('}\n')).toBe(true);
    expect(first).toBe(`${JSON.stringify(JSON.parse(first), null, 2)}\n`);
    runIngest(data, out);
    expect(readFileSync(out, 'utf8')).toBe(first);
    // No temporary file is left behind.
    expect(readdirSync(dir).sort()).toEqual(['data', 'dataset.json']);
  });

  it('writes nothing on failure and leaves an existing output untouched', () => {
    writeFileSync(out, 'previous\n');
    const events = JSON.parse(readFileSync(path.join(data, 'events.json'), 'utf8'));
    events[0].date = '2022-02-30';
    writeFileSync(path.join(data, 'events.json'), JSON.stringify(events));
    const run = runIngest(data, out);
    expect(run.ok).toBe(false);
    expect(readFileSync(out, 'utf8')).toBe('previous\n');
    expect(readdirSync(dir).sort()).toEqual(['data', 'dataset.json']);
  });

  it('writes nothing when there was no output before either', () => {
    rmSync(path.join(data, 'articles', '002_followup.txt'));
    const run = runIngest(data, out);
    expect(run).toMatchObject({ ok: false });
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [
      'invalid JSON',
      (d: string) => writeFileSync(path.join(d, 'places.json'), '[{'),
      /^not valid JSON/,
    ],
    ['a missing file', (d: string) => rmSync(path.join(d, 'actors.json')), /^file is missing$/],
    [
      'a curated file that is not UTF-8 (never read as U+FFFD)',
      // "Kyïv" written in Latin-1: ï is the lone byte 0xEF.
      (d: string) =>
        writeFileSync(
          path.join(d, 'places.json'),
          Buffer.concat([Buffer.from('[{"id": "kyiv", "name": "Ky'), Buffer.from([0xef, 0x76])]),
        ),
      /^not valid UTF-8$/,
    ],
    [
      'a folder named like an article',
      (d: string) => mkdirSync(path.join(d, 'articles', '003_folder.txt')),
      /^is a folder, not a file$/,
    ],
  ])('reports %s by file name', (_, breakIt, message) => {
    breakIt(data);
    const run = runIngest(data, out);
    expect(run.ok).toBe(false);
    if (!run.ok)
      expect(run.problems).toEqual([
        expect.objectContaining({ message: expect.stringMatching(message) }),
      ]);
    expect(existsSync(out)).toBe(false);
  });
});
