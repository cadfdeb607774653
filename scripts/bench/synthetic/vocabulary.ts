import type { Actor, ActorKind, Place } from '../../../src/domain/types';

/**
 * The cast and the map of synthetic stories. People, governments and organisations are
 * fictional (a synthetic event never puts words in a real person's mouth); places are real
 * cities, countries and regions with their real coordinates, so the map looks plausible.
 */

/** Fictional states and their adjectives. */
const STATES: ReadonlyArray<readonly [name: string, adjective: string]> = [
  ['Arvenia', 'Arvenian'],
  ['Belmora', 'Belmoran'],
  ['Calderon', 'Calderonian'],
  ['Dravia', 'Dravian'],
  ['Estmark', 'Estmarkish'],
  ['Fennick', 'Fennish'],
  ['Galvoria', 'Galvorian'],
  ['Halvard', 'Halvardian'],
  ['Iskara', 'Iskaran'],
  ['Jorvik', 'Jorvikian'],
  ['Kestria', 'Kestrian'],
  ['Lunmark', 'Lunmarkish'],
];

const FIRST = [
  'Alena',
  'Bogdan',
  'Celia',
  'Darius',
  'Elif',
  'Farid',
  'Greta',
  'Hakan',
  'Irina',
  'Jonas',
  'Katya',
  'Lev',
  'Maren',
  'Nikos',
  'Olena',
  'Pavel',
  'Rana',
  'Stefan',
  'Tamar',
  'Viktor',
  'Yara',
  'Zoran',
  'Ines',
  'Milan',
] as const;
const LAST = [
  'Varga',
  'Koval',
  'Brandt',
  'Okafor',
  'Demir',
  'Halloran',
  'Ivanova',
  'Lind',
  'Moreau',
  'Novak',
  'Petrov',
  'Quist',
  'Rahimi',
  'Sorensen',
  'Tamm',
  'Udall',
  'Vasquez',
  'Weiss',
  'Yilmaz',
  'Zeller',
  'Abbas',
  'Berg',
  'Castell',
  'Dunne',
] as const;
const ROLES = [
  'Foreign Minister',
  'President',
  'Defence Minister',
  'Chief negotiator',
  'Prime Minister',
  'Spokesperson',
  'Ambassador to the United Nations',
  'Regional governor',
] as const;

const ORGANISATIONS = [
  'Relief Alliance',
  'Continental Monitoring Mission',
  'Committee for Civil Protection',
  'Harbour Workers Union',
  'Red Lantern Society',
  'Council of Northern States',
] as const;
const MEDIA = ['Meridian Wire', 'Northern Ledger', 'Coastal Herald', 'Evening Dispatch'] as const;

/** A slug for ids: lower case, ASCII letters and digits, hyphens. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function actor(name: string, kind: ActorKind, role: string, affiliation: string | null): Actor {
  return { id: slug(name), name, aliases: [], kind, role, affiliation };
}

/** 58 actors: 12 governments, 12 armed forces, 24 people, 6 organisations and 4 media. */
export function makeActors(): Actor[] {
  const governments = STATES.map(([name]) =>
    actor(`Government of ${name}`, 'government', `${name}’s state authorities`, null),
  );
  const militaries = STATES.map(([name, adjective], i) =>
    actor(
      `${adjective} Armed Forces`,
      'military',
      `${name}’s armed forces`,
      governments[i]?.id ?? null,
    ),
  );
  const people = FIRST.map((first, i) => {
    const last = LAST[i] ?? 'Doe';
    const [state] = STATES[i % STATES.length] ?? ['Arvenia'];
    const role = ROLES[i % ROLES.length] ?? 'Official';
    const government = governments[i % governments.length]?.id ?? null;
    return {
      ...actor(`${first} ${last}`, 'person', `${role} of ${state}`, government),
      aliases: [last],
    };
  });
  const organisations = ORGANISATIONS.map((o) =>
    actor(o, 'organisation', 'International organisation', null),
  );
  const media = MEDIA.map((m) => actor(m, 'media', 'News outlet', null));
  return [...governments, ...militaries, ...people, ...organisations, ...media];
}

type CityRow = readonly [name: string, country: string, lat: number, lon: number];

const CITIES: readonly CityRow[] = [
  ['Kyiv', 'Ukraine', 50.45, 30.52],
  ['Kharkiv', 'Ukraine', 49.99, 36.23],
  ['Odesa', 'Ukraine', 46.48, 30.72],
  ['Lviv', 'Ukraine', 49.84, 24.03],
  ['Dnipro', 'Ukraine', 48.46, 35.05],
  ['Mariupol', 'Ukraine', 47.1, 37.55],
  ['Chernihiv', 'Ukraine', 51.5, 31.3],
  ['Mykolaiv', 'Ukraine', 46.97, 31.99],
  ['Zaporizhzhia', 'Ukraine', 47.84, 35.14],
  ['Sumy', 'Ukraine', 50.91, 34.8],
  ['Poltava', 'Ukraine', 49.59, 34.55],
  ['Kherson', 'Ukraine', 46.64, 32.62],
  ['Warsaw', 'Poland', 52.23, 21.01],
  ['Krakow', 'Poland', 50.06, 19.94],
  ['Rzeszow', 'Poland', 50.04, 22.0],
  ['Berlin', 'Germany', 52.52, 13.4],
  ['Munich', 'Germany', 48.14, 11.58],
  ['Paris', 'France', 48.86, 2.35],
  ['Brussels', 'Belgium', 50.85, 4.35],
  ['Vienna', 'Austria', 48.21, 16.37],
  ['Geneva', 'Switzerland', 46.2, 6.14],
  ['Istanbul', 'Turkey', 41.01, 28.98],
  ['Ankara', 'Turkey', 39.93, 32.86],
  ['Antalya', 'Turkey', 36.9, 30.7],
  ['Minsk', 'Belarus', 53.9, 27.56],
  ['Chisinau', 'Moldova', 47.01, 28.86],
  ['Bucharest', 'Romania', 44.43, 26.1],
  ['Budapest', 'Hungary', 47.5, 19.04],
  ['Vilnius', 'Lithuania', 54.69, 25.28],
  ['Riga', 'Latvia', 56.95, 24.11],
  ['Tallinn', 'Estonia', 59.44, 24.75],
  ['Helsinki', 'Finland', 60.17, 24.94],
  ['London', 'United Kingdom', 51.51, -0.13],
  ['Washington', 'United States', 38.9, -77.04],
  ['New York', 'United States', 40.71, -74.01],
  ['Beijing', 'China', 39.9, 116.41],
];

const COUNTRY_CENTRES: Readonly<Record<string, readonly [number, number]>> = {
  Ukraine: [49.0, 31.4],
  Poland: [52.1, 19.4],
  Germany: [51.17, 10.45],
  France: [46.6, 2.2],
  Belgium: [50.6, 4.7],
  Austria: [47.6, 14.1],
  Switzerland: [46.8, 8.2],
  Turkey: [39.0, 35.2],
  Belarus: [53.7, 27.95],
  Moldova: [47.2, 28.5],
  Romania: [45.9, 24.97],
  Hungary: [47.16, 19.5],
  Lithuania: [55.2, 23.9],
  Latvia: [56.9, 24.6],
  Estonia: [58.6, 25.0],
  Finland: [64.0, 26.0],
  'United Kingdom': [54.0, -2.5],
  'United States': [39.8, -98.6],
  China: [35.9, 104.2],
};

const REGIONS: ReadonlyArray<readonly [name: string, country: string]> = [
  ['Donbas', 'Ukraine'],
  ['Black Sea coast', 'Ukraine'],
  ['Baltic region', 'Lithuania'],
  ['Carpathians', 'Romania'],
];

/** 36 cities with coordinates, their 19 countries, and 4 regions (no coordinates). */
export function makePlaces(): Place[] {
  const countries: Place[] = Object.entries(COUNTRY_CENTRES).map(([name, [lat, lon]]) => ({
    id: slug(name),
    name,
    aliases: [],
    kind: 'country',
    country: slug(name),
    lat,
    lon,
  }));
  const cities: Place[] = CITIES.map(([name, country, lat, lon]) => ({
    id: slug(name),
    name,
    aliases: [],
    kind: 'city',
    country: slug(country),
    lat,
    lon,
  }));
  const regions: Place[] = REGIONS.map(([name, country]) => ({
    id: slug(name),
    name,
    aliases: [],
    kind: 'region',
    country: slug(country),
    lat: null,
    lon: null,
  }));
  return [...cities, ...countries, ...regions];
}

/** Outlets the synthetic articles come from (null outlet = not stated, as in real clippings). */
export const OUTLETS = [
  'Meridian Wire',
  'Northern Ledger',
  'Coastal Herald',
  'Evening Dispatch',
  'Harbour Times',
  'Plains Gazette',
] as const;

export const AUTHORS = [
  'Mara Lindqvist',
  'Tomas Reyes',
  'Ayla Kaya',
  'Jon Petersen',
  'Nadia Haddad',
  'Ollie Grant',
  'Sofia Marin',
  'Kenji Ota',
] as const;
