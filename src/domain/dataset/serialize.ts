import type { Dataset } from '../types.ts';

/** The dataset as written: 2-space JSON and a trailing newline (deterministic, no timestamps). */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
