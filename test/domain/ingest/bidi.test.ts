import { describe, expect, it } from 'vitest';
import { bidiWarnings, hasUnpairedBidiControl } from '../../../src/domain/ingest/bidi.ts';
import { makeActor, makeArticle, makeEvent } from '../../helpers/factories';

describe('hasUnpairedBidiControl', () => {
  it.each([
    ['Chris Lange', false],
    ['\u202Egnp.exe\u202C', false],
    ['\u2067مرحبا\u2069 and \u202Bx\u202C', false],
    ['\u2066a \u202Eb\u202C c\u2069', false],
    ['Chris Lange\u202E', true],
    ['a\u202C', true],
    ['\u2067open isolate', true],
    ['\u202Ecrossed\u2069\u202C', true],
    ['\u2069', true],
  ])('%j -> %s', (text, expected) => {
    expect(hasUnpairedBidiControl(text)).toBe(expected);
  });
});

describe('bidiWarnings', () => {
  it('names the file, record and field of each unpaired control', () => {
    const warnings = bidiWarnings({
      articles: [makeArticle({ author: 'Chris Lange\u202E' })],
      actors: [makeActor({ id: 'x', name: 'X', role: '\u2067role' })],
      places: [],
      events: [makeEvent({ summary: 'fine \u202Eeuqs\u202C' })],
    });
    expect(warnings.map(({ kind, file, id, field }) => [kind, file, id, field])).toEqual([
      ['bidi-control', 'data/articles/000.txt', 'article-a', 'author'],
      ['bidi-control', 'data/actors.json', 'x', 'role'],
    ]);
  });
});
