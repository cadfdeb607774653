import { cityCandidates, type CityCandidate } from '../../domain/workspace/cityCandidates';

/**
 * Cities called `name` in the offline gazetteer (city-timezones, about 7,300 cities), loaded as
 * a chunk of its own the first time the workspace asks, so the reader's pages never carry it.
 */
export async function findCities(name: string): Promise<CityCandidate[]> {
  const { cityMapping } = await import('city-timezones');
  return cityCandidates(cityMapping, name);
}
