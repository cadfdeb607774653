import path from 'node:path';
import type { Plugin } from 'vite';
import { formatProblems, validateDataset } from '../src/domain/dataset/validateDataset.ts';
import { readJsonFile } from './lib/readFiles.ts';

/**
 * Validates the compiled dataset the build bundles (`DATASET=path` or
 * src/generated/dataset.json) before anything is bundled, and fails the build with every
 * problem listed as `file: record-id field: message`. A dataset that passes is safe for
 * the app's cast in src/data.ts. Build only: the dev server and vitest skip it.
 * (Imports carry `.ts` so Vite's native config loader can load this file.)
 */
export function validateDatasetPlugin(datasetPath: string): Plugin {
  return {
    name: 'sourceline-validate-dataset',
    apply: 'build',
    buildStart() {
      const relative = path.relative(process.cwd(), datasetPath);
      const file = relative.startsWith('..') || relative === '' ? datasetPath : relative;
      const read = readJsonFile(datasetPath);
      if (!read.ok) this.error(`dataset ${file}: ${read.message}`);
      const data = read.value;
      const result = validateDataset(data, file);
      if (!result.ok) {
        this.error(
          `dataset ${file} has ${result.problems.length} problem(s):\n${formatProblems(result.problems)}`,
        );
      }
      if (result.warnings.length > 0) {
        this.warn(
          `dataset ${file} has ${result.warnings.length} warning(s):\n${formatProblems(result.warnings)}`,
        );
      }
      const { events, articles } = result.dataset;
      this.info(`dataset ${file}: ${events.length} events, ${articles.length} articles, valid`);
    },
  };
}
