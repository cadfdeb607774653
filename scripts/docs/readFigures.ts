import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import type { BenchResults, LighthouseSummary } from './figures';

/** The result files the README's figures come from, relative to the repository. */
export const RESULTS = {
  bench: 'bench/results/latest.json',
  lighthouse: 'bench/results/lighthouse.json',
} as const;

/** README.md and the committed result files. */
export function readFigureInputs(root: string): {
  readme: string;
  bench: BenchResults;
  lighthouse: LighthouseSummary;
} {
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
  return {
    readme: read('README.md'),
    bench: JSON.parse(read(RESULTS.bench)) as BenchResults,
    lighthouse: JSON.parse(read(RESULTS.lighthouse)) as LighthouseSummary,
  };
}

/** The README as the project's Prettier settings write it (tables aligned). */
export async function formatReadme(root: string, text: string): Promise<string> {
  const file = path.join(root, 'README.md');
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}
