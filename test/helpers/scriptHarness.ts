import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';

/** The repository root: scripts run from here, as `npm run <script>` does. */
export const repoRoot = path.resolve(import.meta.dirname, '../..');

const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');

/** What a script run printed and how it exited (0 on success). */
export interface ScriptRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a TypeScript script of the repository with tsx, as a user would from the root (for example
 * `runScript('scripts/ingest.ts', ['--data', dir])`). Never throws on a non-zero exit: the status
 * and both streams are returned so a test can assert on the message the user would read.
 */
export function runScript(script: string, args: readonly string[]): ScriptRun {
  try {
    const stdout = execFileSync(tsx, [script, ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number | null; stdout: string; stderr: string };
    // A null status means the process was killed by a signal: still a failure, never a pass.
    return { status: e.status ?? 1, stdout: e.stdout, stderr: e.stderr };
  }
}

/**
 * Gives each test of the calling file a fresh temporary folder (named `<prefix>XXXXXX`), removed
 * after the test. Call at the top of a test file; the returned function gives the current
 * folder, so a later `beforeEach` can fill it. Inputs are copied there so a faulty script can
 * never touch the real `data/`.
 */
export function tempDirEachTest(prefix: string): () => string {
  let dir: string | null = null;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });
  return () => {
    if (dir === null) throw new Error('The temporary folder exists only while a test runs.');
    return dir;
  };
}

/** What an ingest test writes to its output before a run, to see that a failure leaves it. */
export const PREVIOUS_OUTPUT = 'previous dataset\n';

/**
 * A refused run: exit 1, the problem matching `message` on stderr, "nothing written", and the
 * output file `out` (holding PREVIOUS_OUTPUT before the run) left as it was.
 */
export function expectRefused(run: ScriptRun, message: RegExp, out: string): void {
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/nothing written/);
  expect(run.stderr).toMatch(message);
  expect(readFileSync(out, 'utf8')).toBe(PREVIOUS_OUTPUT);
}
