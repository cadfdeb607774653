import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  expectRefused,
  PREVIOUS_OUTPUT,
  repoRoot,
  runScript,
  tempDirEachTest,
} from '../helpers/scriptHarness';

// `npm run ingest` on the real data with a fault in claims.json or in an event's `responds`:
// one clear line naming file, record and field, exit 1, and the previous dataset untouched.

const tempDir = tempDirEachTest('sourceline-claims-cli-');
let data: string;
let out: string;

beforeEach(() => {
  data = path.join(tempDir(), 'data');
  out = path.join(tempDir(), 'dataset.json');
  cpSync(path.join(repoRoot, 'data'), data, { recursive: true });
  writeFileSync(out, PREVIOUS_OUTPUT);
});

const ingest = () => runScript('scripts/ingest.ts', ['--data', data, '--out', out]);

function edit(
  name: string,
  change: (value: Record<string, unknown>[] & Record<string, unknown>) => void,
) {
  const file = path.join(data, name);
  const value = JSON.parse(readFileSync(file, 'utf8'));
  change(value);
  writeFileSync(file, JSON.stringify(value));
}

describe('npm run ingest with claims and responses', { timeout: 60_000 }, () => {
  it.each<[string, () => void, RegExp]>([
    [
      'a claim quote that is not in the article',
      () =>
        edit('claims.json', (c) => {
          (c.claims as Record<string, unknown>[])[0]!.quote = 'a figure nobody printed';
        }),
      /claims\.json: record "mariupol-deaths-fism-1700" field quote: quote not found verbatim/,
    ],
    [
      'a claim of an unknown quantity',
      () =>
        edit('claims.json', (c) => {
          (c.claims as Record<string, unknown>[])[0]!.quantity = 'bananas';
        }),
      /claims\.json: record "mariupol-deaths-fism-1700" field quantity: unknown quantity "bananas"/,
    ],
    [
      'a response to an unknown event',
      () =>
        edit('events.json', (events) => {
          const e = events.find((x) => x.id === 'kuleba-zero-progress')!;
          e.responds = [{ event: 'no-such-event', relation: 'rebuts' }];
        }),
      /events\.json: event "kuleba-zero-progress" field responds\[0\]\.event: unknown event "no-such-event"/,
    ],
    [
      'a malformed claims.json',
      () => writeFileSync(path.join(data, 'claims.json'), '{"quantities": ['),
      /claims\.json.*not valid JSON/,
    ],
  ])('%s', (_label, breakIt, message) => {
    breakIt();
    expectRefused(ingest(), message, out);
  });

  it('writes the claims, located, when the input is good', () => {
    expect(ingest().status).toBe(0);
    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    expect(dataset.claims.length).toBeGreaterThan(0);
    expect(dataset.claims[0].evidence).toEqual(
      expect.objectContaining({ paragraph: expect.any(Number), start: expect.any(Number) }),
    );
  });
});
