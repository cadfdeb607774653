/**
 * `npm run lighthouse`: Lighthouse against the production build, offline, and the scores.
 *
 * Lighthouse is a pinned devDependency (12.8.2, the newest that runs on Node 20), run from
 * node_modules/.bin, so nothing is fetched at test time.
 *
 *   npm run lighthouse                      # the real corpus (src/generated/dataset.json)
 *   DATASET=bench/data/events-10000.json npm run lighthouse
 *   npm run lighthouse -- --skip-build      # reuse bench/dist-lighthouse
 *   npm run lighthouse -- --assert          # exit 1 unless accessibility and best practices
 *                                           # are 100 on both form factors (npm test runs this)
 *
 * Both form factors are run: mobile (Lighthouse's default: simulated slow 4G and 4× CPU
 * slowdown) and desktop (`--preset=desktop`). Reports go to bench/results/lighthouse-*.json.
 * Performance is printed, not asserted: it depends on the load of the machine. After a measuring
 * run, `npm run docs:figures` summarises the reports into bench/results/lighthouse.json and
 * writes the README's figures from it.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, startPreview } from './bench/processes';
import { CHROME_PATH, CHROMIUM_ARGS } from './lib/chromium';

const root = process.cwd();
const outDir = path.join(root, 'bench/dist-lighthouse');
const resultsDir = path.join(root, 'bench/results');

interface LighthouseReport {
  categories: Record<string, { title: string; score: number | null }>;
  audits: Record<string, { displayValue?: string }>;
}

/** Categories that must score 100 with `--assert` (deterministic audits, unlike performance). */
const ASSERTED = ['accessibility', 'best-practices'];

async function main() {
  const failures: string[] = [];
  if (!process.argv.includes('--skip-build')) {
    console.log(
      `building the app (DATASET=${process.env.DATASET ?? 'src/generated/dataset.json'}) → bench/dist-lighthouse`,
    );
    await run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
  }
  mkdirSync(resultsDir, { recursive: true });
  const server = await startPreview(outDir);
  try {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const profile = mkdtempSync(path.join(os.tmpdir(), 'sourceline-lh-'));
      const output = path.join(resultsDir, `lighthouse-${formFactor}.json`);
      const flags = ['--headless=new', ...CHROMIUM_ARGS, `--user-data-dir=${profile}`].join(' ');
      const args = [
        'lighthouse',
        server.url,
        '--quiet',
        '--output=json',
        `--output-path=${output}`,
        '--only-categories=performance,accessibility,best-practices',
        `--chrome-flags=${flags}`,
        ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
      ];
      try {
        await run('npx', ['--no-install', ...args], { CHROME_PATH });
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
      const report = JSON.parse(readFileSync(output, 'utf8')) as LighthouseReport;
      const scores = Object.values(report.categories)
        .map((c) => `${c.title} ${c.score === null ? 'n/a' : Math.round(c.score * 100)}`)
        .join(', ');
      const metrics = [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
      ]
        .map((id) => `${id} ${report.audits[id]?.displayValue ?? 'n/a'}`)
        .join(', ');
      console.log(
        `${formFactor}: ${scores}\n  ${metrics}\n  report: ${path.relative(root, output)}`,
      );
      for (const id of ASSERTED) {
        const score = report.categories[id]?.score ?? null;
        if (score !== 1)
          failures.push(`${formFactor} ${id}: ${score === null ? 'n/a' : Math.round(score * 100)}`);
      }
    }
  } finally {
    await server.stop();
  }
  if (process.argv.includes('--assert') && failures.length > 0) {
    console.error(`lighthouse: below 100: ${failures.join(', ')}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
