import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { benchBlockNames, type BenchResults, type LighthouseSummary } from './figures';

/** The result files the README's figures come from, relative to the repository. */
export const RESULTS = {
  bench: 'bench/results/latest.json',
  lighthouse: 'bench/results/lighthouse.json',
} as const;

/** README.md and the committed result files, with those its `figures:bench:NAME` blocks name. */
export function readFigureInputs(root: string): {
  readme: string;
  bench: BenchResults;
  lighthouse: LighthouseSummary;
  named: Record<string, BenchResults>;
} {
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
  const readme = read('README.md');
  const named: Record<string, BenchResults> = {};
  for (const name of benchBlockNames(readme))
    named[name] = JSON.parse(read(`bench/results/${name}.json`)) as BenchResults;
  return {
    readme,
    bench: JSON.parse(read(RESULTS.bench)) as BenchResults,
    lighthouse: JSON.parse(read(RESULTS.lighthouse)) as LighthouseSummary,
    named,
  };
}

/** The README as the project's Prettier settings write it (tables aligned). */
export async function formatReadme(root: string, text: string): Promise<string> {
  const file = path.join(root, 'README.md');
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}
