/** A map that `getOrCreate` can fill: a Map or a WeakMap. */
interface Fillable<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The value kept under `key`, made by `make` (and kept) the first time it is asked for. */
export function getOrCreate<K, V>(map: Fillable<K, V>, key: K, make: (key: K) => V): V {
  const kept = map.get(key);
  if (kept !== undefined) return kept;
  const made = make(key);
  map.set(key, made);
  return made;
}
