/** One city of the offline gazetteer (the fields of city-timezones' records that are used). */
export interface GazetteerCity {
  city: string;
  city_ascii: string;
  country: string;
  province: string;
  lat: number;
  lng: number;
  pop: number;
}

/** A candidate for a place the editor names: where the gazetteer puts a city of that name. */
export interface CityCandidate {
  label: string;
  lat: number;
  lon: number;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * The gazetteer's cities called `name` (accents and case ignored; the ASCII spelling too), the
 * most populous first, at most `limit`: "Kharkiv, Kharkiv, Ukraine (49.99, 36.23)".
 */
export function cityCandidates(
  cities: readonly GazetteerCity[],
  name: string,
  limit = 5,
): CityCandidate[] {
  const wanted = fold(name);
  if (wanted === '') return [];
  return cities
    .filter((c) => fold(c.city) === wanted || fold(c.city_ascii) === wanted)
    .toSorted((a, b) => b.pop - a.pop)
    .slice(0, limit)
    .map((c) => ({
      label: [c.city, c.province, c.country]
        .filter((x, i, all) => x && all.indexOf(x) === i)
        .join(', '),
      lat: Number(c.lat.toFixed(4)),
      lon: Number(c.lng.toFixed(4)),
    }));
}
