import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SuggestInputs } from '../../../../src/domain/ingest/suggest/suggest.ts';
import { DATA_DIR } from '../fixture.ts';

/** The hand-made new-article folder (test/fixtures/suggest/README.md). */
export const NEW_ARTICLES_DIR = path.resolve(__dirname, '../../../fixtures/suggest/new-articles');
export const FIXTURE_FILE = 'harbour-wire-mariupol-convoy.txt';

/** The fixture article's raw text. */
export const fixtureText = (): string =>
  readFileSync(path.join(NEW_ARTICLES_DIR, FIXTURE_FILE), 'utf8');

const dataJson = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(DATA_DIR, name), 'utf8'));

/** Suggest inputs: the given files (default: the fixture) against the real data/ gazetteer. */
export function suggestInputs(
  files: { file: string; bytes: Uint8Array }[] = [
    { file: FIXTURE_FILE, bytes: new TextEncoder().encode(fixtureText()) },
  ],
): SuggestInputs {
  return {
    folder: 'new-articles',
    files,
    actors: dataJson('actors.json'),
    places: dataJson('places.json'),
    articlesMeta: dataJson('articles.json'),
    events: dataJson('events.json'),
    story: dataJson('story.json'),
    labels: { actors: 'data/actors.json', places: 'data/places.json' },
  };
}

/** A text file as bytes. */
export const textFile = (file: string, text: string) => ({
  file,
  bytes: new TextEncoder().encode(text),
});
