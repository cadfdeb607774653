// `npm run ingest`: compiles data/ into src/generated/dataset.json. I/O only; the pipeline
// is src/domain/ingest (see its README). Exits 1 and writes nothing on any problem.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../src/domain/ingest/problems.ts';
import { runIngest } from './lib/runIngest.ts';
import { suggestCommand } from './lib/suggestCommand.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    data: { type: 'string' },
    out: { type: 'string' },
    suggest: { type: 'string' },
    published: { type: 'string', multiple: true },
  },
  strict: true,
});
// `--data <dir> --out <file>` compile another data folder (tests use it for fixtures).
const dataDir = path.resolve(options.data ?? path.join(root, 'data'));
// `--suggest <folder> [--out <dir>] [--published <file>=<YYYY-MM-DD> …]`: draft inputs for new
// articles (docs/EDITORS.md).
if (options.suggest !== undefined) {
  const folder = path.resolve(options.suggest);
  const published: Record<string, string> = {};
  for (const given of options.published ?? []) {
    const at = given.lastIndexOf('=');
    if (at <= 0) {
      console.error(`ingest --suggest: --published ${given}: write it as <file>=<YYYY-MM-DD>`);
      process.exit(1);
    }
    published[given.slice(0, at)] = given.slice(at + 1);
  }
  const out = path.resolve(options.out ?? path.join(folder, 'suggested'));
  process.exit(suggestCommand(folder, dataDir, out, published));
}
if (options.published !== undefined) {
  console.error('ingest: --published only goes with --suggest <folder>');
  process.exit(1);
}
const out = path.resolve(options.out ?? path.join(root, 'src/generated/dataset.json'));
// The output's folder may not exist yet (a fresh clone's .cache/ for test fixtures).
mkdirSync(path.dirname(out), { recursive: true });
const run = runIngest(dataDir, out);

if (!run.ok) {
  console.error(`ingest: ${run.problems.length} problem(s); nothing written`);
  for (const p of run.problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
const { articles, actors, places, events, mentions } = run.dataset;
console.log(
  `ingest: wrote ${path.relative(process.cwd(), run.written)}: ${articles.length} articles, ${actors.length} actors, ` +
    `${places.length} places, ${events.length} events, ${mentions.length} mentions`,
);
for (const a of articles) console.log(`  ${a.id}: published ${a.published} (${a.publishedBasis})`);
const mismatches = run.warnings.filter((w) => w.kind === 'date-mismatch');
console.log(`ingest: ${mismatches.length} date mismatch(es), ${run.warnings.length} warning(s)`);
for (const w of run.warnings) console.warn(`  warning [${w.kind}] ${formatProblem(w)}`);
