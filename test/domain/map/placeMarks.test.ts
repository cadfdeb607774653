import { describe, expect, it } from 'vitest';
import { atlasName, placeMarks } from '../../../src/domain/map/placeMarks';
import { makeEvent, makePlace } from '../../helpers/factories';

const places = new Map(
  [
    makePlace({ id: 'kyiv', name: 'Kyiv', lat: 50.45, lon: 30.52 }),
    makePlace({ id: 'ukraine', name: 'Ukraine', kind: 'country', lat: 49, lon: 31.4 }),
    makePlace({ id: 'donbas', name: 'Donbas', kind: 'region', lat: null, lon: null }),
    makePlace({ id: 'us', name: 'United States', kind: 'country', lat: 39.8, lon: -98.6 }),
  ].map((p) => [p.id, p]),
);

describe('placeMarks', () => {
  it('counts each event once per place, most events first, countries approximate', () => {
    const { marks, unplaced } = placeMarks(
      [
        makeEvent({ id: 'a', places: ['kyiv', 'ukraine', 'kyiv'] }),
        makeEvent({ id: 'b', places: ['ukraine', 'donbas'] }),
        makeEvent({ id: 'c', places: ['nowhere'] }),
      ],
      places,
    );
    expect(marks.map((m) => [m.place.id, m.events, m.approximate])).toEqual([
      ['ukraine', ['a', 'b'], true],
      ['kyiv', ['a'], false],
    ]);
    expect(unplaced.map((p) => p.id)).toEqual(['donbas']);
  });

  it('gives no marks for no events', () => {
    expect(placeMarks([], places)).toEqual({ marks: [], unplaced: [] });
  });

  it.each([
    ['United States', 'United States of America'],
    ['Ukraine', 'Ukraine'],
  ])('names %s as the atlas does', (name, expected) => {
    expect(atlasName(makePlace({ id: 'x', name }))).toBe(expected);
  });
});
