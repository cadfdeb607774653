import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  expectRefused,
  PREVIOUS_OUTPUT,
  repoRoot,
  runScript,
  tempDirEachTest,
} from '../helpers/scriptHarness';

// `npm run ingest` as a user meets it: each fault gives one clear message naming file, record
// and field, exits non-zero, and leaves the previous compiled dataset untouched.

const fixture = path.join(repoRoot, 'test/fixtures/ingest/data');
const tempDir = tempDirEachTest('sourceline-ingest-cli-');
let data: string;
let out: string;

beforeEach(() => {
  data = path.join(tempDir(), 'data');
  out = path.join(tempDir(), 'dataset.json');
  cpSync(fixture, data, { recursive: true });
  writeFileSync(out, PREVIOUS_OUTPUT);
});

const ingest = () => runScript('scripts/ingest.ts', ['--data', data, '--out', out]);

const editJson = (name: string, edit: (records: Array<Record<string, unknown>>) => void) => {
  const file = path.join(data, name);
  const records = JSON.parse(readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
  edit(records);
  writeFileSync(file, JSON.stringify(records));
};
const firstEvent = (r: Array<Record<string, unknown>>) => r[0] as Record<string, unknown>;

describe('npm run ingest on bad input', { timeout: 30_000 }, () => {
  it.each<[string, () => void, RegExp]>([
    [
      'a missing curated file',
      () => rmSync(path.join(data, 'actors.json')),
      /actors\.json.*\(file\).*file is missing/,
    ],
    [
      'an empty article',
      () => writeFileSync(path.join(data, 'articles/001_talks.txt'), ''),
      /001_talks\.txt.*\(contents\): the article file is empty/,
    ],
    [
      'an article that is not UTF-8',
      () =>
        writeFileSync(
          path.join(data, 'articles/001_talks.txt'),
          Buffer.from([0x4b, 0xff, 0xfe, 0x0a]),
        ),
      /001_talks\.txt.*\(contents\): not valid UTF-8/,
    ],
    [
      'a duplicate id',
      () => editJson('events.json', (r) => r.push({ ...firstEvent(r) })),
      /events\.json: event "mariupol-shelling" field id: duplicate id/,
    ],
    [
      'a quote not in the article',
      () =>
        editJson('events.json', (r) => {
          firstEvent(r).evidence = [{ article: 'follow-up', quote: 'Nobody said this.' }];
        }),
      /events\.json: event "mariupol-shelling" field evidence\[0\]\.quote: quote not found verbatim/,
    ],
    [
      'an unknown entity',
      () => editJson('events.json', (r) => (firstEvent(r).actors = ['nobody'])),
      /events\.json: event "mariupol-shelling" field actors\[0\]: unknown actor "nobody"/,
    ],
    [
      'an impossible date',
      () => editJson('events.json', (r) => (firstEvent(r).date = '2022-02-30')),
      /events\.json: event "mariupol-shelling" field date: 2022-02-30 is not a real calendar date/,
    ],
    [
      'a story step naming an unknown event',
      () =>
        writeFileSync(
          path.join(data, 'story.json'),
          JSON.stringify({ steps: [{ event: 'no-such-event', caption: 'A step.' }] }),
        ),
      /story\.json: record "steps\[0\]" field event: unknown event "no-such-event"/,
    ],
    [
      'a folder named like an article',
      () => mkdirSync(path.join(data, 'articles/003_folder.txt')),
      /articles\/003_folder\.txt.*\(contents\): is a folder, not a file/,
    ],
    [
      'a curated file that is not UTF-8',
      () =>
        writeFileSync(
          path.join(data, 'places.json'),
          Buffer.concat([Buffer.from('[{"id": "kyiv", "name": "Ky'), Buffer.from([0xef, 0x76])]),
        ),
      /places\.json.*\(root\): not valid UTF-8/,
    ],
    [
      'a malformed curated file',
      () => writeFileSync(path.join(data, 'places.json'), '[{"id": "kyiv",'),
      /places\.json.*not valid JSON/,
    ],
  ])('%s', (_label, breakIt, message) => {
    breakIt();
    expectRefused(ingest(), message, out);
  });

  it('writes the dataset when the input is good', () => {
    const run = ingest();
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('events');
  });
});
