/** Singular or plural noun with its count: `1 event`, `3 events`. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** Lower-cases and strips accents so "kyiv" finds "Kyïv" in search-as-you-type. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
