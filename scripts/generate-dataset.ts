/**
 * Writes a synthetic compiled dataset (see scripts/bench/synthetic/generate.ts):
 *   npm run generate -- --events 10000 --seed 1 --out bench/data/events-10000.json
 * Options: --events N (required), --seed S (default 1), --months M, --articles A, --out FILE
 * (default bench/data/events-N.json). The dataset is streamed to disk one record per line
 * (scripts/lib/datasetLines.ts) in memory that does not grow with N, through temporary files,
 * so a failure never leaves a partial file behind. Up to IN_MEMORY_CHECK events it is then
 * validated whole; a larger one is validated shard by shard when the build splits it.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems, validateDataset } from '../src/domain/dataset/validateDataset.ts';
import { streamDataset } from './bench/synthetic/generate.ts';
import { createDatasetWriter } from './lib/datasetLines.ts';

/** Up to this many events the written file is read back and validated whole. */
const IN_MEMORY_CHECK = 100_000;

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
mkdirSync(path.dirname(out), { recursive: true });
const writer = createDatasetWriter(out);
let head;
try {
  head = streamDataset(
    { events, seed, months, articles },
    {
      event: writer.event,
      article: (article, mentions) => {
        writer.article(article);
        for (const m of mentions) writer.mention(m);
      },
    },
  );
} catch (error) {
  writer.abort();
  throw error;
}
const counts = writer.counts();
writer.finish(head);
if (events <= IN_MEMORY_CHECK) {
  const result = validateDataset(JSON.parse(readFileSync(out, 'utf8')), out);
  if (!result.ok) {
    rmSync(out);
    console.error(
      `generated dataset is invalid (a generator bug):\n${formatProblems(result.problems)}`,
    );
    process.exit(1);
  }
}
const ms = Math.round(performance.now() - t0);
const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(
  `${path.relative(process.cwd(), out)}: ${counts.events} events, ${counts.articles} articles, ` +
    `${head.actors.length} actors, ${head.places.length} places, ${counts.mentions} mentions (seed ${seed}, ${ms} ms, ${peakMb} MB peak resident)`,
);
