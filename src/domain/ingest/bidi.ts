import type { Actor, Article, DatasetEvent, Place } from '../types.ts';
import { FILES, type Warning } from './problems.ts';

// Embeddings and overrides (LRE, RLE, LRO, RLO) close with PDF; isolates (LRI, RLI, FSI) with PDI.
const OPEN_EMBEDDING = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const OPEN_ISOLATE = new Set(['\u2066', '\u2067', '\u2068']);

/**
 * True when `text` holds a direction control without its partner: an embedding or override
 * never closed, an isolate never closed, or a close with nothing open. The app isolates every
 * field when it shows it, but such text is still reversed inside its own field.
 */
export function hasUnpairedBidiControl(text: string): boolean {
  const open: Array<'embedding' | 'isolate'> = [];
  for (const char of text) {
    if (OPEN_EMBEDDING.has(char)) open.push('embedding');
    else if (OPEN_ISOLATE.has(char)) open.push('isolate');
    else if (char === '\u202C') {
      if (open.pop() !== 'embedding') return true;
    } else if (char === '\u2069') {
      if (open.pop() !== 'isolate') return true;
    }
  }
  return open.length > 0;
}

/** A warning for every shown field of the dataset that holds an unpaired direction control. */
export function bidiWarnings(parts: {
  articles: readonly Article[];
  actors: readonly Actor[];
  places: readonly Place[];
  events: readonly DatasetEvent[];
}): Warning[] {
  const warnings: Warning[] = [];
  const check = (file: string, id: string, field: string, text: string | null) => {
    if (text === null || !hasUnpairedBidiControl(text)) return;
    warnings.push({
      kind: 'bidi-control',
      file,
      id,
      field,
      message:
        'holds a right-to-left or left-to-right control without its partner (U+202A-202E, U+2066-2069): remove it or close it',
    });
  };
  for (const a of parts.articles) {
    for (const field of ['title', 'outlet', 'author', 'byline'] as const) {
      check(FILES.article(a.file), a.id, field, a[field]);
    }
  }
  for (const a of parts.actors) {
    check(FILES.actors, a.id, 'name', a.name);
    check(FILES.actors, a.id, 'role', a.role);
  }
  for (const p of parts.places) check(FILES.places, p.id, 'name', p.name);
  for (const e of parts.events) {
    check(FILES.events, e.id, 'title', e.title);
    check(FILES.events, e.id, 'summary', e.summary);
  }
  return warnings;
}
