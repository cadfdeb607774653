import { hasUnpairedBidiControl } from '../ingest/bidi.ts';
import type { Dataset } from '../types.ts';
import type { DatasetProblem } from './validateDataset.ts';

/**
 * A warning for every field of a compiled dataset that readers see and that holds a direction
 * control without its partner (the same rule the ingest warns about, for datasets made
 * elsewhere): the app isolates each field, but the text inside it still reads reversed.
 */
export function datasetBidiWarnings(data: Dataset, file: string): DatasetProblem[] {
  const warnings: DatasetProblem[] = [];
  const check = (id: string, field: string, text: string | null | undefined) => {
    if (typeof text !== 'string' || !hasUnpairedBidiControl(text)) return;
    warnings.push({
      file,
      id,
      field,
      message:
        'holds a right-to-left or left-to-right control without its partner (U+202A-202E, U+2066-2069): remove it or close it',
    });
  };
  data.articles.forEach((a, i) => {
    for (const key of ['title', 'outlet', 'author', 'byline'] as const) {
      check(a.id, `articles[${i}].${key}`, a[key]);
    }
  });
  data.actors.forEach((a, i) => {
    check(a.id, `actors[${i}].name`, a.name);
    check(a.id, `actors[${i}].role`, a.role);
  });
  data.places.forEach((p, i) => check(p.id, `places[${i}].name`, p.name));
  data.events.forEach((e, i) => {
    check(e.id, `events[${i}].title`, e.title);
    check(e.id, `events[${i}].summary`, e.summary);
  });
  return warnings;
}
