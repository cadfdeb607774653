import path from 'node:path';
import { formatProblem } from '../../src/domain/ingest/problems.ts';
import { runSuggest } from './runSuggest.ts';

/** Runs `ingest --suggest`, prints what it wrote (or every problem) and returns the exit code. */
export function suggestCommand(
  folder: string,
  dataDir: string,
  outDir: string,
  published: Readonly<Record<string, string>> = {},
): number {
  const run = runSuggest(folder, dataDir, outDir, published);
  if (!run.ok) {
    console.error(`ingest --suggest: ${run.problems.length} problem(s); nothing written`);
    for (const p of run.problems) console.error(`  ${formatProblem(p)}`);
    return 1;
  }
  const s = run.suggestion;
  const relative = path.relative(process.cwd(), outDir);
  const where = relative === '' ? '.' : relative.startsWith('..') ? outDir : relative;
  console.log(
    `ingest --suggest: ${s.articles.length} article(s), ${s.candidates.length} candidate event(s), ` +
      `${s.skipped.length} dated sentence(s) not proposed; wrote ${where}/{${run.written.map((f) => path.basename(f)).join(',')}}`,
  );
  for (const a of s.articles) {
    console.log(
      `  ${a.file} → ${a.id}: published ${a.published ?? 'unknown'} (${a.publishedBasis})`,
    );
    for (const w of a.warnings) console.warn(`  to fix: ${a.file}: ${w}`);
  }
  for (const c of s.candidates) {
    console.log(`  ${c.date} ${c.kind.padEnd(12)} ${c.id}  ← “${c.datePhrase}”`);
  }
  console.log(
    `ingest --suggest: review ${where}/review.md, then copy the entries you keep into data/`,
  );
  return 0;
}
