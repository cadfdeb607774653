/**
 * `npm run docs:figures`: rewrites the README's measured tables from the result files.
 *
 *   bench/results/latest.json           written by `npm run bench`
 *   bench/results/lighthouse-*.json     written by `npm run lighthouse` (not committed); when
 *                                       present, summarised into bench/results/lighthouse.json
 *   bench/results/lighthouse.json       the committed summary the README is written from
 *
 * `--check` changes nothing and exits 1 when the README does not match the result files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatReadme, readFigureInputs, RESULTS } from './docs/readFigures';
import { summariseLighthouse, writeFigures, type LighthouseSummary } from './docs/figures';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const root = process.cwd();

if (!values.check) {
  // Fresh Lighthouse reports refresh the committed summary.
  const summary: LighthouseSummary = existsSync(path.join(root, RESULTS.lighthouse))
    ? (JSON.parse(readFileSync(path.join(root, RESULTS.lighthouse), 'utf8')) as LighthouseSummary)
    : { mobile: null, desktop: null };
  let fresh = false;
  for (const form of ['mobile', 'desktop'] as const) {
    const file = path.join(root, `bench/results/lighthouse-${form}.json`);
    if (!existsSync(file)) continue;
    summary[form] = summariseLighthouse(JSON.parse(readFileSync(file, 'utf8')));
    fresh = true;
  }
  if (fresh) {
    writeFileSync(path.join(root, RESULTS.lighthouse), `${JSON.stringify(summary, null, 2)}\n`);
  }
}

const { readme, bench, lighthouse, named } = readFigureInputs(root);
const next = await formatReadme(root, writeFigures(readme, bench, lighthouse, named));
if (values.check) {
  if (next !== readme) {
    console.error(
      'docs:figures: README.md does not match the result files; run npm run docs:figures',
    );
    process.exit(1);
  }
  console.log('docs:figures: README.md matches the result files');
} else if (next === readme) {
  console.log('docs:figures: README.md already matches the result files');
} else {
  writeFileSync(path.join(root, 'README.md'), next);
  console.log(
    `docs:figures: README.md rewritten from ${RESULTS.bench} (${bench.date}) and ${RESULTS.lighthouse}`,
  );
}
