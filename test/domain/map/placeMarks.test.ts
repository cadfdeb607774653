import { describe, expect, it } from 'vitest';
import {
  atlasName,
  eventsInWindow,
  fitPoints,
  placeMarks,
} from '../../../src/domain/map/placeMarks';
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

  it("counts each place's events in the timeline's window (a day overlapping it counts)", () => {
    const events = [
      makeEvent({ id: 'a', date: '2022-03-09', places: ['kyiv', 'ukraine'] }),
      makeEvent({ id: 'b', date: '2022-03-11', places: ['ukraine'] }),
    ];
    const window = [Date.parse('2022-03-09T20:00Z'), Date.parse('2022-03-11T01:00Z')] as const;
    const inView = eventsInWindow(events, window);
    expect([...(inView ?? [])].sort()).toEqual(['a', 'b']);
    expect(
      eventsInWindow(events, [Date.parse('2022-03-10T00:00Z'), Date.parse('2022-03-11T00:00Z')]),
    ).toEqual(new Set());
    expect(eventsInWindow(events, null)).toBeNull();
    const narrow = eventsInWindow(events, [
      Date.parse('2022-03-11T00:00Z'),
      Date.parse('2022-03-12T00:00Z'),
    ]);
    const { marks } = placeMarks(events, places, narrow);
    expect(marks.map((m) => [m.place.id, m.inView])).toEqual([
      ['ukraine', 1],
      ['kyiv', 0],
    ]);
    expect(placeMarks(events, places).marks.map((m) => m.inView)).toEqual([2, 1]);
  });

  it('fits to cities and regions, to countries only when there is nothing smaller', () => {
    const both = placeMarks([makeEvent({ places: ['kyiv', 'us'] })], places).marks;
    expect(fitPoints(both, places.values())).toEqual([[30.52, 50.45]]);
    const countries = placeMarks([makeEvent({ places: ['us'] })], places).marks;
    expect(fitPoints(countries, places.values())).toEqual([[-98.6, 39.8]]);
  });

  it("fits to the story's own places when no shown event has one, the whole world without any", () => {
    expect(fitPoints([], places.values())).toEqual([[30.52, 50.45]]);
    const countriesOnly = [...places.values()].filter((p) => p.kind === 'country');
    expect(fitPoints([], countriesOnly)).toEqual([
      [31.4, 49],
      [-98.6, 39.8],
    ]);
    expect(fitPoints([], [])).toEqual([]);
  });

  it('keeps where an event happened apart from what it is about', () => {
    const { marks } = placeMarks(
      [
        makeEvent({ id: 'strike', places: ['kyiv'], aboutPlaces: [] }),
        makeEvent({ id: 'statement', places: ['us'], aboutPlaces: ['kyiv', 'ukraine', 'us'] }),
      ],
      places,
    );
    expect(marks.map((m) => [m.place.id, m.events, m.about])).toEqual([
      ['kyiv', ['strike'], ['statement']],
      // An event about the place it happened in counts once, as having happened there.
      ['us', ['statement'], []],
      ['ukraine', [], ['statement']],
    ]);
  });
});
