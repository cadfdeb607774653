import { describe, expect, it } from 'vitest';
import {
  ambiguousSurfaces,
  buildMatcher,
  indexMentions,
  type Surface,
} from '../../../src/domain/ingest/entities.ts';

const GAZETTEER: Surface[] = [
  { text: 'Sergey Lavrov', entity: 'actor', id: 'sergey-lavrov' },
  { text: 'Lavrov', entity: 'actor', id: 'sergey-lavrov' },
  { text: 'Russian Foreign Minister', entity: 'actor', id: 'sergey-lavrov' },
  { text: 'Russia', entity: 'place', id: 'russia' },
  { text: 'Russian', entity: 'actor', id: 'russian-government' },
  { text: 'Ukraine’s military', entity: 'actor', id: 'ukrainian-military' },
  { text: 'Ukraine', entity: 'place', id: 'ukraine' },
  { text: 'U.S.', entity: 'place', id: 'united-states' },
];

const match = buildMatcher(GAZETTEER);
const spans = (text: string) => match(text).map((m) => [text.slice(m.start, m.end), m.id]);

describe('buildMatcher', () => {
  it.each([
    ['Sergey Lavrov said', [['Sergey Lavrov', 'sergey-lavrov']]],
    [
      'Russian Foreign Minister Sergey Lavrov',
      [
        ['Russian Foreign Minister', 'sergey-lavrov'],
        ['Sergey Lavrov', 'sergey-lavrov'],
      ],
    ],
    ['Lavrov’s claims', [['Lavrov', 'sergey-lavrov']]],
    ["Lavrov's claims", [['Lavrov', 'sergey-lavrov']]],
    ["Ukraine's military said", [["Ukraine's military", 'ukrainian-military']]],
    ['Ukraine’s president', [['Ukraine', 'ukraine']]],
    ['Russians and Russia', [['Russia', 'russia']]],
    ['russia (lower case)', []],
    ['the U.S. said', [['U.S.', 'united-states']]],
    ['LavrovX and XLavrov', []],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('matches nothing with an empty gazetteer', () => {
    expect(buildMatcher([])('Lavrov')).toEqual([]);
  });
});

describe('indexMentions', () => {
  it('indexes every paragraph, sorted by article id, paragraph, start', () => {
    const mentions = indexMentions(
      [
        { id: 'b-article', paragraphs: ['Ukraine and Russia.'] },
        { id: 'a-article', paragraphs: ['No names.', 'Lavrov met Ukraine.'] },
      ],
      GAZETTEER,
    );
    expect(mentions).toEqual([
      {
        article: 'a-article',
        paragraph: 1,
        start: 0,
        end: 6,
        entity: 'actor',
        id: 'sergey-lavrov',
      },
      { article: 'a-article', paragraph: 1, start: 11, end: 18, entity: 'place', id: 'ukraine' },
      { article: 'b-article', paragraph: 0, start: 0, end: 7, entity: 'place', id: 'ukraine' },
      { article: 'b-article', paragraph: 0, start: 12, end: 18, entity: 'place', id: 'russia' },
    ]);
  });
});

describe('ambiguousSurfaces', () => {
  it('reports a surface shared by two entities', () => {
    expect(
      ambiguousSurfaces([
        { text: 'Kyiv', entity: 'place', id: 'kyiv' },
        { text: 'Kyiv', entity: 'actor', id: 'ukraine-government' },
        { text: 'Kuleba', entity: 'actor', id: 'dmytro-kuleba' },
      ]),
    ).toEqual([{ text: 'Kyiv', ids: ['place:kyiv', 'actor:ukraine-government'] }]);
  });
});
