/**
 * The query part of a link, read and written: the parameter names in their fixed order, and the
 * readers every parameter group shares (src/domain/view/url.ts puts the groups together).
 * Every reader takes the raw values of one key (absent: undefined) and a `problems` list it adds
 * one short sentence to for anything it had to drop.
 */

/** The parameters a link can hold, in the order they are written. */
export const PARAM_ORDER = [
  'actor',
  'place',
  'actorRole',
  'placeRole',
  'source',
  'kind',
  'from',
  'to',
  'scale',
  'lanes',
  'layout',
  'window',
  'map',
  'q',
  'read',
] as const;
export type ParamKey = (typeof PARAM_ORDER)[number];

/** The raw values of one parameter (repeated keys give several), undefined when absent. */
export type ParamValues = (key: ParamKey) => string[] | undefined;

/** What one parameter group writes: a value per key, null for the default (not written). */
export type ParamsWritten<K extends ParamKey> = Record<K, string | null>;

const MAX_LIST_ITEMS = 500;

/** Decodes a percent-escaped component; malformed escapes give null instead of throwing. */
export function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Shortens untrusted text before it is quoted back to the user in a notice. */
export function quoted(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return `“${short}”`;
}

/** The first value of a parameter, decoded (a malformed escape reads as ''). */
export const firstValue = (raw: readonly string[]) => decode(raw[0] ?? '') ?? '';

/** Splits the query part into key/value pairs; a Map, so keys like `__proto__` are just keys. */
export function readParams(query: string, problems: string[]): Map<string, string[]> {
  const params = new Map<string, string[]>();
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? '' : part.slice(eq + 1);
    if (key === null || !(PARAM_ORDER as readonly string[]).includes(key)) {
      problems.push(`Ignored the unknown setting ${quoted(key ?? part)}.`);
      continue;
    }
    params.set(key, [...(params.get(key) ?? []), value]);
  }
  return params;
}

/**
 * Reads a comma list of ids (repeated keys merge), keeping only ids the dataset knows, once
 * each, in the order given.
 */
export function readIdsInOrder(
  raw: string[] | undefined,
  known: ReadonlySet<string>,
  noun: string,
  problems: string[],
): string[] {
  if (!raw) return [];
  const ids = new Set<string>();
  const unknown: string[] = [];
  for (const piece of raw.join(',').split(',').slice(0, MAX_LIST_ITEMS)) {
    if (piece === '') continue;
    const id = decode(piece);
    if (id !== null && known.has(id)) ids.add(id);
    else unknown.push(quoted(id ?? piece));
  }
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 3).join(', ');
    const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : '';
    problems.push(`Unknown ${noun}${unknown.length > 1 ? 's' : ''} ${shown}${more} removed.`);
  }
  return [...ids];
}

/** Reads a single value (the first when repeated) from a fixed set of choices. */
export function readChoice<T extends string>(
  raw: string[] | undefined,
  choices: readonly T[],
  fallback: T,
  noun: string,
  problems: string[],
): T {
  if (!raw) return fallback;
  const value = firstValue(raw);
  if ((choices as readonly string[]).includes(value)) return value as T;
  problems.push(`Unknown ${noun} ${quoted(value)}; showing ${fallback}.`);
  return fallback;
}

/** The ids of a dataset list, for `readIdsInOrder`. */
export const idsOf = (list: ReadonlyArray<{ id: string }>) => new Set(list.map((x) => x.id));

/** A list of ids as written: de-duplicated, percent-encoded, comma-separated. */
export const encodeIds = (list: readonly string[]) =>
  [...new Set(list)].map(encodeURIComponent).join(',');
