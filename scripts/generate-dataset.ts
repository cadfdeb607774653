/**
 * Writes a synthetic compiled dataset (see scripts/bench/synthetic/generate.ts):
 *   npm run generate -- --events 10000 --seed 1 --out bench/data/events-10000.json
 * Options: --events N (required), --seed S (default 1), --months M, --articles A, --out FILE
 * (default bench/data/events-N.json). The dataset is validated before it is written, and
 * written through a temporary file, so a failure never leaves a partial file behind.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems, validateDataset } from '../src/domain/dataset/validateDataset.ts';
import { generateDataset } from './bench/synthetic/generate.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string' },
    seed: { type: 'string', default: '1' },
    months: { type: 'string' },
    articles: { type: 'string' },
    out: { type: 'string' },
  },
});

function integer(name: string, raw: string | undefined, min: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name} must be an integer >= ${min}, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

const events = integer('events', values.events, 0);
if (events === undefined) {
  console.error(
    'usage: npm run generate -- --events N [--seed S] [--months M] [--articles A] [--out FILE]',
  );
  process.exit(2);
}
const seed = integer('seed', values.seed, 0) ?? 1;
const months = integer('months', values.months, 1);
const articles = integer('articles', values.articles, 1);
const out = path.resolve(values.out ?? `bench/data/events-${events}.json`);

const t0 = performance.now();
const dataset = generateDataset({ events, seed, months, articles });
const result = validateDataset(dataset, out);
if (!result.ok) {
  console.error(
    `generated dataset is invalid (a generator bug):\n${formatProblems(result.problems)}`,
  );
  process.exit(1);
}
mkdirSync(path.dirname(out), { recursive: true });
const tmp = `${out}.tmp-${process.pid}`;
writeFileSync(tmp, JSON.stringify(dataset));
renameSync(tmp, out);
const ms = Math.round(performance.now() - t0);
console.log(
  `${path.relative(process.cwd(), out)}: ${dataset.events.length} events, ${dataset.articles.length} articles, ` +
    `${dataset.actors.length} actors, ${dataset.places.length} places, ${dataset.mentions.length} mentions (seed ${seed}, ${ms} ms)`,
);
