import { describe, expect, it } from 'vitest';
import { cityCandidates, type GazetteerCity } from '../../../src/domain/workspace/cityCandidates';

const city = (c: Partial<GazetteerCity>): GazetteerCity => ({
  city: 'X',
  city_ascii: 'X',
  country: 'Nowhere',
  province: '',
  lat: 0,
  lng: 0,
  pop: 0,
  ...c,
});

describe('city candidates from the offline gazetteer', () => {
  const cities = [
    city({
      city: 'Odesa',
      city_ascii: 'Odessa',
      country: 'Ukraine',
      province: 'Odes’ka',
      lat: 46.48572,
      lng: 30.74383,
      pop: 1000,
    }),
    city({
      city: 'Odessa',
      country: 'United States of America',
      province: 'Texas',
      lat: 31.8457,
      lng: -102.3676,
      pop: 100,
    }),
    city({
      city: 'Zürich',
      city_ascii: 'Zurich',
      country: 'Switzerland',
      province: 'Zürich',
      lat: 47.38,
      lng: 8.54,
      pop: 10,
    }),
  ];

  it('matches the name or its ASCII spelling, ignoring case and accents, most populous first', () => {
    expect(cityCandidates(cities, 'odessa').map((c) => c.label)).toEqual([
      'Odesa, Odes’ka, Ukraine',
      'Odessa, Texas, United States of America',
    ]);
    expect(cityCandidates(cities, ' ZURICH ')).toEqual([
      { label: 'Zürich, Switzerland', lat: 47.38, lon: 8.54 },
    ]);
  });

  it('rounds coordinates to four places, and finds nothing for an empty or unknown name', () => {
    expect(cityCandidates(cities, 'Odesa')[0]).toMatchObject({ lat: 46.4857, lon: 30.7438 });
    expect(cityCandidates(cities, '')).toEqual([]);
    expect(cityCandidates(cities, 'Atlantis')).toEqual([]);
    expect(cityCandidates(cities, 'odessa', 1)).toHaveLength(1);
  });
});
